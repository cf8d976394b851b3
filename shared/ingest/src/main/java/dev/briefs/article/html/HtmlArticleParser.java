package dev.briefs.article.html;

import dev.briefs.article.Article;
import dev.briefs.article.ArticleFormat;
import dev.briefs.brief.ArticleRejectedException;
import dev.briefs.article.Block;
import dev.briefs.article.FormatParser;
import dev.briefs.brief.FailureCode;
import org.jsoup.nodes.Document;

import java.time.Duration;
import java.util.List;

/**
 * Parses an HTML news page into its headline, its story text and its metadata.
 *
 * <p>The steps: parse within {@link MarkupLimits}; read the headline and metadata ({@link PageMetadataReader});
 * remove what is never text ({@link DocumentCleaner}); find the story's elements by Readability-style scoring
 * ({@link NodeScorer}, {@link MainContentFinder}); remove the clutter inside them ({@link ContentCleaner}); split them
 * into paragraphs, subheads, quotes and list items ({@link TextRunSplitter}); drop link lines and trailing lists of
 * other headlines ({@link RunFilter}). {@link MainTextExtractor} retries with relaxed rules when the strict ones find
 * too little.
 *
 * <p>Limits, each a rejection with {@link FailureCode#MARKUP_TOO_COMPLEX}: more than
 * {@value MarkupLimits#MAX_MARKUP_CHARS} characters of markup, more than {@value MarkupLimits#MAX_ELEMENTS}
 * elements, nesting deeper than {@value MarkupLimits#MAX_DEPTH} levels (jsoup itself stops nesting at
 * {@value MarkupLimits#PARSER_DEPTH}, so the parse stays fast), or more than 5 seconds of work
 * ({@link MarkupLimits#TIME_BUDGET}). A page without findable story text gives an article with no blocks, which the
 * caller rejects as {@code NO_ARTICLE_BODY}.
 *
 * <p>Stateless and thread-safe.
 */
public final class HtmlArticleParser implements FormatParser {

    private final Duration timeBudget;

    public HtmlArticleParser() {
        this(MarkupLimits.TIME_BUDGET);
    }

    /** A parser with another time budget: tests that check a limit other than time use a generous one. */
    HtmlArticleParser(Duration timeBudget) {
        this.timeBudget = timeBudget;
    }

    /**
     * @throws ArticleRejectedException with {@link FailureCode#MARKUP_TOO_COMPLEX} when the page exceeds a limit
     */
    @Override
    public Article parse(String html) {
        Deadline deadline = Deadline.after(timeBudget);
        Document document = MarkupLimits.parse(html);
        PageMetadata page = PageMetadataReader.read(document);
        DocumentCleaner.removeNonContent(document);
        deadline.check();
        List<Block> blocks = MainTextExtractor.extract(document, page.title(), deadline);
        return new Article(page.title(), blocks, ArticleFormat.HTML, page.metadata());
    }
}
