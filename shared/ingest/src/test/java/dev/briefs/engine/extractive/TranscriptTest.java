package dev.briefs.engine.extractive;

import dev.briefs.article.SentenceSplitter;
import dev.briefs.brief.Actor;
import dev.briefs.brief.BriefContent;
import dev.briefs.brief.NextStep;
import dev.briefs.brief.Quote;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** TV and radio transcripts: the turns, who speaks in them, and the brief made of them. Every name is invented. */
class TranscriptTest {

    /** A caption page: no capitals, no quotation marks, "&gt;&gt;" turns, a reporter handed over to by first name. */
    private static final String[] CAPTIONS = {
        ">> good evening. we begin tonight in dunmore, where the city has shut the public pool after a leak was found"
                + " under the deep end. our reporter maya lindqvist has the story. maya?",
        ">> maya lindqvist: thanks, oren. the leak was found on tuesday by the pool's manager, ilse varga.",
        ">> ilse varga: we lost about a foot of water overnight. we will drain it and we will reopen on friday if the"
                + " liner holds.",
        ">> maya lindqvist: is the pool safe for swimmers right now?",
        ">> ilse varga: nobody swims until an engineer signs off, and that is the rule.",
        ">> maya lindqvist: the city council will hear a repair plan on monday. reporting from dunmore, maya lindqvist,"
                + " channel 4 news.",
        "[ commercial break ]",
        "captions by eastgate captioning. captions may contain errors."
    };

    /** A classic transcript: upper-case labels, a host, stage directions, a guest who answers over two paragraphs. */
    private static final String[] CABLE = {
        "THIS IS A RUSH TRANSCRIPT. THIS COPY MAY NOT BE IN ITS FINAL FORM AND MAY BE UPDATED.",
        "[09:00:12]",
        "PERRY HALVORSEN, HOST: The port of Kessly will stop taking coal ships next year, the port board decided on"
                + " Monday. Joining me now is Mayor Adaeze Quill, who sits on that board. Mayor, thanks for coming in.",
        "MAYOR ADAEZE QUILL (I), KESSLY: Thank you, Perry. It's good to be here.",
        "HALVORSEN: Why now?",
        "QUILL: Because the coal trade has already left us. Three ships came last year, against forty a decade ago.",
        "We will turn the coal berths into a ferry terminal, and the work starts next spring.",
        "(CROSSTALK)",
        "HALVORSEN: Mayor, the dock workers say that means layoffs. Is that true?",
        "QUILL: Nobody loses a job. The ferries need more hands than the coal ever did.",
        "UNIDENTIFIED MALE: That's not what they told us at the union hall.",
        "(COMMERCIAL BREAK)"
    };

    private static Transcript transcript(String... paragraphs) {
        return Transcript.read(SegmentedArticle.of(TestFiles.article("", paragraphs))).orElseThrow();
    }

    private static List<String> actorNames(BriefContent brief) {
        return brief.actors().stream().map(Actor::name).toList();
    }

    /** The brief quotes one speaker once, and that speaker is its one actor. */
    private static void assertOnlyQuote(BriefContent brief, String speaker, String quote) {
        assertEquals(List.of(speaker + ": " + quote), TestFiles.attributed(brief));
        assertEquals(List.of(speaker), actorNames(brief));
    }

    @Test
    void captionTurnsAreReadWithoutTheirMarkersAndLabels() {
        Transcript transcript = transcript(CAPTIONS);
        assertTrue(transcript.caseless());
        Transcript.Turn guest = transcript.turns().get(2);
        assertEquals("ilse varga", transcript.speakers().get(guest.speaker()).name());
        assertEquals(List.of("we lost about a foot of water overnight. we will drain it and we will reopen on friday if"
                + " the liner holds."), guest.spoken().stream().map(transcript::text).toList());
        assertFalse(transcript.turns().getFirst().labelled(), "the anchor's opening turn names nobody");
    }

    @Test
    void aCaptionPagesGuestsSpeakAndItsJournalistsDoNot() {
        BriefContent brief = TestFiles.brief("channel 4 news at six", CAPTIONS);
        assertEquals(List.of("ilse varga: we lost about a foot of water overnight. we will drain it and we will reopen"
                        + " on friday if the liner holds.",
                "ilse varga: nobody swims until an engineer signs off, and that is the rule."),
                TestFiles.attributed(brief));
        assertEquals(List.of("ilse varga"), actorNames(brief));
    }

