package dev.briefs.article;

import dev.briefs.brief.ArticleRejectedException;
import dev.briefs.article.pdf.SamplePdfs;
import dev.briefs.brief.FailureCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ArticleParserTest {

    private static final String STORY = """
            Harbour authority approves night ferries
            The port authority voted on Tuesday to run ferries through the night from March, reversing a ban that has \
            stood since 2019.
            “We listened to shift workers,” said chair Ana Ruiz.
            """;

    private final ArticleParser parser = new ArticleParser();

    @Test
    void emptyFileIsRejectedAsEmpty() {
        assertCode(FailureCode.EMPTY_FILE, new byte[0], "a.txt", null);
        assertCode(FailureCode.EMPTY_FILE, "  \n\n\t ".getBytes(StandardCharsets.UTF_8), "a.txt", null);
    }

    @Test
    void imagesAndRandomBytesAreBinary() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13};
        assertCode(FailureCode.BINARY_CONTENT, png, "photo.txt", "text/plain");
        byte[] random = new byte[4096];
        new Random(7).nextBytes(random);
        assertCode(FailureCode.BINARY_CONTENT, random, "noise.txt", null);
    }

    @ParameterizedTest
    @ValueSource(ints = {100, 5_000, 20_000, 2_000_000})
    void aNulByteAnywhereMakesTheFileBinary(int offset) {
        String text = (STORY + "\n").repeat(offset / STORY.length() + 2);
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        bytes[offset] = 0;

        assertCode(FailureCode.BINARY_CONTENT, bytes, "story.txt", "text/plain");
    }

    @Test
    void anHtmlPageWhoseMetaCharsetLiesGetsItsTitleFromTheDetectedCharset() {
        String title = "Правительство одобрило ночные паромы";
        String page = "<!doctype html><html><head><meta charset=utf-8><title>" + title + "</title></head><body>"
                + "<article><h1>" + title + "</h1><p>" + "Паромы будут ходить всю ночь с марта, сообщили в порту. "
                .repeat(4) + "</p></article></body></html>";

        Article article = parser.parse(page.getBytes(Charset.forName("windows-1251")), "story.html", null);

        assertEquals(title, article.title());
    }

    @Test
    void officeFilesAreUnsupported() {
        assertCode(FailureCode.UNSUPPORTED_FORMAT, STORY.getBytes(StandardCharsets.UTF_8), "a.docx", null);
        assertCode(FailureCode.UNSUPPORTED_FORMAT, STORY.getBytes(StandardCharsets.UTF_8), "a", "image/png");
    }

    @ParameterizedTest
    @CsvSource({
            "release.pdf, application/pdf",
            "upload, ",
            "release.txt, text/plain",
    })
    void pdfsAreRecognisedByTheirBytesWhateverTheirNameOrType(String name, String contentType) {
        Article article = parser.parse(SamplePdfs.pressRelease(), name, contentType);

        assertEquals(ArticleFormat.PDF, article.format());
        assertEquals("Harbour authority approves night ferries for shift workers from March", article.title());
    }

    @Test
    void aFileNamedOrDeclaredPdfIsReadAsOneEvenWhenItIsNot() {
        byte[] text = STORY.getBytes(StandardCharsets.UTF_8);
        assertCode(FailureCode.UNREADABLE_PDF, text, "release.pdf", null);
        assertCode(FailureCode.UNREADABLE_PDF, text, "upload", "application/pdf");
    }

    @Test
    void aScannedPdfFailsWithNoTextLayer() {
        assertCode(FailureCode.NO_TEXT_LAYER, SamplePdfs.scan(), "scan.pdf", "application/pdf");
    }

    @Test
    void bytesThatAreNeitherUtf8NorWindows1252Nor1251AreUndecodable() {
        // 0x81 is unmapped in windows-1252, 0x98 in windows-1251.
        byte[] text = (STORY + "\u0081\u0098").getBytes(Charset.forName("ISO-8859-1"));
        assertCode(FailureCode.UNDECODABLE_TEXT, text, "a.txt", null);
    }

    @Test
    void aFewWordsAreNoArticleBody() {
        assertCode(FailureCode.NO_ARTICLE_BODY, "Title\nToo short to brief.".getBytes(StandardCharsets.UTF_8),
                "short.txt", null);
    }

    @Test
    void japaneseArticlesCountTheirCharactersAsWords() {
        String japanese = "港湾局が夜間フェリーを承認\n港湾局は火曜日、三月から夜通しフェリーを運航することを決めた。"
                + "二〇一九年から続いていた禁止措置を覆す決定となる。";
        Article article = parser.parse(japanese.getBytes(StandardCharsets.UTF_8), "a.txt", null);
        assertEquals("港湾局が夜間フェリーを承認", article.title());
        assertTrue(article.wordCount() >= ArticleParser.MIN_BODY_WORDS, "counted " + article.wordCount());
    }

    @Test
    void windows1252CurlyQuotesAndDashesDecodeToTheRightCharacters() {
        Charset cp1252 = Charset.forName("windows-1252");
        Article article = parser.parse(STORY.replace("reversing", "– reversing").getBytes(cp1252), "a.txt", null);
        assertTrue(article.body().contains("“We listened to shift workers,” said chair Ana Ruiz."), article.body());
        assertTrue(article.body().contains("– reversing"), article.body());
    }

    @Test
    void byteOrderMarksAreHonouredAndRemoved() {
        byte[] utf16 = ("\uFEFF" + STORY).getBytes(StandardCharsets.UTF_16LE);
        Article fromUtf16 = parser.parse(utf16, "a.txt", null);
        assertEquals("Harbour authority approves night ferries", fromUtf16.title());
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] text = STORY.getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[bom.length + text.length];
        System.arraycopy(bom, 0, withBom, 0, bom.length);
        System.arraycopy(text, 0, withBom, bom.length, text.length);
        assertEquals("Harbour authority approves night ferries", parser.parse(withBom, "a.txt", null).title());
    }

    @ParameterizedTest
    @CsvSource({
            "story.txt, , TEXT",
            "story.md, , MARKDOWN",
            "story.html, , HTML",
            "story, text/markdown, MARKDOWN",
            "story.txt, text/html; charset=utf-8, HTML",
    })
    void formatFollowsContentTypeThenExtension(String name, String contentType, ArticleFormat expected) {
        assertEquals(expected, ArticleParser.detectFormat("Plain words only", name, contentType));
    }

    @Test
    void contentIsSniffedWhenNameAndTypeSayNothing() {
        assertEquals(ArticleFormat.HTML, ArticleParser.detectFormat("<!DOCTYPE html><html><p>x</p>", "upload", null));
        assertEquals(ArticleFormat.HTML, ArticleParser.detectFormat("<html><body>x", "story.txt", "text/plain"));
        assertEquals(ArticleFormat.MARKDOWN, ArticleParser.detectFormat("# Title\n\nSee [this](http://x).", "upload",
                "application/octet-stream"));
        assertEquals(ArticleFormat.TEXT, ArticleParser.detectFormat("Title\nBody text.", "upload", null));
    }

    private void assertCode(FailureCode expected, byte[] bytes, String name, String contentType) {
        ArticleRejectedException e = assertThrows(ArticleRejectedException.class,
                () -> parser.parse(bytes, name, contentType));
        assertEquals(expected, e.code(), e.getMessage());
        assertTrue(!e.getMessage().isBlank());
    }

    @Test
    void countsWordsBetweenSpacesAndEachChineseOrJapaneseCharacterAsOne() {
        Article article = new Article("T", List.of(Block.paragraph("  The tram\tline,  reopened\u00A0today. "),
                Block.paragraph("東京の電車 runs; カタカナ"), Block.paragraph("")), ArticleFormat.TEXT, null);

        assertEquals(4 + 5 + 1 + 4, article.wordCount(), "a no-break space joins two words; Hiragana and Katakana count too");
    }
}
