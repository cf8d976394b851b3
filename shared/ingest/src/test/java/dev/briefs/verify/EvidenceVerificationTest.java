package dev.briefs.verify;

import dev.briefs.article.Article;
import dev.briefs.article.ArticleFormat;
import dev.briefs.article.Block;
import dev.briefs.brief.Actor;
import dev.briefs.brief.BriefContent;
import dev.briefs.brief.EngineInfo;
import dev.briefs.brief.HeadlineShift;
import dev.briefs.brief.HeadlineShift.ShiftEvidence;
import dev.briefs.brief.NextStep;
import dev.briefs.brief.Quote;
import dev.briefs.brief.Verification;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The verifier's checks of each item's evidence: support, re-anchoring, drops and scores. */
class EvidenceVerificationTest {

    /*
     * 1 Harbour authority approves night ferries
     * 2 The harbour authority voted on Tuesday to run ferries through the night from March.
     * 3 Chair Ana Ruiz said the change followed months of talks with unions.
     * 4 “We listened to shift workers and to the crews.”
     * 5 What comes next
     * 6 The operator will publish a timetable next week.
     */
    private static final Article ARTICLE = new Article("Harbour authority approves night ferries", List.of(
            Block.paragraph("The harbour authority voted on Tuesday to run ferries through the night from March. "
                    + "Chair Ana Ruiz said the change followed months of talks with unions."),
            new Block(Block.Kind.QUOTE, "“We listened to shift workers and to the crews.”"),
            Block.heading("What comes next"),
            Block.paragraph("The operator will publish a timetable next week.")), ArticleFormat.TEXT, null);

    private static final Actor RUIZ = new Actor("Ana Ruiz", "chair", Actor.PERSON, 0, List.of(3));
    private static final Quote QUOTE = new Quote("Ana Ruiz", "We listened to shift workers and to the crews.",
            List.of(4));
    private static final NextStep TIMETABLE = new NextStep("", "publish a timetable", "next week", List.of(6));
    private static final HeadlineShift SHIFT = new HeadlineShift("crossings ended at dusk",
            "ferries will run through the night from March", "the harbour authority voted on Tuesday",
            new ShiftEvidence(List.of(), List.of(2), List.of(2)));

    private final BriefVerifier verifier = new BriefVerifier();

    private BriefContent verify(HeadlineShift shift, List<Actor> actors, List<Quote> quotes, List<NextStep> steps) {
        return verifier.verify(ARTICLE, new BriefContent(shift, actors, quotes, steps, EngineInfo.of("openai", "m")));
    }

    @Test
    void wellCitedItemsAreKeptAsTheyCiteWithTheirSupportScores() {
        BriefContent result = verify(SHIFT, List.of(RUIZ), List.of(QUOTE), List.of(TIMETABLE));
        assertEquals(List.of(3), result.actors().getFirst().evidence());
        assertEquals(List.of(4), result.quotes().getFirst().evidence());
        assertEquals(List.of(6), result.nextSteps().getFirst().evidence());
        assertEquals(new ShiftEvidence(List.of(), List.of(2), List.of(2)), result.headlineShift().evidence());
        Verification verification = result.engine().verification();
        assertEquals(List.of(), verification.dropped());
        assertEquals(0, verification.reanchored());
        assertEquals(List.of(new Verification.Support("before", 0, 0.0), new Verification.Support("after", 0, 1.0),
                        new Verification.Support("trigger", 0, 1.0), new Verification.Support("nextStep", 0, 1.0)),
                verification.support(), "the before is kept, with its score, though no sentence says it");
        assertEquals("crossings ended at dusk", result.headlineShift().before());
    }

    @Test
    void itemsThatCiteWrongSentencesOrNoneOrIdsOutOfRangeAreReanchored() {
        BriefContent result = verify(
                new HeadlineShift("", "ferries will run through the night from March", "", new ShiftEvidence(
                        List.of(), List.of(6), List.of())),
                List.of(RUIZ.withEvidence(List.of(2, 99))), List.of(QUOTE.withEvidence(null)),
                List.of(TIMETABLE.withEvidence(List.of(-1, 0, 7))));
        assertEquals(List.of(3), result.actors().getFirst().evidence());
        assertEquals(List.of(4), result.quotes().getFirst().evidence());
        assertEquals(List.of(6), result.nextSteps().getFirst().evidence());
        assertEquals(List.of(2), result.headlineShift().evidence().after());
        assertEquals(4, result.engine().verification().reanchored());
        assertEquals(List.of(), result.engine().verification().dropped());
    }

    @Test
    void claimsNoSentenceSupportsAreDroppedWithTheirScore() {
        BriefContent result = verify(
                new HeadlineShift("", "the port closes for good", "a storm hit the coast", ShiftEvidence.NONE),
                List.of(), List.of(), List.of(new NextStep("Ana Ruiz", "resign next month", "", List.of(3)), TIMETABLE));
        assertEquals(List.of(TIMETABLE), result.nextSteps());
        assertEquals("", result.headlineShift().after());
        assertEquals("", result.headlineShift().trigger());
        Verification verification = result.engine().verification();
        assertEquals(1, verification.droppedNextSteps());
        assertEquals(List.of("after", "trigger", "nextStep"),
                verification.dropped().stream().map(Verification.DroppedItem::kind).toList());
        assertTrue(verification.dropped().getLast().reason().startsWith("no sentence of the article says it"),
                verification.dropped().getLast().reason());
    }

