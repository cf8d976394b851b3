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
                    + "|caption|credit"
                    + "|(^|[\\s_-])(ad|ads|adv|advert\\w*|advertisement|cta|dfp|nav|menu|meta|print|hidden)($|[\\s_-])");

    /** A clutter-named element holding more than this share of the article's text is the article after all. */
    private static final double MAX_CLUTTER_SHARE = 0.5;

    /** Readability's allowance: a block is a list only when it has this many more items than paragraphs. */
    private static final int MANY_LIST_ITEMS = 100;

    private static final String CONDITIONAL_TAGS = "form, fieldset, table, ul, ol, div, section, figure";

    private ContentCleaner() {
    }

    /** Removes elements named like clutter from the article's elements. */
    static void removeNamedClutter(List<Element> roots, TextStats stats) {
        int total = roots.stream().mapToInt(stats::textLength).sum();
        for (Element root : roots) {
            NodeTraversor.filter((node, depth) -> depth > 0 && node instanceof Element element
                    && isNamedClutter(element) && stats.of(element).embeddedPosts() == 0
                    && stats.textLength(element) <= total * MAX_CLUTTER_SHARE
                    ? NodeFilter.FilterResult.REMOVE : NodeFilter.FilterResult.CONTINUE, root);
        }
    }

    /** Whether the element is named (or, for captions, tagged) as a part of the template that is not the story. */
    private static boolean isNamedClutter(Element element) {
        if (element.nameIs("figcaption")) {
            // Captions describe the pictures, which the text leaves out.
            return true;
        }
        String names = NodeHints.names(element);
        return !names.isEmpty() && CLUTTER.matcher(names).find();
    }

    /** Readability's conditional cleaning: drops lists, tables and divisions that are more links or media than prose. */
    static void removeFurnitureShapedBlocks(List<Element> roots, NodeScorer scorer, TextStats stats, Deadline deadline) {
        for (Element root : roots) {
            Elements elements = root.select(CONDITIONAL_TAGS);
            for (int i = elements.size() - 1; i >= 0; i--) {
                deadline.check();
                Element element = elements.get(i);
                // Reverse document order visits descendants before their ancestors, so none is already detached.
                if (element != root && looksLikeFurniture(element, scorer, stats)) {
                    element.remove();
                }
            }
        }
    }

    private static boolean looksLikeFurniture(Element element, NodeScorer scorer, TextStats stats) {
        TextStats.Census census = stats.of(element);
        if (element.nameIs("table") && isDataTable(element) || census.embeddedPosts() > 0) {
            return false;
        }
        int weight = scorer.classWeight(element);
        // Only a clutter name the content does not outweigh condemns (the negative tag bias of lists alone does not),
        // and not when the element is mostly prose: "media" and "meta" also name wrappers of story paragraphs.
        if (weight < 0 && weight + scorer.score(element) < 0) {
            return census.proseLength() * 2 < census.textLength();
        }
        if (census.commas() >= 10) {
            return false;
        }
        boolean isList = element.nameIs("ul") || element.nameIs("ol");
        boolean insideFigure = hasAncestor(element, "figure");
        int images = census.images();
        int length = census.textLength();
        double linkDensity = census.linkDensity();
        return images > 1 && (double) census.paragraphs() / images < 0.5 && !insideFigure
                || !isList && census.listItems() - MANY_LIST_ITEMS > census.paragraphs()
                || !isList && length < 25 && (images == 0 || images > 2) && linkDensity > 0 && !insideFigure
                || !isList && weight < 25 && linkDensity > 0.2
                || weight >= 25 && linkDensity > 0.5;
    }

    private static boolean hasAncestor(Element element, String tag) {
        for (Element ancestor = element.parent(); ancestor != null; ancestor = ancestor.parent()) {
            if (ancestor.nameIs(tag)) {
                return true;
            }
        }
        return false;
    }

    /** A table with a caption, header cells or the grid role holds data, not layout. */
    private static boolean isDataTable(Element table) {
        return !table.getElementsByTag("caption").isEmpty() || !table.select("th, thead").isEmpty()
                || table.attr("role").equals("grid");
    }
}
