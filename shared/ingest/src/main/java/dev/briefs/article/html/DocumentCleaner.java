package dev.briefs.article.html;

import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Removes from the whole page what can never be article text, before any scoring: scripts, media, form controls,
 * comments, elements the reader cannot see, and (in the strict pass only) elements whose names or roles say they are
 * navigation, sidebars, comment threads or banners.
 */
final class DocumentCleaner {

    private static final Pattern HIDDEN_STYLE = Pattern.compile("display\\s*:\\s*none|visibility\\s*:\\s*hidden");
    private static final String FURNITURE_TAGS = "nav, aside, footer";

    private DocumentCleaner() {
    }

    /** Removes what is never text a reader sees; the first step for every extraction. */
    static void removeNonContent(Document document) {
        document.select(ElementNames.NON_CONTENT).remove();
        NodeTraversor.filter(removing(node -> node instanceof Comment
                || node instanceof Element element && isHidden(element)), document);
    }

    /** Removes navigation, sidebars, footers and elements named like clutter; skipped in the lenient passes. */
    static void removeUnlikelyCandidates(Element body) {
        body.select(FURNITURE_TAGS).remove();
        NodeTraversor.filter(removing(node -> node instanceof Element element
                && NodeHints.isUnlikelyCandidate(element) && !insideTableOrCode(element)), body);
    }

    /** A filter that removes the nodes {@code doomed} accepts, without visiting their descendants. */
    private static NodeFilter removing(Predicate<Node> doomed) {
        return (node, depth) -> depth > 0 && doomed.test(node) ? NodeFilter.FilterResult.REMOVE
                : NodeFilter.FilterResult.CONTINUE;
    }

    private static boolean isHidden(Element element) {
        if (element.hasAttr("hidden") || element.attr("aria-hidden").equalsIgnoreCase("true")) {
            return true;
        }
        String style = element.attr("style");
        return !style.isEmpty() && HIDDEN_STYLE.matcher(style.toLowerCase(Locale.ROOT)).find();
    }

    /** Layout tables and code samples carry arbitrary class names; Readability leaves them alone too. */
    private static boolean insideTableOrCode(Element element) {
        for (Element ancestor = element.parent(); ancestor != null; ancestor = ancestor.parent()) {
            if (ancestor.nameIs("table") || ancestor.nameIs("code") || ancestor.nameIs("pre")) {
                return true;
            }
        }
        return false;
    }
}
