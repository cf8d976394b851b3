package dev.briefs.article.html;

import dev.briefs.article.Article;
import dev.briefs.article.ArticleFormat;
import dev.briefs.article.ArticleMetadata;
import dev.briefs.article.Block;
import dev.briefs.article.BoilerplateFilter;
import dev.briefs.article.FormatParser;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.List;

/**
 * Parses an HTML page: the title from {@code og:title}, {@code <h1>} or {@code <title>}; the body from the page's
 * {@code <article>} (or {@code <main>}, or {@code <body>}) with navigation, asides and scripts removed.
 */
public final class HtmlArticleParser implements FormatParser {

    @Override
    public Article parse(String html) {
        Document document = Jsoup.parse(html);
        document.select("script, style, noscript, nav, aside, footer, header, form, iframe, svg, template").remove();
        String title = title(document);
        Element root = firstPresent(document.selectFirst("article"), document.selectFirst("main"), document.body());
        List<Block> blocks = new ArrayList<>();
        for (Element element : root.select("h1, h2, h3, h4, p, blockquote, li")) {
            String text = element.text().strip();
            if (text.isEmpty() || text.equals(title) || element.parents().stream()
                    .anyMatch(parent -> parent.is("blockquote, li") && root != parent)) {
                continue;
            }
            Block.Kind kind = switch (element.normalName()) {
                case "h1", "h2", "h3", "h4" -> Block.Kind.HEADING;
                case "blockquote" -> Block.Kind.QUOTE;
                case "li" -> Block.Kind.LIST_ITEM;
                default -> Block.Kind.PARAGRAPH;
            };
            blocks.add(new Block(kind, text));
        }
        return new Article(title, BoilerplateFilter.filter(blocks), ArticleFormat.HTML, ArticleMetadata.NONE);
    }

    private static Element firstPresent(Element... candidates) {
        for (Element candidate : candidates) {
            if (candidate != null) {
                return candidate;
            }
        }
        throw new IllegalStateException("jsoup always creates a body");
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
