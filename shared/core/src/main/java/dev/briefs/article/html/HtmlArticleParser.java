package dev.briefs.article.html;

import dev.briefs.article.Article;
import dev.briefs.article.ArticleFormat;
import dev.briefs.article.ArticleMetadata;
import dev.briefs.article.Block;
import dev.briefs.article.FormatParser;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.List;

/** Parses an HTML page. */
public final class HtmlArticleParser implements FormatParser {

    @Override
    public Article parse(String html) {
        Deadline deadline = Deadline.after(MarkupLimits.TIME_BUDGET);
        Document document = MarkupLimits.parse(html);
        String title = title(document);
        DocumentCleaner.removeNonContent(document);
        List<Block> blocks = MainTextExtractor.extract(document, title, deadline);
        return new Article(title, blocks, ArticleFormat.HTML, ArticleMetadata.NONE);
    }

    private static String title(Document document) {
        Element og = document.selectFirst("meta[property=og:title]");
        if (og != null && !og.attr("content").isBlank()) {
            return og.attr("content").strip();
        }
        Element h1 = document.selectFirst("h1");
        if (h1 != null && !h1.text().isBlank()) {
            return h1.text().strip();
        }
        return document.title().strip();
    }
}