    /** Whether each speaker of a page, in the order of their first turn, is a journalist. */
    private static List<Boolean> journalists(String... paragraphs) {
        TranscriptSpeakers speakers = transcript(paragraphs).speakers();
        List<Boolean> journalists = new ArrayList<>();
        for (int id = 0; id < speakers.size(); id++) {
            journalists.add(speakers.get(id).journalist());
        }
        return journalists;
    }

    @Test
    void journalistsAreKnownByTheirRoleTheirHandOverTheirSignOffAndTheAnchorsThanks() {
        TranscriptSpeakers speakers = transcript(CAPTIONS).speakers();
        assertEquals(List.of("maya lindqvist", "ilse varga"), List.of(speakers.get(0).name(), speakers.get(1).name()));
        assertEquals(List.of(true, false), journalists(CAPTIONS));
        // Without "our reporter" and the sign-off, the hand-over "maya?" alone still tells the reporter.
        assertEquals(List.of(true, false), journalists(
                ">> good evening. the pool in dunmore is closed tonight. maya?",
                ">> maya lindqvist: the leak was found on tuesday by the manager.",
                ">> ilse varga: we lost about a foot of water overnight.",
                ">> maya lindqvist: the pool stays shut this week."));
        // The turn after the unlabelled anchor thanks them by name: "oren" is the anchor when he is labelled later.
        assertEquals(List.of(false, true), journalists(
                ">> good evening. the pool in dunmore is closed tonight.",
                ">> ilse varga: thanks, oren. we lost about a foot of water overnight.",
                ">> oren: still ahead, the weekend weather.",
                ">> ilse varga: we will reopen on friday."));
        // A labelled anchor hands over to a reporter "live there", who thanks him by name.
        assertEquals(List.of(true, true, false), journalists(
                ">> oren: good evening. the pool in dunmore is closed tonight. maya lindqvist is live there.",
                ">> maya lindqvist: thanks, oren. the leak was found on tuesday.",
                ">> ilse varga: we will reopen on friday.",
                ">> maya lindqvist: the pool stays shut until then."));
    }

    @Test
    void anInterviewerWhoseTurnsAreQuestionsIsAJournalist() {
        assertEquals(List.of(true, false), journalists(
                "LENA MARSH: What did the board decide?",
                "TOBIAS KEEL: We decided to close the coal berths next year.",
                "MARSH: And the workers?",
                "KEEL: Every one of them keeps a job at the ferry terminal."));
    }

    @Test
    void aPodcastsTimedTurnsAreItsSpeakersWordsAndItsCreditsNoActors() {
        // Markdown as podcast pages write it: bold time codes and names, a credits line, a call to listen elsewhere.
        String page = """
                # The Harbour Hour: why the ferry fares went up

                Listen on Apple Podcasts, Spotify or wherever you get your podcasts.

                Produced by Tomas Brevik. Host: Lena Ortiz. 34 min

                **[00:00:12] Lena Ortiz:** Welcome back. Today, the ferry fares.

                **[00:00:31] Ravi Menon:** The fares rise because fuel costs doubled last year.

                **[00:02:05] Lena Ortiz:** Commuters say the rise is unfair. What do you tell them?

                **[00:02:40] Ravi Menon:** The discount card stays, and students will pay less than before.

                **[00:04:12] Lena:** Will you be at the council on Tuesday?

                **[00:04:30] Ravi:** Yes, I will present the fare plan to the council on Tuesday.
                """;
        BriefContent brief = new ExtractiveBriefEngine().brief(new dev.briefs.article.MarkdownArticleParser().parse(page));
        assertEquals(List.of(
                "Ravi Menon: The fares rise because fuel costs doubled last year.",
                "Ravi Menon: The discount card stays, and students will pay less than before.",
                "Ravi Menon: Yes, I will present the fare plan to the council on Tuesday."), TestFiles.attributed(brief));
        assertEquals(List.of("Ravi Menon"), actorNames(brief), "the host asks, the producer is credited");
        assertFalse(brief.toString().contains("00:0"), brief.toString());
    }

