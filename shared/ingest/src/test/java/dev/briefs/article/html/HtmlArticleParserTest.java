package dev.briefs.article.html;

import dev.briefs.article.Article;
import dev.briefs.article.ArticleParser;
import dev.briefs.brief.ArticleRejectedException;
import dev.briefs.article.Block;
import dev.briefs.brief.FailureCode;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HtmlArticleParserTest {

    private final HtmlArticleParser parser = new HtmlArticleParser();

    @Test
    void titleLosesTheSiteName() {
        Article article = parser.parse(fixture("news-article.html"));

        assertEquals("Harbour town votes to rebuild its old sea wall", article.title());
    }

    @Test
    void metadataComesFromJsonLdFirst() {
        Article article = parser.parse(fixture("news-article.html"));

        assertEquals("Maria Lindqvist, Tom Okafor", article.metadata().byline());
        assertEquals("2024-03-05T09:30+01:00", article.metadata().published());
        assertEquals("en-GB", article.metadata().language());
        assertEquals("https://courier.example/news/sea-wall-vote", article.metadata().canonicalUrl());
    }

    @Test
    void storyBlocksKeepTheirKindAndReadingOrder() {
        List<Block> blocks = parser.parse(fixture("news-article.html")).blocks();

        assertEquals(List.of(Block.Kind.PARAGRAPH, Block.Kind.PARAGRAPH, Block.Kind.HEADING, Block.Kind.PARAGRAPH,
                        Block.Kind.QUOTE, Block.Kind.PARAGRAPH, Block.Kind.PARAGRAPH, Block.Kind.LIST_ITEM,
                        Block.Kind.LIST_ITEM, Block.Kind.LIST_ITEM, Block.Kind.PARAGRAPH),
                blocks.stream().map(Block::kind).toList());
        assertTrue(blocks.getFirst().text().startsWith("Councillors in Westhaven voted on Tuesday evening"));
        assertEquals("Years of delay", blocks.get(2).text());
        assertTrue(blocks.get(4).text().startsWith("We have patched this wall"));
        assertEquals("the northern section, next to the lifeboat station, from this autumn;", blocks.get(7).text());
        assertTrue(blocks.getLast().text().endsWith("spoil the view of the bay from the old town."));
    }

    @Test
    void pageFurnitureIsNotPartOfTheBody() {
        String body = parser.parse(fixture("news-article.html")).body();

        for (String clutter : List.of("cookies", "Sport", "Weather", "Share on", "Email this story", "Maria Lindqvist",
                "Photo: Courier archive", "Storm damage", "Related", "comments", "About time too", "Most read",
                "Ferry timetable", "All rights reserved")) {
            assertFalse(body.contains(clutter), () -> "the body should not contain '" + clutter + "':\n" + body);
        }
        assertFalse(body.contains("Harbour town votes"), "the headline is the title, not a block of the body");
    }

    @Test
    void nonEnglishPageReadsFromMetaTags() {
        Article article = parser.parse(fixture("german-article.html"));

        assertEquals("Stadtrat beschließt längere Öffnungszeiten für die Bibliothek", article.title());
        assertEquals("Jana Köhler", article.metadata().byline());
        assertEquals("2023-11-02T18:45", article.metadata().published());
        assertEquals("de", article.metadata().language());
        assertEquals("https://abendblatt.example/lokales/bibliothek", article.metadata().canonicalUrl());
        assertEquals(List.of(Block.Kind.PARAGRAPH, Block.Kind.PARAGRAPH, Block.Kind.HEADING, Block.Kind.PARAGRAPH),
                article.blocks().stream().map(Block::kind).toList());
        assertEquals("Lesecafé im Erdgeschoss", article.blocks().get(2).text());
        assertFalse(article.body().contains("Teilen"));
        assertFalse(article.body().contains("Impressum"));
    }

    @Test
    void textWithoutSpacesBetweenWordsIsScoredToo() {
        String sentence = "市議会は木曜日の夜、図書館の開館時間を延長することを賛成多数で決めた。来年からは日曜日も開館する。";
        String html = "<html lang=ja><head><title>図書館の開館時間を延長</title></head><body>"
                + "<nav><a href=/>ホーム</a> <a href=/news>ニュース</a></nav>"
                + "<div class=main><p>" + sentence + "</p><p>" + sentence + "</p><p>" + sentence + "</p></div>"
                + "<div class=side><a href=/a>ほかの記事</a></div></body></html>";

        Article article = parser.parse(html);

        assertEquals("ja", article.metadata().language());
        assertEquals(List.of(sentence, sentence, sentence), article.blocks().stream().map(Block::text).toList());
    }

    @Test
    void storySplitIntoSeparateSectionsIsReadWhole() {
        Article article = parser.parse(fixture("split-story.html"));

        assertEquals(5, article.blocks().size(), article.body());
        assertTrue(article.body().startsWith("The pager goes off at ten past two"));
        assertTrue(article.body().endsWith("begins to lighten over the bay."));
        assertFalse(article.body().contains("Subscribe"));
    }

    @Test
    void quotedSocialMediaPostStaysDespiteItsWrappersName() {
        String paragraph = "<p>The campaign drew thousands of replies within hours of its launch on Monday, many of"
                + " them from people who had never heard of the agency before, and most of them were not kind.</p>";
        String html = "<html><body><article><div class=entry-content>" + paragraph + paragraph
                + "<div class=social-media-embed><blockquote class=twitter-tweet><p>Nobody asked for this slogan,"
                + " and yet here we are discussing it all day</p>— A Reader (@reader) <a href=https://x.example/1>"
                + "March 4, 2024</a></blockquote></div>" + paragraph + "</div></article></body></html>";

        Article article = parser.parse(html);

        assertTrue(article.blocks().stream().anyMatch(block -> block.kind() == Block.Kind.QUOTE
                && block.text().startsWith("Nobody asked for this slogan")), article.body());
    }

    @Test
    void customElementsFlowInsideTheirParagraph() {
        String paragraph = "<p>Binge eating is the most common eating disorder in the country (<cite-source><a href=/s1>1"
                + "</a></cite-source>), according to a review of studies published over the last twenty years.</p>";
        String html = "<html><body><article>" + paragraph.repeat(4) + "</article></body></html>";

        Article article = parser.parse(html);

        assertEquals(4, article.blocks().size(), article.body());
        assertTrue(article.blocks().getFirst().text().startsWith("Binge eating is the most common eating disorder in the"
                + " country (1), according to"), article.body());
    }

    @Test
    void datelineAndClosingLinkListAreDroppedButLinkedSentencesStay() {
        String paragraph = "<p>The ferry company said on Monday that the winter timetable would start a week later"
                + " than planned, because one of its two boats is still being repaired in the dry dock at Falmouth.</p>";
        String html = "<html><body><article><p>Updated 5 March 2024, 09:30</p>" + paragraph + paragraph
                + "<p>Read the <a href=/r>repair report</a> and <a href=/t>the new timetable</a>.</p>" + paragraph
                + "<div class=heading>More Great Coast Stories</div><ul><li><a href=/1>Storm closes the promenade</a>"
                + "</li><li>Lifeboat <a href=/2>rescues three kayakers</a></li></ul></article></body></html>";

        List<String> texts = parser.parse(html).blocks().stream().map(Block::text).toList();

        assertEquals(4, texts.size(), String.join("\n", texts));
        assertTrue(texts.getFirst().startsWith("The ferry company said"), texts.getFirst());
        assertEquals("Read the repair report and the new timetable.", texts.get(2));
    }

    @Test
    void pageWithoutStoryTextHasNoBlocks() {
        Article article = parser.parse(fixture("link-index.html"));

        assertTrue(article.blocks().isEmpty(), article.body());
        assertEquals("Latest news", article.title());
    }

    @Test
    void pageWithoutStoryTextIsRejectedByTheEntryPoint() {
        byte[] page = fixture("link-index.html").getBytes(StandardCharsets.UTF_8);

        ArticleRejectedException rejected = assertThrows(ArticleRejectedException.class,
                () -> new ArticleParser().parse(page, "index.html", "text/html"));

        assertEquals(FailureCode.NO_ARTICLE_BODY, rejected.code());
    }

    static String fixture(String name) {
        try (InputStream in = HtmlArticleParserTest.class.getResourceAsStream("/html/" + name)) {
            assertNotNull(in, name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
