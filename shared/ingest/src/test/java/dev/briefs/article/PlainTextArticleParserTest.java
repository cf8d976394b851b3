package dev.briefs.article;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PlainTextArticleParserTest {

    private final PlainTextArticleParser parser = new PlainTextArticleParser();

    private static List<String> kinds(Article article) {
        return article.blocks().stream().map(b -> b.kind().name().charAt(0) + ": " + b.text()).toList();
    }

    @Test
    void readsSubheadsColonIntroducedQuotesAndDropsTheReadAlsoList() {
        Article article = parser.parse("""
                Harbour reopens after week-long strike
                Dock workers returned to the port on Monday after accepting a new offer from the operator.
                Talks resume
                Union leader Rosa Kline said:
                “We will be watching every shift to make sure the deal is kept.”
                What comes next
                The operator will publish new rosters on Friday.
                Read also
                -
                “Still no deal”: Harbour talks collapse for a third time
                -
                Kline, Ortega and Vos meet ministers over port dispute
                """);
        assertEquals("Harbour reopens after week-long strike", article.title());
        assertEquals(List.of(
                "P: Dock workers returned to the port on Monday after accepting a new offer from the operator.",
                "H: Talks resume",
                "P: Union leader Rosa Kline said:",
                "Q: “We will be watching every shift to make sure the deal is kept.”",
                "H: What comes next",
                "P: The operator will publish new rosters on Friday."), kinds(article));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '#', value = {
            "LIVE: Storm closes the coast road # Storm closes the coast road",
            "EN DIRECT - Tempête : les trains arrêtés # Tempête : les trains arrêtés",
            "Liveticker | Bahnstreik im Norden # Bahnstreik im Norden",
            "ОНЛАЙН: Паводок в городе # Паводок в городе",
            "Storm closes the coast road – live updates # Storm closes the coast road",
            "Live-action remake tops the box office # Live-action remake tops the box office",
            "Live music returns to the harbour # Live music returns to the harbour",
            "Live # Live",
            "UPDATE 2-Acme shares slump after profit warning # Acme shares slump after profit warning",
            "Update 3 - Storm closes the coast road # Storm closes the coast road",
            "Live 8 concert raises millions # Live 8 concert raises millions",
            "Press release: Acme buys the Daleby plant # Acme buys the Daleby plant",
            "COMUNICATO STAMPA – Il porto di Valdera riapre # Il porto di Valdera riapre"})
    void aPageLabelBeforeOrAfterTheHeadlineIsNoPartOfTheTitle(String line, String title) {
        Article article = parser.parse(line + "\nThe road was closed on Monday after the sea wall gave way, police said.\n");
        assertEquals(title, article.title());
    }

    @Test
    void aPrintPagesRunningHeadIsNoHeadlineAndItsJumpLinesNoBody() {
        Article article = parser.parse("""
                THE DALEBY COURIER | TUESDAY, JUNE 2, 2026 | A1

                Harbour reopens after week-long strike

                Dock workers returned to the port on Monday after accepting a new offer from the operator.

                Continued on A4

                A4 | THE DALEBY COURIER | TUESDAY, JUNE 2, 2026

                HARBOUR, from A1

                The union said the deal would be put to a vote of its members next week.
                """);
        assertEquals("Harbour reopens after week-long strike", article.title());
        assertEquals(List.of("Dock workers returned to the port on Monday after accepting a new offer from the operator.",
                        "The union said the deal would be put to a vote of its members next week."),
                article.blocks().stream().map(Block::text).toList());
    }

    @Test
    void takesTheBylineOutOfTheBody() {
        Article article = parser.parse("""
                Council delays tram vote

                By a staff reporter

                The council postponed the vote on Thursday after new cost figures were published.
                """);
        assertEquals("a staff reporter", article.metadata().byline());
        assertEquals(List.of("P: The council postponed the vote on Thursday after new cost figures were published."),
                kinds(article));
    }

    @Test
    void aShortFirstLineWithoutByIsNoByline() {
        Article article = parser.parse("Headline\nBylines are rare in wire copy, the editor said.\n");
        assertNull(article.metadata().byline());
        assertEquals(1, article.blocks().size());
    }

    @Test
    void joinsHardWrappedLinesIntoParagraphs() {
        Article article = parser.parse("""
                Headline here
                
                Northbridge City Council on Thursday postponed a decisive vote on the
                long-planned eastern tram extension, after new figures showed the cost
                of the four-mile line had risen by almost a third in eighteen months.

                Councillors had been expected to approve the scheme this week, according
                to officials who briefed reporters before the meeting on Wednesday.
                """);
        assertEquals(2, article.blocks().size(), article.blocks()::toString);
        assertEquals(Block.Kind.PARAGRAPH, article.blocks().get(0).kind());
        assertEquals(true, article.blocks().get(0).text().contains("on the long-planned eastern tram extension"));
    }

    @Test
    void aNarrowColumnExtractedFromAPrintPageJoinsIntoParagraphsAndItsBrokenWordsMend() {
        Article article = parser.parse("""
                Harbour board drops the ferry cuts

                The harbour board of Kelby dropped on
                Monday its plan to cut the winter fer-
                ry to two sailings a day, after a peti-
                tion signed by 3,000 islanders and a
                month of protests at the quay.

                In a statement, the Island Ferry Users
                Group welcomed the decision but asked
                for the timetable in writing before the
                winter, and for a well-kept pier at the
                north end, as the board had promised
                in the spring. The board is to vote on
                the timetable at its December meeting
                and publish it the week after, with a
                well-kept timetable board at the quay,
                its chairman said. Islanders want a well-
                kept pier at the south end too.
                """);
        assertEquals(2, article.blocks().size(), article.blocks()::toString);
        assertTrue(article.blocks().get(0).text().contains("the winter ferry to two sailings a day, after a petition"));
        assertTrue(article.blocks().get(1).text().contains("the Island Ferry Users Group welcomed"));
        assertTrue(article.blocks().get(1).text().contains("want a well-kept pier"), article.blocks()::toString);
    }

    @Test
    void theLinesOfATimetableStayApartThoughNoneEndsASentence() {
        Article article = parser.parse("""
                Harbour ferry timetable for the winter

                Monday: 7 a.m. – Kelby quay to the island
                Tuesday: 8 a.m. – Kelby quay / north pier
                Wednesday: 7 a.m. – Kelby quay to the island
                Thursday: 9 a.m. – north pier to Kelby quay
                Friday: 7 a.m. – Kelby quay to the island
                Saturday: 10 a.m. – Kelby quay / north pier
                Sunday: 11 a.m. – Kelby quay to the island
                Holidays: 11 a.m. – Kelby quay to the island
                Storm days: no sailing – see the board online
                Night service: 11 p.m. – on Fridays only
                Freight: 6 a.m. – Kelby quay to the island
                Charter: on request – at the harbour office
                """);
        assertEquals(12, article.blocks().size(), article.blocks()::toString);
    }

    @Test
    void aFileThatOpensWithItsFirstParagraphHasNoTitle() {
        Article article = parser.parse("""
                The Oxley parish council voted 4-3 on Thursday to sell the old school field to a housing trust, ending a \
                two-year dispute with the residents who had used it as a park.
                "We have waited long enough," said council chair Wendell Ash.
                """);
        assertEquals("", article.title());
        assertEquals(2, article.blocks().size());
        assertTrue(article.blocks().getFirst().text().startsWith("The Oxley parish council voted 4-3"));
    }

    @Test
    void aOneParagraphStoryIsABody() {
        Article article = parser.parse("The Kestrel Valley railway will run a Sunday service again from May, the operator "
                + "said on Monday, after volunteers raised the money to repair the viaduct at Holm Bridge. The line "
                + "closed in 2023. \"People asked for it every week,\" said volunteer Mara Linde, who led the appeal. "
                + "Tickets go on sale on April 1, and the first train leaves at 10am.");
        assertEquals("", article.title());
        assertTrue(article.wordCount() >= 60, () -> "words: " + article.wordCount());
    }

    @Test
    void bylinesInTheLanguagesTheEngineReadsAndAReadingTime() {
        assertEquals("Inés Robledo", parser.parse("Cierra el mercado\nPor Inés Robledo\nEl mercado cerró el lunes.")
                .metadata().byline());
        assertEquals("Dario Ferri", parser.parse("Chiude il ponte\n\ndi Dario Ferri\n\nIl ponte è chiuso da ieri sera.")
                .metadata().byline());
        assertEquals("Rafe Holt", TextBlocks.byline("By Rafe Holt, Transport Correspondent · 6 min read"));
    }

    @Test
    void aBylineKeepsTheNamesAndLeavesTheReportersPost() {
        assertEquals("Jana Kurz", TextBlocks.byline("Von Jana Kurz, Korrespondentin in Wien"));
        assertEquals("Inés Robledo", TextBlocks.byline("Por Inés Robledo, enviada especial"));
        assertEquals("Ann Lee, Tom Rowe and Sam Ives", TextBlocks.byline("By Ann Lee, Tom Rowe and Sam Ives, Staff Writers"));
        assertEquals("Ann Lee, Tom Rowe", TextBlocks.byline("By Ann Lee, Tom Rowe"));
    }

    @Test
    void aDatelineInCapitalsIsNoHeadline() {
        Article article = parser.parse("BAAR, SWITZERLAND\nAscor announced a new alarm system for hospitals today.");
        assertEquals("", article.title());
    }

    @Test
    void aLineIsCleanedOfRunsOfEveryKindOfSpaceAndNothingElse() {
        assertEquals("Ana Roe \u2014 the mayor said: \u201Cyes\u201D.",
                TextBlocks.clean(" \tAna\u00A0\u00A0Roe \u2009\u2014\u202Fthe\u3000mayor\r\nsaid:  \u201Cyes\u201D. \u200B"));
        assertEquals("caf\u00E9-bar\u2011\u00B7 x", TextBlocks.clean("caf\u00E9-bar\u2011\u00B7\u2002x"),
                "hyphens, the non-breaking hyphen and punctuation stay");
        assertEquals("Ana Roe said: yes.", TextBlocks.clean(" Ana Roe said: yes. \u001C"),
                "a line of single spaces loses only its ends");
        assertEquals("Ana Roe", TextBlocks.clean("Ana \tRoe"), "a space before another kind is a run");
    }
}