    @Test
    void turnsLabelledWithNamesAsTheTextWritesThemAreATranscript() {
        BriefContent spanish = TestFiles.brief("Radio Norte: el puerto",
                "Clara Ibáñez: ¿Por qué cierra el muelle de carbón?",
                "Tomás Ferrer: Porque ya no llegan barcos. El año pasado llegaron tres.",
                "Clara Ibáñez: ¿Y los trabajadores?",
                "Tomás Ferrer: Nadie pierde su empleo. La terminal de ferris necesita más manos.");
        assertEquals(List.of("Tomás Ferrer: Porque ya no llegan barcos. El año pasado llegaron tres.",
                "Tomás Ferrer: Nadie pierde su empleo. La terminal de ferris necesita más manos."),
                TestFiles.attributed(spanish));
        BriefContent german = TestFiles.brief("Hafenfunk",
                "[00:01:10] Jana Weiß: Warum schließt der Kohlekai?",
                "[00:01:25] Udo Brandt: Weil keine Schiffe mehr kommen. Im letzten Jahr waren es drei.",
                "[00:03:02] Jana Weiß: Und die Arbeiter?",
                "[00:03:20] Udo Brandt: Niemand verliert seine Stelle, das verspreche ich.");
        assertEquals(List.of("Udo Brandt: Weil keine Schiffe mehr kommen. Im letzten Jahr waren es drei.",
                "Udo Brandt: Niemand verliert seine Stelle, das verspreche ich."), TestFiles.attributed(german));
    }

    @Test
    void aClassicTranscriptsLabelsNameOneSpeakerAsTheTextWritesThem() {
        BriefContent brief = TestFiles.brief("Morning Desk", CABLE);
        assertEquals(List.of(
                "Adaeze Quill: Because the coal trade has already left us. Three ships came last year, against forty a"
                        + " decade ago.",
                "Adaeze Quill: We will turn the coal berths into a ferry terminal, and the work starts next spring.",
                "Adaeze Quill: Nobody loses a job. The ferries need more hands than the coal ever did."),
                TestFiles.attributed(brief), "the pleasantry, the host's questions and the unnamed voice are no quotes");
        assertEquals(List.of("Adaeze Quill"), actorNames(brief));
    }

    @Test
    void stageDirectionsTimeCodesNoticesAndMarkersAreInNoPartOfTheBrief() {
        for (String[] page : List.of(CAPTIONS, CABLE)) {
            String brief = TestFiles.brief("", page).toString();
            for (String clutter : List.of(">>", "commercial break", "COMMERCIAL BREAK", "CROSSTALK", "captions",
                    "RUSH TRANSCRIPT", "09:00:12", "HALVORSEN:", "QUILL:")) {
                assertFalse(brief.contains(clutter), clutter + " in " + brief);
            }
        }
    }

    @Test
    void aNoticeThatTheTranscriptWasMadeByAMachineIsNoPartOfTheShift() {
        String[] page = new String[CAPTIONS.length + 1];
        page[0] = "Automatic transcript: this text was made by speech recognition software and may contain mistakes.";
        System.arraycopy(CAPTIONS, 0, page, 1, CAPTIONS.length);
        BriefContent brief = TestFiles.brief("", page);
        assertFalse(brief.toString().contains("speech recognition"), brief.headlineShift().toString());
        assertTrue(brief.headlineShift().after().startsWith("the city has shut the public pool"),
                brief.headlineShift().toString());
    }

    @Test
    void theShiftIsToldFromTheNewsAndTheNextStepsFromWhatIsSaidButNotFromQuestions() {
        BriefContent brief = TestFiles.brief("", CAPTIONS);
        assertTrue(brief.headlineShift().after().startsWith("the city has shut the public pool"),
                brief.headlineShift().after());
        assertTrue(brief.headlineShift().trigger().contains("a leak was found"), brief.headlineShift().trigger());
        List<String> steps = brief.nextSteps().stream().map(NextStep::action).toList();
        assertTrue(steps.stream().anyMatch(s -> s.contains("hear a repair plan on monday")), steps.toString());
        assertTrue(steps.stream().noneMatch(s -> s.endsWith("?")), steps.toString());
        List<String> cableSteps = TestFiles.brief("", CABLE).nextSteps().stream().map(NextStep::action).toList();
        assertTrue(cableSteps.stream().anyMatch(s -> s.contains("ferry terminal")), cableSteps.toString());
    }

