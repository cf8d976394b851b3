package dev.briefs.engine.extractive;

import dev.briefs.brief.BriefContent;
import dev.briefs.brief.NextStep;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Caption turns that no label names, given to the one the turn before hands them to. Every name is invented. */
class TranscriptHandOffsTest {

    /** Local news without labels: an anchor, a reporter called by first name, two sound bites, a weather hand-off. */
    private static final String[] UNLABELLED = {
        ">> good evening, it's 6 o'clock. the town of brisk has closed its only library after a roof beam split in"
                + " tuesday's storm. our nell okafor is there tonight. nell?",
        ">> thanks, sam. the building was empty when the beam gave way. the town's building inspector, ravi lund,"
                + " told us the roof cannot be saved.",
        ">> the beam split along its whole length. nobody goes back in there until a new roof is on.",
        ">> and when will that be?",
        ">> the town hopes to have a contractor by june, and the work takes about a year.",
        ">> the town council votes on the money next monday. reporting from brisk, nell okafor, news 8.",
        ">> thank you, nell. meteorologist theo marsh is tracking more storms for the weekend. theo?",
        ">> thanks, sam. we could see hail on saturday afternoon.",
        ">> still ahead, we'll have more on the library at news8.com."
    };

    private static final Pattern INTRODUCTIONS = Pattern.compile(Lexicon.anyPhrase(Lexicon.cues("introductions", "en")));

    @Test
    void aSentenceIntroducesTheNameAfterAnIntroductionOrARolesApposition() {
        assertEquals(new TranscriptHandOffs.Guest("ada bren", "state senator"),
                TranscriptHandOffs.introduction("joining me now is state senator ada bren, who wrote the bill.",
                        INTRODUCTIONS));
        assertEquals(new TranscriptHandOffs.Guest("juno park", "shop owner"),
                TranscriptHandOffs.introduction("i spoke with one shop owner, juno park, who lost her stock.",
                        INTRODUCTIONS));
        assertEquals("ravi lund", TranscriptHandOffs.introduction(
                "the town's building inspector, ravi lund, told us the roof cannot be saved.", INTRODUCTIONS).name());
    }

    @Test
    void aColleagueOrAClauseWithoutANameIntroducesNoGuest() {
        assertNull(TranscriptHandOffs.introduction("joining us now is our reporter nell okafor.", INTRODUCTIONS));
        assertNull(TranscriptHandOffs.introduction("the inspector, in the end, said no.", INTRODUCTIONS));
        assertNull(TranscriptHandOffs.introduction("with us is the head of the water board.", INTRODUCTIONS));
    }

    @Test
    void aSentenceAddressesTheNameOrTitleThatOpensIt() {
        assertEquals("gloria", TranscriptHandOffs.addressee("gloria, why later?"));
        assertEquals("nell", TranscriptHandOffs.addressee("nell?"));
        assertNull(TranscriptHandOffs.addressee("and the clinic this afternoon, who can come?"));
    }

    @Test
    void theIntroducedGuestSpeaksTheNextTurnAndAnswersTheQuestionThatNamesNoOne() {
        Transcript transcript = Transcript.read(SegmentedArticle.of(TestFiles.article("", UNLABELLED)))
                .orElseThrow();
        List<String> speakers = transcript.turns().stream()
                .map(turn -> turn.labelled() ? transcript.speakers().get(turn.speaker()).name() : "").toList();
        assertEquals(List.of("", "", "ravi lund", "", "ravi lund", "", "", "", ""), speakers);
        List<Boolean> segments = transcript.turns().stream().map(Transcript.Turn::segment).toList();
        assertEquals(List.of(false, false, false, false, false, false, false, true, false), segments);
    }

    @Test
    void theBriefQuotesTheGuestAndSkipsGreetingsHandOversWeatherAndPromos() {
        BriefContent brief = TestFiles.brief("news 8 at six - captions", UNLABELLED);
        List<String> quoted = TestFiles.attributed(brief);
        assertEquals(2, quoted.size(), quoted.toString());
        assertTrue(quoted.stream().allMatch(q -> q.startsWith("ravi lund: ")), "the guest's two answers: " + quoted);
        assertTrue(quoted.getLast().endsWith("the work takes about a year."), quoted.toString());
        assertEquals(List.of("ravi lund"), brief.actors().stream().map(a -> a.name()).toList(),
                "the reporter, the anchor and the forecaster are the programme's own");
        String shift = brief.headlineShift().after() + " " + brief.headlineShift().trigger();
        assertTrue(shift.contains("closed its only library"), shift);
        assertFalse(shift.contains("6 o'clock") || shift.contains("is there tonight"), shift);
        List<String> steps = brief.nextSteps().stream().map(NextStep::action).toList();
        assertTrue(steps.stream().anyMatch(s -> s.contains("votes on the money")), steps.toString());
        assertTrue(steps.stream().noneMatch(s -> s.contains("hail") || s.contains("news8.com")), steps.toString());
    }
}