    @Test
    void aSpeakerNotNamedInOrNextToTheQuotesSentencesIsDroppedAndTheQuoteKeptWithoutOne() {
        Article far = new Article("Ferries", List.of(
                Block.paragraph("Ana Ruiz chairs the harbour authority."),
                Block.paragraph("The vote was close."),
                Block.paragraph("The unions had campaigned for years."),
                Block.paragraph("“We listened to the crews,” a spokesperson said.")), ArticleFormat.TEXT, null);
        BriefContent result = verifier.verify(far, new BriefContent(HeadlineShift.EMPTY,
                List.of(new Actor("Ana Ruiz", "", Actor.PERSON, 0)),
                List.of(new Quote("Ana Ruiz", "We listened to the crews,", List.of(5))), List.of(),
                EngineInfo.of("openai", "m")));
        assertEquals(List.of(new Quote("", "We listened to the crews,", List.of(5))), result.quotes());
        assertEquals("speaker", result.engine().verification().dropped().getFirst().kind());
    }

    @Test
    void aSpeakerNamedFurtherBackKeepsTheQuoteWhenItCitesThatSentenceAndNoRivalStandsBetween() {
        List<Actor> actors = List.of(new Actor("Ana Ruiz", "", Actor.PERSON, 0), new Actor("Tom Hale", "", Actor.PERSON, 0),
                new Actor("Dock Workers Union", "", Actor.ORGANISATION, 0));
        Quote quote = new Quote("Ana Ruiz", "We listened to the crews,", List.of(2, 5));

        BriefContent chained = verifier.verify(pronounChain("The Dock Workers Union had campaigned for years."),
                new BriefContent(HeadlineShift.EMPTY, actors, List.of(quote), List.of(), EngineInfo.of("openai", "m")));
        assertEquals(List.of(2, 5), chained.quotes().getFirst().evidence());

        BriefContent uncited = verifier.verify(pronounChain("The Dock Workers Union had campaigned for years."),
                new BriefContent(HeadlineShift.EMPTY, actors, List.of(quote.withEvidence(List.of(5))), List.of(),
                        EngineInfo.of("openai", "m")));
        assertEquals(List.of(""), uncited.quotes().stream().map(Quote::speaker).toList(),
                "without the naming sentence cited, nothing says who \"she\" is");

        BriefContent rival = verifier.verify(pronounChain("Tom Hale had campaigned for years."),
                new BriefContent(HeadlineShift.EMPTY, actors, List.of(quote), List.of(), EngineInfo.of("openai", "m")));
        assertEquals(List.of(""), rival.quotes().stream().map(Quote::speaker).toList(),
                "after Hale, \"she\" may be someone else");
        assertEquals(1, rival.engine().verification().droppedSpeakers());
    }

    /** Ruiz named in sentence 2, the quotation in sentence 5 with "she said", {@code between} as sentence 4. */
    private static Article pronounChain(String between) {
        return new Article("Ferries", List.of(
                Block.paragraph("Ana Ruiz chairs the harbour authority."),
                Block.paragraph("She spoke after the vote."),
                Block.paragraph(between),
                Block.paragraph("“We listened to the crews,” she said.")), ArticleFormat.TEXT, null);
    }

    @Test
    void anArticleWithoutSentenceBoundariesStillGetsEvidenceAtBlockLevel() {
        String line = "ferry timetable row " + "port crane berth ".repeat(6_000) + "Ana Ruiz said “we listened”";
        Article dump = new Article("", List.of(Block.paragraph("berth | crane | hours"), Block.paragraph(line)),
                ArticleFormat.TEXT, null);
        BriefContent result = verifier.verify(dump, new BriefContent(HeadlineShift.EMPTY,
                List.of(new Actor("Ana Ruiz", "", Actor.PERSON, 0)),
                List.of(new Quote("Ana Ruiz", "we listened")), List.of(), EngineInfo.of("openai", "m")));
        assertEquals(List.of(2), result.actors().getFirst().evidence());
        assertEquals(List.of(2), result.quotes().getFirst().evidence());
    }

    @Test
    void aSpeakerLabelInCapitalsNamesTheSpeakerOfTheTurn() {
        Article transcript = new Article("Morning Desk", List.of(
                Block.paragraph("HOST: The board voted to close the coal berths. Mayor Ana Ruiz is with us."),
                Block.paragraph("RUIZ: Nobody loses a job. The ferries need more hands. We start in the spring.")),
                ArticleFormat.TEXT, null);
        BriefContent result = verifier.verify(transcript, new BriefContent(HeadlineShift.EMPTY,
                List.of(new Actor("Ana Ruiz", "mayor", Actor.PERSON, 0)),
                List.of(new Quote("Ana Ruiz", "We start in the spring.")), List.of(), EngineInfo.of("extractive", "m")));
        assertEquals(List.of("We start in the spring."), result.quotes().stream().map(Quote::text).toList());
    }
}