    @Test
    void aLongTurnIsQuotedInRunsOfWholeSentencesEachVerbatim() {
        String sentence = "The ferries will carry cars and people from the old coal berths every hour of the day. ";
        String answer = sentence.repeat(6).strip();
        String[] page = {"NINA HOLT, HOST: What happens to the berths?", "ARNE VOSS: " + answer,
                "HOLT: Thank you.", "VOSS: We start building in the spring.", "HOLT: And then?",
                "VOSS: We open the terminal a year later."};
        List<Quote> quotes = TestFiles.brief("", page).quotes();
        List<Quote> runs = quotes.subList(0, quotes.size() - 2);
        assertTrue(runs.size() > 1, quotes.toString());
        assertEquals(answer, String.join(" ", runs.stream().map(Quote::text).toList()));
    }

    @Test
    void articlesWithLabelsThatAreNoTurnsAreNoTranscripts() {
        assertEquals(Optional.empty(), Transcript.read(SegmentedArticle.of(TestFiles.article("Advice",
                "DEAR TESS: My neighbour parks across my drive every morning. Should I call the council?",
                "DEAR BLOCKED IN: Talk to him first, then call.",
                "DEAR TESS: My son never phones. Is it me?",
                "DEAR MOTHER OF THREE: Call him on Sundays."))));
        assertEquals(Optional.empty(), Transcript.read(SegmentedArticle.of(TestFiles.article("Port",
                "UPDATE: The port board voted on Monday to close the coal berths.",
                "Mayor Adaeze Quill said the ferries would bring more jobs.",
                ">> This line quotes an earlier email.",
                "The union will meet on Friday."))));
    }

    @Test
    void captionsAreSplitIntoSentencesThatStartInLowerCaseButNotAtAbbreviations() {
        String text = "the bridge closes at six a.m. on monday. we will know more in the u.s. next week. right?";
        assertEquals(List.of("the bridge closes at six a.m. on monday.", "we will know more in the u.s. next week.",
                "right?"), SentenceSplitter.splitCaseless(text, 0, text.length()).stream()
                .map(range -> text.substring(range[0], range[1])).toList());
        assertEquals(1, SentenceSplitter.split(text, 0, text.length()).size(), "ordinary text needs a capital");
    }

    @Test
    void aWeekdayInLowerCaseIsStillADay() {
        SegmentedArticle text = SegmentedArticle.of(TestFiles.article("", "the shuttle runs starting tuesday."));
        assertEquals("starting tuesday", TimeExpressions.find(text, 0, text.body().length()));
    }

    @Test
    void aComparisonWithTheLastStateTellsTheStateBefore() {
        BriefContent brief = TestFiles.brief("",
                "The county closed the harbour bridge on Friday after inspectors found cracks in two beams.",
                "The engineer said the damage was worse than the last inspection had shown.");
        assertEquals("The engineer said the damage was worse than the last inspection had shown",
                brief.headlineShift().before());
    }

    @Test
    void aLabelOnItsOwnLineOpensATurnThatRunsOnOverTheNextParagraphs() {
        BriefContent brief = TestFiles.brief("Evening Report",
                "NELL ARDEN, HOST:",
                "The town of Brisk has cancelled its bus contract two years early. Kai Moreno was at the vote.",
                "KAI MORENO, BYLINE: The vote was seven to two. Council member Oskar Lund led the push.",
                "(SOUNDBITE OF ARCHIVED RECORDING)",
                "OSKAR LUND: People have waited in the rain for buses that never came. That ends now.",
                "UNIDENTIFIED PERSON #1: Shame!",
                "MORENO: The town will run the buses itself from July. For the Evening Report, I'm Kai Moreno.",
                "ARDEN: Thanks, Kai.");
        assertOnlyQuote(brief, "Oskar Lund", "People have waited in the rain for buses that never came. That ends now.");
        String shift = brief.headlineShift().trigger() + " / " + brief.headlineShift().after();
        assertTrue(shift.contains("The town of Brisk has cancelled its bus contract"), shift);
    }

    @Test
    void captionsInCapitalsNameTheirSpeakersByTheLabelsInTitleCase() {
        BriefContent brief = TestFiles.brief("",
                ">>> A FIRE DESTROYED THE OLD MILL IN PELHAM OVERNIGHT. >> OUR REPORTER JONAH PIKE IS THERE. JONAH?",
                ">> JONAH PIKE: FIRE CHIEF ROSA DELGADO TOLD ME THE CALL CAME IN AT TWO.",
                ">> ROSA DELGADO: THE ROOF WAS GONE WHEN THE FIRST ENGINE GOT HERE.",
                ">> JONAH PIKE: THE ROAD REOPENS ON MONDAY. IN PELHAM, JONAH PIKE.");
        // No capitalised run of the captions is a name: the one actor is the one speaker.
        assertOnlyQuote(brief, "Rosa Delgado", "THE ROOF WAS GONE WHEN THE FIRST ENGINE GOT HERE.");
        assertFalse(brief.headlineShift().trigger().contains(">"), brief.headlineShift().trigger());
    }

