package dev.briefs.article.html;

import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Removes the clutter that sits inside the article's own container: share bars, bylines, "related" boxes, ad slots,
 * newsletter prompts (by name, as trafilatura does), then, in the strict passes, blocks that look like furniture by
 * their shape (Readability's conditional cleaning: too many links, images or form fields for their text).
 */
final class ContentCleaner {

    /** Names of the parts of an article template that are not the story. */
    private static final Pattern CLUTTER = Pattern.compile(
            "share|sharing|social|sociable|syndication|related|newsletter|subscri|signup|sign-up|promo|sponsor"
                    + "|outbrain|taboola|comment|disqus|breadcrumb|byline|author|timestamp|dateline|tag-?list|\\btags\\b"
                    + "|keywords|rating|toolbar|cookie|consent|gdpr|paywall|modal|popup|pagination|pager|recommend"
                    + "|most-?popular|most-?read|trending|read-?more|more-stories|also-?read|see-?also|footer"
                    + "|caption|credit|(^|[\\s_-])(ad|ads|adv|advert\\w*|advertisement|dfp|nav|menu|meta|print|hidden)($|[\\s_-])");

    /** A clutter-named element holding more than this share of the article's text is the article after all. */
    private static final double MAX_CLUTTER_SHARE = 0.5;

    private static final String CONDITIONAL_TAGS = "form, fieldset, table, ul, ol, div, section, figure";

    private ContentCleaner() {
    }

    /** Removes elements named like clutter from the article's elements. */
    static void removeNamedClutter(List<Element> roots, TextStats stats) {
        int total = roots.stream().mapToInt(stats::textLength).sum();
        for (Element root : roots) {
            NodeTraversor.filter((node, depth) -> depth > 0 && node instanceof Element element
                    && isNamedClutter(element) && stats.textLength(element) <= total * MAX_CLUTTER_SHARE
                    ? NodeFilter.FilterResult.REMOVE : NodeFilter.FilterResult.CONTINUE, root);
        }
    }

    static boolean isNamedClutter(Element element) {
        if (element.nameIs("figcaption")) {
            // Captions describe the pictures, which the text leaves out.
            return true;
        }
        String names = NodeHints.names(element);
        return !names.isEmpty() && CLUTTER.matcher(names).find() && !NodeHints.holdsEmbeddedPost(element);
    }

    /** Readability's conditional cleaning: drops lists, tables and divisions that are more links or media than prose. */
    static void removeFurnitureShapedBlocks(List<Element> roots, NodeScorer scorer, TextStats stats, Deadline deadline) {
        for (Element root : roots) {
            Elements elements = root.select(CONDITIONAL_TAGS);
            for (int i = elements.size() - 1; i >= 0; i--) {
                deadline.check();
                Element element = elements.get(i);
                if (element != root && element.parent() != null && looksLikeFurniture(element, scorer, stats)) {
                    element.remove();
                }
            }
        }
    }

    private static boolean looksLikeFurniture(Element element, NodeScorer scorer, TextStats stats) {
        if (element.nameIs("table") && isDataTable(element) || NodeHints.holdsEmbeddedPost(element)) {
            return false;
        }
        int weight = scorer.classWeight(element);
        // Only a clutter name the content does not outweigh condemns; the negative tag bias of lists alone does not.
        if (weight < 0 && weight + scorer.score(element) < 0) {
            return true;
        }
        String text = element.text();
        if (Texts.countCommas(text) >= 10) {
            return false;
        }
        boolean isList = element.nameIs("ul") || element.nameIs("ol");
        int paragraphs = element.getElementsByTag("p").size();
        int images = element.getElementsByTag("img").size();
        int items = element.getElementsByTag("li").size() - 100;
        int length = text.length();
        double linkDensity = stats.linkDensity(element);
        boolean insideFigure = element.closest("figure") != null;
        return images > 1 && (double) paragraphs / images < 0.5 && !insideFigure
                || !isList && items > paragraphs
                || !isList && length < 25 && (images == 0 || images > 2) && linkDensity > 0 && !insideFigure
                || !isList && weight < 25 && linkDensity > 0.2
                || weight >= 25 && linkDensity > 0.5;
    }

    /** A table with a caption, headers or several columns of cells holds data, not layout. */
    private static boolean isDataTable(Element table) {
        return !table.getElementsByTag("caption").isEmpty() || !table.select("th, thead").isEmpty()
                || table.attr("role").equals("grid");
    }
}
