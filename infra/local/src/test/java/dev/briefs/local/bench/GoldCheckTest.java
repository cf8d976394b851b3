package dev.briefs.local.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The validator's rules, each broken once on a made-up article. */
class GoldCheckTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ARTICLE = "Mayor Ines Varga said: “We close the   bridge today.” Critics of Harlow "
            + "Council disagreed. The council votes on Friday. Photo: Tom Reed";

    private static List<String> problems(String key, String article, String gold) throws Exception {
        return GoldCheck.problems(new GoldCase(key, "real", "en", JSON.readTree(gold),
                article.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<String> problems(String gold) throws Exception {
        return problems("a.txt", ARTICLE, gold);
    }

    @Test
    void aGoldTheScorerCanSatisfyHasNoProblems() throws Exception {
        assertEquals(List.of(), problems("""
                {"actors_required": ["Ines Varga", "Harlow Council"], "actors_forbidden": ["Tom Reed"],
                 "quotes_required": ["We close the bridge today."], "quote_speakers": {"We close the": "Varga"},
                 "next_steps_any": ["Friday"], "trigger_any": ["bridge"], "speakers_forbidden": ["Reed"]}"""),
                "quotes are matched whitespace-collapsed, with curly marks straightened");
    }

    @Test
    void aQuoteOrSpeakerKeyMissingFromTheTextIsReported() throws Exception {
        assertEquals(List.of("real/a.txt: quote not in the text: We shut the bridge today.",
                        "real/a.txt: speaker key starts no required quote: We close the",
                        "real/a.txt: speaker not in the text: Varda"),
                problems("""
                        {"quotes_required": ["We shut the bridge today."], "quote_speakers": {"We close the": "Varda"}}"""));
    }

    @Test
    void everyNameAndKeywordMustOccurAsWritten() throws Exception {
        assertEquals(List.of("real/a.txt: actors_required not in the text: Ines Vargas",
                        "real/a.txt: next_steps_any not in the text: Monday",
                        "real/a.txt: trigger_any not in the text: tunnel",
                        "real/a.txt: speakers_forbidden not in the text: Reid"),
                problems("""
                        {"actors_required": ["Ines Vargas"], "next_steps_any": ["Monday"], "trigger_any": ["tunnel"],
                         "speakers_forbidden": ["Reid"]}"""));
    }

    @Test
    void requiredAndForbiddenNamesMustNotMatchEachOtherByLastWord() throws Exception {
        assertEquals(List.of("real/a.txt: required Harlow Council and forbidden council match each other"),
                problems("""
                        {"actors_required": ["Harlow Council", "Ines Varga"], "actors_forbidden": ["council"]}"""));
    }

    @Test
    void anHtmlArticleIsCheckedWithoutItsTagsAndEntities() throws Exception {
        assertEquals(List.of(), problems("a.html", "<p>Varga said: &ldquo;We close the <b>bridge</b> today.&rdquo;</p>",
                """
                        {"quotes_required": ["We close the bridge today."], "quote_speakers": {"We close": "Varga"}}"""));
    }
}
