package dev.briefs.article.pdf;

import dev.briefs.article.Article;
import dev.briefs.article.ArticleFormat;
import dev.briefs.brief.ArticleRejectedException;
import dev.briefs.article.Block;
import dev.briefs.brief.FailureCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static dev.briefs.article.pdf.PdfFixture.BOLD;
import static dev.briefs.article.pdf.PdfFixture.REGULAR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PdfArticleParserTest {

    private static final String STORY = "The harbour master said the new pier lights would be tested every night in"
            + " the first month, and that crossings would stop whenever the wind rose above force seven.";

    /** Different text for different pages: running-text detection rightly removes what every page repeats. */
    private static final List<String> PAGES = List.of(
            "Crossings will run every forty minutes from ten at night until six in the morning, every day of the"
                    + " week, including public holidays and the nights of the summer festival.",
            "Tickets cost the same as in the daytime, and monthly passes bought for the day service are valid on"
                    + " the night crossings too, the authority confirmed in a statement on Wednesday.",
            "Hospital staff asked for the service two years ago, when the last night bus to the terminal was cut"
                    + " and taxis became the only way home after a late shift.");

    private static final int MIB = 1024 * 1024;

    private final PdfArticleParser parser = new PdfArticleParser(InflationLimits.relativeTo(10L * MIB));

    @Test
    void titleIsTheLargestTypeOnThePageWhenTheDocumentTitleIsAPlaceholder() {
        Article article = parser.parse(SamplePdfs.pressRelease());

        assertEquals("Harbour authority approves night ferries for shift workers from March", article.title());
        assertEquals(ArticleFormat.PDF, article.format());
    }

    @Test
    void metadataComesFromTheDocumentInformation() {
        Article article = parser.parse(SamplePdfs.pressRelease());

        assertEquals("Ana Ruiz", article.metadata().byline());
        assertEquals("2024-03-05T09:30+01:00", article.metadata().published());
        assertEquals("en-GB", article.metadata().language());
        assertNull(article.metadata().canonicalUrl());
    }

    @Test
    void paragraphsSubheadsAndListItemsComeInReadingOrder() {
        List<Block> blocks = parser.parse(SamplePdfs.pressRelease()).blocks();

        assertEquals(List.of(
                Block.paragraph(SamplePdfs.LEAD),
                Block.heading("A ban reversed"),
                Block.paragraph("The ferries will connect the old harbour with the new international terminal every"
                        + " forty minutes, and the well-known night bus will meet each arrival at the pier."),
                Block.paragraph(SamplePdfs.ACROSS_THE_PAGE_BREAK),
                Block.paragraph(SamplePdfs.QUOTE),
                Block.paragraph("The new timetable starts on 1 March:"),
                new Block(Block.Kind.LIST_ITEM, "ferries every forty minutes between 22:00 and 06:00;"),
                new Block(Block.Kind.LIST_ITEM, "a night bus at every arrival, with one ticket valid on both the"
                        + " ferry and the bus;"),
                new Block(Block.Kind.LIST_ITEM, "free bicycles on every crossing."),
                Block.paragraph("The authority will review the service after six months.")), blocks);
    }

    @Test
    void runningHeadersFootersAndPageNumbersAreNotPartOfTheBody() {
        String text = parser.parse(SamplePdfs.pressRelease()).fullText();

        assertFalse(text.contains("Press release"), text);
        assertFalse(text.contains("harbour.example"), text);
        assertFalse(text.contains("of 2"), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"7", "- 7 -", "– 7 –", "Page 7", "Page 7 of 9", "7 / 9", "vii"})
    void aBarePageNumberAtTheFootGoesEvenOnASinglePage(String pageNumber) {
        PdfFixture pdf = new PdfFixture().page();
        pdf.line(BOLD, 18, 72, 90, "Pier lights to be tested nightly");
        pdf.paragraph(REGULAR, 11, 72, 130, 468, 14, 0, STORY);
        pdf.line(REGULAR, 9, 300, 760, pageNumber);

        Article article = parser.parse(pdf.bytes());

        assertEquals(List.of(Block.paragraph(STORY)), article.blocks());
    }

    @Test
    void aRunningHeaderMissingFromTheFirstPageIsStillFound() {
        PdfFixture pdf = new PdfFixture();
        for (int page = 1; page <= 3; page++) {
            pdf.page();
            if (page == 1) {
                pdf.line(BOLD, 18, 72, 90, "Pier lights to be tested nightly");
            } else {
                pdf.line(REGULAR, 9, 72, 40, "Westhaven Harbour Authority – Annual report 2023 – section " + page);
            }
            pdf.paragraph(REGULAR, 11, 72, 130, 468, 14, 0, PAGES.get(page - 1));
        }

        String body = parser.parse(pdf.bytes()).body();

        assertFalse(body.contains("Annual report"), body);
        PAGES.forEach(page -> assertTrue(body.contains(page), body));
    }

    @Test
    void textRepeatedAwayFromThePageEdgesIsKept() {
        String repeated = "The harbour master will report back.";
        PdfFixture pdf = new PdfFixture();
        for (List<String> page : List.of(List.of(PAGES.get(0), PAGES.get(1), repeated, PAGES.get(2), STORY),
                List.of(STORY, PAGES.get(2), repeated, PAGES.get(0), PAGES.get(1)))) {
            pdf.page();
            float top = 90;
            for (String paragraph : page) {
                top = pdf.paragraph(REGULAR, 11, 72, top, 468, 14, 0, paragraph) + 8;
            }
        }

        String text = parser.parse(pdf.bytes()).fullText();

        assertEquals(2, text.split(repeated, -1).length - 1, text);
    }

    @Test
    void aMeaningfulDocumentTitleWinsAndItsCopyOnThePageIsDropped() {
        PdfFixture pdf = new PdfFixture().page();
        pdf.info("Pier lights to be tested nightly", null, null, null);
        pdf.line(BOLD, 18, 72, 90, "Pier lights to be tested nightly");
        pdf.paragraph(REGULAR, 11, 72, 130, 468, 14, 0, STORY);

        Article article = parser.parse(pdf.bytes());

        assertEquals("Pier lights to be tested nightly", article.title());
        assertEquals(List.of(Block.paragraph(STORY)), article.blocks());
    }

    @Test
    void aDocumentTitleThatSaysSomethingElseLeavesThePageHeadlineAsASubhead() {
        PdfFixture pdf = new PdfFixture().page();
        pdf.info("Harbour safety notice 12: pier lighting", null, null, null);
        pdf.line(BOLD, 18, 72, 90, "Pier lights to be tested nightly");
        pdf.paragraph(REGULAR, 11, 72, 130, 468, 14, 0, STORY);

        Article article = parser.parse(pdf.bytes());

        assertEquals("Harbour safety notice 12: pier lighting", article.title());
        assertEquals(List.of(Block.heading("Pier lights to be tested nightly"), Block.paragraph(STORY)),
                article.blocks());
    }

    @Test
    void aNumberedSubheadIsAHeadingAndANumberedLineOfRunningTextAListItem() {
        PdfFixture pdf = new PdfFixture().page();
        pdf.line(BOLD, 18, 72, 90, "Pier lights to be tested nightly");
        pdf.line(BOLD, 14, 72, 130, "1. Testing");
        pdf.paragraph(REGULAR, 11, 72, 160, 468, 14, 0, STORY);
        pdf.line(REGULAR, 11, 72, 200, "1. the lights on the north pier;");
        pdf.line(REGULAR, 11, 72, 214, "2. the lights on the ferry ramp.");

        List<Block> blocks = parser.parse(pdf.bytes()).blocks();

        assertEquals(List.of(Block.heading("1. Testing"), Block.paragraph(STORY),
                new Block(Block.Kind.LIST_ITEM, "the lights on the north pier;"),
                new Block(Block.Kind.LIST_ITEM, "the lights on the ferry ramp.")), blocks);
    }

    @Test
    void typeScaledByTheTextMatrixCountsAtItsPrintedSize() {
        PdfFixture pdf = new PdfFixture().page();
        pdf.line(REGULAR, 11, 72, 60, "Harbour safety notice");
        pdf.lineScaledByMatrix(BOLD, 18, 72, 90, "Pier lights to be tested nightly");
        pdf.paragraph(REGULAR, 11, 72, 130, 468, 14, 0, STORY);

        Article article = parser.parse(pdf.bytes());

        assertEquals("Pier lights to be tested nightly", article.title());
        assertEquals(List.of(Block.paragraph("Harbour safety notice"), Block.paragraph(STORY)), article.blocks());
    }

    @Test
    void placeholderAuthorsAreNoByline() {
        PdfFixture pdf = new PdfFixture().page();
        pdf.info("untitled", "jdoe", null, "de");
        pdf.paragraph(REGULAR, 11, 72, 130, 468, 14, 0, STORY);

        Article article = parser.parse(pdf.bytes());

        assertNull(article.metadata().byline());
        assertEquals("de", article.metadata().language());
        assertTrue(STORY.startsWith(article.title()), "the first line is the title: " + article.title());
    }

    @Test
    void columnsAreReadOneAfterTheOtherAndAParagraphFlowsAcrossThem() {
        List<String> paragraphs = List.of(
                "Spring tides reached a record height on Monday, flooding the car park by the fish market for the"
                        + " first time since the sea wall was raised in 1998.",
                "Engineers from the authority measured the water at 5.4 metres above chart datum, eleven centimetres"
                        + " above the previous record. They will now check whether the wall needs raising again,"
                        + " and whether the drains under the market can cope with a tide that high. Their report is"
                        + " due before the autumn storms.",
                "Traders said the flooding lasted less than an hour and did little damage, but asked for sandbags"
                        + " to be kept at the market from now on.");
        PdfFixture pdf = new PdfFixture().page();
        pdf.line(BOLD, 18, 72, 90, "A record spring tide for the harbour");
        List<float[]> starts = new ArrayList<>();
        List<String> lines = new ArrayList<>();
        for (String paragraph : paragraphs) {
            List<String> wrapped = PdfFixture.wrap(REGULAR, 10, 222, 14, paragraph);
            for (int i = 0; i < wrapped.size(); i++) {
                starts.add(new float[] {i == 0 ? 14 : 0});
                lines.add(wrapped.get(i));
            }
        }
        int perColumn = (lines.size() + 1) / 2;
        for (int i = 0; i < lines.size(); i++) {
            float columnLeft = i < perColumn ? 72 : 318;
            float top = 130 + 13 * (i % perColumn);
            pdf.line(REGULAR, 10, columnLeft + starts.get(i)[0], top, lines.get(i));
        }

        List<Block> blocks = parser.parse(pdf.bytes()).blocks();

        assertEquals(paragraphs.stream().map(Block::paragraph).toList(), blocks);
    }

    @Test
    void aScanWithoutTextIsRejectedAsHavingNoTextLayer() {
        ArticleRejectedException e = assertThrows(ArticleRejectedException.class,
                () -> parser.parse(SamplePdfs.scan()));

        assertEquals(FailureCode.NO_TEXT_LAYER, e.code());
        assertTrue(e.getMessage().contains("OCR"), e.getMessage());
    }

    @Test
    void aPdfThatNeedsAPasswordIsRejectedAsEncrypted() {
        PdfFixture pdf = new PdfFixture().page();
        pdf.paragraph(REGULAR, 11, 72, 130, 468, 14, 0, STORY);

        ArticleRejectedException e = assertThrows(ArticleRejectedException.class,
                () -> parser.parse(pdf.encrypted("reader-secret")));

        assertEquals(FailureCode.ENCRYPTED_PDF, e.code());
    }

    @Test
    void aPdfEncryptedOnlyAgainstEditingIsRead() {
        PdfFixture pdf = new PdfFixture().page();
        pdf.line(BOLD, 18, 72, 90, "Pier lights to be tested nightly");
        pdf.paragraph(REGULAR, 11, 72, 130, 468, 14, 0, STORY);

        Article article = parser.parse(pdf.encrypted(""));

        assertEquals("Pier lights to be tested nightly", article.title());
    }

    @Test
    void aDamagedPdfIsRejectedAsUnreadable() {
        byte[] damaged = "%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R\nendobj\ntrailer\n<< /Root 1 0 R >>\n"
                .getBytes(StandardCharsets.US_ASCII);

        ArticleRejectedException e = assertThrows(ArticleRejectedException.class, () -> parser.parse(damaged));

        assertEquals(FailureCode.UNREADABLE_PDF, e.code());
        assertFalse(e.getMessage().isBlank());
    }

    @Test
    void aDocumentWhoseFirstPageCannotBeReadInTimeIsRejected() {
        ArticleRejectedException e = assertThrows(ArticleRejectedException.class,
                () -> new PdfArticleParser(Duration.ZERO, InflationLimits.relativeTo(10L * MIB)).parse(SamplePdfs.pressRelease()));

        assertEquals(FailureCode.UNREADABLE_PDF, e.code());
        assertTrue(e.getMessage().contains("took longer"), e.getMessage());
    }

    @Test
    void onlyTheFirstPagesAreRead() {
        PdfFixture pdf = new PdfFixture();
        for (int page = 1; page <= PdfPageReader.MAX_PAGES + 2; page++) {
            pdf.page().paragraph(REGULAR, 11, 72, 90, 468, 14, 0, "Entry " + page + ": " + PAGES.get(page % 3));
        }

        String text = parser.parse(pdf.bytes()).fullText();

        assertTrue(text.contains("Entry " + PdfPageReader.MAX_PAGES + ":"), text);
        assertFalse(text.contains("Entry " + (PdfPageReader.MAX_PAGES + 1) + ":"), text);
    }

    @Test
    void aStreamThatInflatesPastThePerStreamLimitIsRejectedBeforePdfBoxDecodesIt() {
        PdfArticleParser limited = new PdfArticleParser(new InflationLimits(MIB, 4L * MIB));

        ArticleRejectedException e = assertThrows(ArticleRejectedException.class,
                () -> limited.parse(HostilePdfs.bomb(16, "one stream")));

        assertEquals(FailureCode.RESOURCE_LIMIT, e.code());
        assertTrue(e.getMessage().contains("one of its streams inflates to more than 1048576 bytes"), e.getMessage());
    }

    @Test
    void streamsEachWithinTheLimitButTogetherPastTheTotalAreRejected() {
        PdfArticleParser limited = new PdfArticleParser(new InflationLimits(2L * MIB, 4L * MIB));

        ArticleRejectedException e = assertThrows(ArticleRejectedException.class,
                () -> limited.parse(HostilePdfs.bomb(3, 2, "three streams")));

        assertEquals(FailureCode.RESOURCE_LIMIT, e.code());
        assertTrue(e.getMessage().contains("all of its streams together inflate to more than 4194304 bytes"),
                e.getMessage());
    }

    @Test
    void theLimitsScaleWithTheLargestArticle() {
        assertEquals(new InflationLimits(8L * MIB, 16L * MIB), InflationLimits.relativeTo(MIB));
        byte[] bomb = HostilePdfs.bomb(12, "scaled");

        assertEquals(FailureCode.RESOURCE_LIMIT, assertThrows(ArticleRejectedException.class,
                () -> new PdfArticleParser(InflationLimits.relativeTo(MIB)).parse(bomb)).code());
        // Within the limits of a larger maximum, the same file is read: it is only spaces, so it has no text.
        assertEquals(FailureCode.NO_TEXT_LAYER, assertThrows(ArticleRejectedException.class,
                () -> new PdfArticleParser(InflationLimits.relativeTo(2L * MIB)).parse(bomb)).code());
    }

    @Test
    void theTimeBudgetHoldsWhileAStreamIsDecoded() {
        PdfArticleParser hurried = new PdfArticleParser(Duration.ofNanos(1), new InflationLimits(64L * MIB, 64L * MIB));

        ArticleRejectedException e = assertThrows(ArticleRejectedException.class,
                () -> hurried.parse(HostilePdfs.bomb(32, "slow")));

        assertEquals(FailureCode.UNREADABLE_PDF, e.code());
        assertTrue(e.getMessage().startsWith("Decoding the PDF's streams took longer than"), e.getMessage());
    }
}
