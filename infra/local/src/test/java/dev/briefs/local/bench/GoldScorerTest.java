package dev.briefs.local.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The brief-gold rules as score.py applies them, on a made-up article, gold and briefs. */
class GoldScorerTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ARTICLE = "Mayor Ines Varga said: “We close the bridge today.” The council votes on "
            + "Friday. Photo: Tom Reed";
    private static final String GOLD = """
            {"actors_required": ["Ines Varga", "Harlow Council"], "actors_forbidden": ["Tom Reed"],
             "quotes_required": ["We close the bridge today."], "quote_speakers": {"We close the": "Varga"},
             "next_steps_any": ["Friday"], "trigger_any": ["bridge"], "speakers_forbidden": ["Reed"],
             "text_forbidden": ["Photo: Tom Reed"]}""";

    private static GoldScorer.Result score(String brief) throws Exception {
        JsonNode node = JSON.readTree(brief);
        return GoldScorer.score(JSON.readTree(GOLD), node, brief,
                GoldScorer.articleText("a.txt", ARTICLE.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aBriefThatMeetsEveryRuleIsPerfect() throws Exception {
        GoldScorer.Result result = score("""
                {"status": "READY", "headlineShift": {"before": "open", "after": "the bridge closes", "trigger": "cracks"},
                 "actors": [{"name": "Ines Varga"}, {"name": "Harlow Council (city)"}],
                 "quotes": [{"speaker": "Ines Varga", "text": "We close the bridge today"}],
                 "nextSteps": [{"actor": "council", "action": "votes", "when": "on Friday"}]}""");
        assertEquals(List.of(), result.misses());
        assertEquals(1, result.tally().perfect);
    }

    @Test
    void missesAreNamedAsScorePyNamesThem() throws Exception {
        GoldScorer.Result result = score("""
                {"status": "READY", "headlineShift": {"before": "", "after": "closed", "trigger": ""},
                 "actors": [{"name": "Tom Reed"}],
                 "quotes": [{"speaker": "Tom Reed", "text": "close the bridge today"}],
                 "nextSteps": [], "note": "Photo: Tom Reed"}""");
        assertEquals(List.of("actor missing: Ines Varga", "actor missing: Harlow Council", "clutter actor: Tom Reed",
                "speaker of 'We close the': ['Tom Reed'] (want Varga)", "forbidden speaker Reed",
                "next steps miss the gold", "headline shift incomplete", "trigger misses the gold",
                "clutter text 'Photo: Tom Reed'"), result.misses());
        assertEquals(1, result.tally().quotesFound, "a quote of 80% of the gold's length counts");
    }

    @Test
    void aBriefThatIsNotReadyCountsAsEmpty() throws Exception {
        GoldScorer.Result result = score("{\"status\": \"FAILED\"}");
        assertEquals("no READY brief", result.misses().getFirst());
        assertEquals(0, result.tally().ready);
    }

    @Test
    void percentagesRoundHalfToEvenAsPythonDoes() {
        assertEquals("12%", QualityBenchmark.pct(1, 8));
        assertEquals("n/a", QualityBenchmark.pct(0, 0));
    }
}
