package dev.briefs.article.html;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

import java.util.IdentityHashMap;
import java.util.Map;

/**
 * The visible text length and link text length of every element of a subtree, computed bottom-up in one iterative
 * pass so that link density costs a lookup rather than a walk of the subtree. A snapshot: removing elements later
 * leaves their ancestors' figures as they were, which the callers accept (they only remove clutter).
 */
final class TextStats {

    private final Map<Element, int[]> lengths = new IdentityHashMap<>();

    private TextStats() {
    }

    static TextStats measure(Element root) {
        TextStats stats = new TextStats();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element element) {
                    stats.lengths.put(element, stats.sumChildren(element));
                }
            }
        }, root);
        return stats;
    }

    private int[] sumChildren(Element element) {
        int text = 0;
        int links = 0;
        for (Node child : element.childNodes()) {
            if (child instanceof TextNode textNode) {
                text += Texts.normalizedLength(textNode.getWholeText());
            } else if (child instanceof Element childElement) {
                int[] childLengths = lengths.get(childElement);
                text += childLengths[0];
                links += childLengths[1];
            }
        }
        return new int[] {text, element.nameIs("a") ? text : links};
    }

    /** The element's visible text length; 0 for elements outside the measured subtree. */
    int textLength(Element element) {
        int[] values = lengths.get(element);
        return values == null ? 0 : values[0];
    }

    /** The share of the element's text that is link text, from 0 to 1. */
    double linkDensity(Element element) {
        int[] values = lengths.get(element);
        return values == null || values[0] == 0 ? 0 : (double) values[1] / values[0];
    }
}
