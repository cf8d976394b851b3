package dev.briefs.article.html;

import dev.briefs.article.Article;
import dev.briefs.brief.ArticleRejectedException;
import dev.briefs.brief.FailureCode;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MarkupLimitsTest {

    /** Far more than the limits allow, so a slow machine still fails the test only when a limit is missing. */
    private static final Duration GENEROUS = Duration.ofSeconds(20);
    private static final String PARAGRAPH = "<p>The council met on Tuesday, for the third time this month, to discuss"
            + " the harbour wall, the ferry timetable and the new car park behind the station.</p>";

    private final HtmlArticleParser parser = new HtmlArticleParser();
    /** For what must not trip a size or depth limit: the time budget, machine-dependent, is not what it checks. */
    private final HtmlArticleParser untimedParser = new HtmlArticleParser(Duration.ofMinutes(10));

    @Test
    void hundredThousandNestedDivsAreRejectedQuickly() {
        String html = "<html><body>" + "<div>".repeat(100_000) + PARAGRAPH;

        ArticleRejectedException rejected = assertTimeoutPreemptively(GENEROUS,
                () -> assertThrows(ArticleRejectedException.class, () -> parser.parse(html)));

        assertEquals(FailureCode.MARKUP_TOO_COMPLEX, rejected.code());
        assertTrue(rejected.getMessage().contains("nested more than " + MarkupLimits.MAX_DEPTH), rejected.getMessage());
    }

    @Test
    void nestingWithinTheLimitIsRead() {
        String html = "<html><body>" + "<div>".repeat(MarkupLimits.MAX_DEPTH - 10) + PARAGRAPH.repeat(5);

        Article article = untimedParser.parse(html);

        assertEquals(5, article.blocks().size());
    }

    @Test
    void megabytesOfProseTripNoLimit() {
        String html = "<html><body><article>" + PARAGRAPH.repeat(3_000_000 / PARAGRAPH.length()) + "</article>";

        Article article = untimedParser.parse(html);

        assertEquals(3_000_000 / PARAGRAPH.length(), article.blocks().size());
    }

    @Test
    void workBeyondTheTimeBudgetIsRejected() {
        HtmlArticleParser noTime = new HtmlArticleParser(Duration.ZERO);

        ArticleRejectedException rejected = assertThrows(ArticleRejectedException.class,
                () -> noTime.parse("<html><body><article>" + PARAGRAPH.repeat(50) + "</article>"));

        assertEquals(FailureCode.MARKUP_TOO_COMPLEX, rejected.code());
        assertTrue(rejected.getMessage().contains("took longer than 0 s"), rejected.getMessage());
    }

    @Test
    void markupOverTheSizeLimitIsRejected() {
        String html = "<html><body><p>" + "x".repeat(MarkupLimits.MAX_MARKUP_CHARS) + "</p>";

        ArticleRejectedException rejected = assertThrows(ArticleRejectedException.class, () -> parser.parse(html));

        assertEquals(FailureCode.MARKUP_TOO_COMPLEX, rejected.code());
        assertTrue(rejected.getMessage().contains("characters of markup"), rejected.getMessage());
    }

    @Test
    void floodOfTinyElementsIsRejectedBeforeParsing() {
        String html = "<html><body>" + "<p>".repeat(MarkupLimits.MAX_ELEMENTS + 1);

        ArticleRejectedException rejected = assertTimeoutPreemptively(GENEROUS,
                () -> assertThrows(ArticleRejectedException.class, () -> parser.parse(html)));

        assertEquals(FailureCode.MARKUP_TOO_COMPLEX, rejected.code());
        assertTrue(rejected.getMessage().contains("HTML tags"), rejected.getMessage());
    }
}
