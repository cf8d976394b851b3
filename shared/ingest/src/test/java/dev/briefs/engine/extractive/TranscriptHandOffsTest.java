package dev.briefs.engine.extractive;

import dev.briefs.brief.BriefContent;
import dev.briefs.brief.NextStep;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
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

    /** An automated radio transcript: no marks, no labels, no capitals; each paragraph is a turn. */
    private static final String[] UNMARKED = {
        "it's 8:04 and this is the morning report. the port of vell will close its north pier on friday after divers"
                + " found rot in the pilings. with me now is harbor master oona greer, who ordered the closure. oona,"
                + " how bad is it?",
        "it is worse than we thought. about a third of the pilings under the north pier have gone soft, and i won't"
                + " let a loaded truck on it.",
        "and the ferries?",
        "the ferries move to the south pier from friday until the repairs are done, probably next spring.",
        "harbor master greer, thank you. coming up, the weekend forecast."
    };

    /** Captions that write no question marks: a guest introduced, then questions of one short sentence. */
    private static final String[] UNMARKED_QUESTIONS = {
        ">> good evening. the ferry to kell island stops running in may. joining us now is the port's harbor master"
                + " dr. oona greer",
        ">> thanks for having me",
        ">> what happens to the people who drive to work on the island",
        ">> a bus will take them round the bay from the first of may and it costs nothing",
        ">> and if the bus is late",
        ">> then we run a second one. we will look at the timetable again in june",
        ">> harbor master greer thank you",
        ">> thank you"
    };

    private static final Pattern INTRODUCTIONS = Pattern.compile(
            Lexicon.anyPhrase(Lexicon.cues("introductions", "en")));

    private static TranscriptHandOffs.Guest introduction(String sentence) {
        return TranscriptHandOffs.introduction(sentence, INTRODUCTIONS, Set.of());
    }

    @Test
    void aSentenceIntroducesTheNameAfterAnIntroductionOrARolesApposition() {
        assertEquals(new TranscriptHandOffs.Guest("ada bren", "state senator"),
                introduction("joining me now is state senator ada bren, who wrote the bill."));
        assertEquals(new TranscriptHandOffs.Guest("juno park", "shop owner"),
                introduction("i spoke with one shop owner, juno park, who lost her stock."));
        assertEquals("ravi lund", introduction(
                "the town's building inspector, ravi lund, told us the roof cannot be saved.").name());
    }

    @Test
    void captionsWithoutCommasSetANameRightAfterItsRoleOrTitle() {
        assertEquals(new TranscriptHandOffs.Guest("ada bren", "president", true),
                introduction("the council president ada bren voted no"));
        assertEquals("juno park", introduction("but one parent and nurse juno park has two kids at the school").name());
        assertEquals("ada bren", introduction("joining us now is the town's mayor dr. ada bren mayor thanks for"
                + " coming in").name());
        assertNull(introduction("education reporter nell okafor was at the meeting"), "the programme's own");
        assertNull(introduction("mayor bren thank you"), "a courtesy is no part of a name");
    }

    @Test
    void whereCaptionsWriteNoQuestionMarksAShortHostTurnAsksTheGuest() {
        Transcript transcript = Transcript.read(SegmentedArticle.of(TestFiles.article("", UNMARKED_QUESTIONS)))
                .orElseThrow();
        List<String> speakers = transcript.turns().stream()
                .map(turn -> turn.labelled() ? transcript.speakers().get(turn.speaker()).name() : "").toList();
        assertEquals(List.of("", "oona greer", "", "oona greer", "", "oona greer", "", ""), speakers);
        String[] told = UNMARKED_QUESTIONS.clone();
        told[4] = ">> the ferry company says its timetable is final";
        Transcript statement = Transcript.read(SegmentedArticle.of(TestFiles.article("", told))).orElseThrow();
        assertFalse(statement.turns().get(5).labelled(), "a short statement asks nothing");
    }

    @Test
    void theWordTheHostAddressesTheGuestByStartsTheirNameAfterAnUnknownRole() {
        String sentence = "with me now is harbor master oona greer, who ordered the closure.";
        assertNull(introduction(sentence));
        assertEquals("oona greer", TranscriptHandOffs.introduction(sentence, INTRODUCTIONS, Set.of("oona")).name());
    }

    @Test
    void aColleagueOrAClauseWithoutANameIntroducesNoGuest() {
        assertNull(introduction("joining us now is our reporter nell okafor."));
        assertNull(introduction("the inspector, in the end, said no."));
        assertNull(introduction("with us is the head of the water board."));
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
    void aLowerCasePageWithoutMarksIsReadAParagraphATurn() {
        SegmentedArticle page = SegmentedArticle.of(TestFiles.article("", UNMARKED));
        assertTrue(Transcript.isLowerCase(page));
        Transcript transcript = Transcript.read(page).orElseThrow();
        List<String> speakers = transcript.turns().stream()
                .map(turn -> turn.labelled() ? transcript.speakers().get(turn.speaker()).name() : "").toList();
        assertEquals(List.of("", "oona greer", "", "oona greer", ""), speakers);
    }

    @Test
    void aLowerCasePageWithoutMarksMayStillLabelItsTurns() {
        BriefContent brief = TestFiles.brief("", "pia lorne: good morning. the dam at kell creek will be drained from"
                        + " monday, the water board said last night, after a survey found a crack in its spillway. the"
                        + " board's engineer is with me. how long is the crack?",
                "tove arda: about two metres, and it runs the whole depth of the spillway wall.",
                "pia lorne: what happens now?",
                "tove arda: we will drain the lake before the rains"
                        + " come, and nobody fishes there until the repair is done.",
                "pia lorne: tove arda, thank you. that's the morning report.");
        assertEquals(List.of("tove arda"), brief.actors().stream().map(a -> a.name()).toList());
        List<String> quoted = TestFiles.attributed(brief);
        assertEquals(2, quoted.size(), quoted.toString());
        assertTrue(quoted.stream().allMatch(q -> q.startsWith("tove arda: ")), quoted.toString());
    }

    @Test
    void aPageWithCapitalsOrTooFewLettersIsNoLowerCasePage() {
        String[] capitals = UNMARKED.clone();
        capitals[0] = "The port of Vell will close its north pier on Friday, Oona Greer said. " + capitals[0];
        assertFalse(Transcript.isLowerCase(SegmentedArticle.of(TestFiles.article("", capitals))));
        assertFalse(Transcript.isLowerCase(SegmentedArticle.of(TestFiles.article("", "ok.", "see you at ten.",
                "thanks, all."))));
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