    @Test
    void captionsRunTogetherInOneParagraphAreStillTurns() {
        BriefContent brief = TestFiles.brief("", ">> good evening. the pool in dunmore is closed tonight. maya?"
                + " >> maya lindqvist: the leak was found on tuesday. >> ilse varga: we will reopen the pool on friday."
                + " >> maya lindqvist: in dunmore, maya lindqvist, channel 4 news.");
        assertEquals(List.of("ilse varga: we will reopen the pool on friday."), TestFiles.attributed(brief));
    }

    @Test
    void captionsWithoutCapitalsNameThePeopleTheyTellOfByTheirRole() {
        BriefContent brief = TestFiles.brief("", ">> good evening. the town council voted to close the old pool last"
                        + " night. our reporter nell okafor was there. nell",
                ">> the vote was four to one. council member ada bren the only no vote said the pool could be fixed"
                        + " for less. the council's engineer tomas vell told us the roof is failing",
                ">> the roof has been leaking for ten years and the pool cannot open again safely",
                ">> the pool closes for good at the end of june. in lakeview nell okafor channel 9 news");
        List<String> actors = actorNames(brief);
        assertTrue(actors.contains("ada bren") && actors.contains("tomas vell"), actors.toString());
        assertFalse(actors.contains("nell okafor"), actors.toString());
    }

    @Test
    void aHandOverCallingTheReporterWithoutAQuestionMarkTellsNoNews() {
        Transcript transcript = transcript(">> good evening. the pool in lakeview closes for good in june. city hall"
                        + " reporter corey abadi has more corey",
                ">> the council voted four to three to close it",
                ">> we could not keep paying for a roof that leaks every winter");
        SegmentedArticle told = transcript.told();
        List<String> sentences = told.sentences().stream().map(told::text).toList();
        assertTrue(sentences.stream().noneMatch(s -> s.contains("has more")), sentences.toString());
        assertTrue(sentences.stream().anyMatch(s -> s.contains("closes for good")), sentences.toString());
    }

    @Test
    void aCaptionGuestsRoleHoldsNoFormOfAddress() {
        BriefContent brief = TestFiles.brief("", ">> good evening. the pool in lakeview closes for good in june."
                        + " joining us now is the town's mayor dr. ada bren mayor thanks for being here",
                ">> thanks for having me. we could not keep paying for a roof that leaks every winter",
                ">> mayor bren thank you");
        assertEquals(List.of("mayor"), brief.actors().stream().map(Actor::role).toList());
    }

    @Test
    void aTurnAfterANameIntroducedByItsRoleIsTheirsOnlyInTheirOwnWords() {
        Transcript told = transcript(">> good evening. the pool in lakeview closes for good in june and council"
                        + " member ada bren will sign the order on friday",
                ">> in other news the county fair opens this weekend with a new parade route",
                ">> the parade starts at noon on saturday");
        assertFalse(told.turns().get(1).labelled(), "the anchor goes on to other news");
        Transcript bite = transcript(">> good evening. the pool in lakeview closes for good in june and council"
                        + " member ada bren voted for it",
                ">> we could not keep paying for a roof that leaks every winter",
                ">> the pool closes on the last day of june");
        assertEquals("ada bren", bite.speakers().get(bite.turns().get(1).speaker()).name());
        Transcript spanish = Transcript.read(SegmentedArticle.of(TestFiles.article("",
                ">> buenas noches. la piscina de lagoverde cierra en junio y la alcaldesa ana roca votó a favor",
                ">> no podemos seguir pagando un techo que se cae cada invierno",
                ">> el pleno vuelve a reunirse el próximo martes"))).orElseThrow();
        assertTrue(spanish.turns().get(1).labelled(),
                "a language that drops its pronouns speaks in the first person by the verb's ending");
        assertEquals("ana roca", spanish.speakers().get(spanish.turns().get(1).speaker()).name());
    }
}
