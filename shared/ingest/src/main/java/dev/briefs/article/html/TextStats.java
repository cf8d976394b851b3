package dev.briefs.article.html;

import dev.briefs.article.Whitespace;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * A census of every element's subtree: visible text length, link text length, prose length, commas, and the
 * paragraphs, images, list items and embedded social-media posts below it. Computed bottom-up in one iterative pass, so
 * that the heuristics cost a lookup rather than a walk of the subtree (which, for every element of a deep page, would
 * be quadratic). A snapshot: removing elements later leaves their ancestors' figures as they were, which the callers
 * accept (they only remove clutter).
 */
final class TextStats {

    /** The figures of one subtree. */
    record Census(int textLength, int linkLength, int proseLength, int commas, int paragraphs, int images,
                  int listItems, int embeddedPosts) {

        static final Census EMPTY = new Census(0, 0, 0, 0, 0, 0, 0, 0);

        double linkDensity() {
            return textLength == 0 ? 0 : (double) linkLength / textLength;
        }
    }

    private final Map<Element, Census> census = new IdentityHashMap<>();
    private final Map<Element, Integer> proseByContainer = new IdentityHashMap<>();

    private TextStats() {
    }

    /** Measures the subtree of {@code root}, whose runs of text are {@code runs}. */
    static TextStats measure(Element root, List<TextRun> runs) {
        TextStats stats = new TextStats();
        for (TextRun run : runs) {
            if (run.isProse()) {
                stats.proseByContainer.merge(run.container(), run.text().length(), Integer::sum);
            }
        }
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element element) {
                    stats.census.put(element, stats.sumChildren(element));
                }
            }
        }, root);
        return stats;
    }

    private Census sumChildren(Element element) {
        int text = 0;
        int links = 0;
        int prose = proseByContainer.getOrDefault(element, 0);
        int commas = 0;
        int paragraphs = element.nameIs("p") ? 1 : 0;
        int images = element.nameIs("img") ? 1 : 0;
        int listItems = element.nameIs("li") ? 1 : 0;
        int embeddedPosts = NodeHints.isEmbeddedPost(element) ? 1 : 0;
        for (Node child : element.childNodes()) {
            if (child instanceof TextNode textNode) {
                String raw = textNode.getWholeText();
                text += Whitespace.collapsedLength(raw);
                commas += Texts.countCommas(raw);
            } else if (child instanceof Element childElement) {
                Census below = census.get(childElement);
                text += below.textLength();
                links += below.linkLength();
                prose += below.proseLength();
                commas += below.commas();
                paragraphs += below.paragraphs();
                images += below.images();
                listItems += below.listItems();
                embeddedPosts += below.embeddedPosts();
            }
        }
        return new Census(text, element.nameIs("a") ? text : links, prose, commas, paragraphs, images, listItems,
                embeddedPosts);
    }

    /** The element's figures; empty for elements outside the measured subtree. */
    Census of(Element element) {
        return census.getOrDefault(element, Census.EMPTY);
    }

    int textLength(Element element) {
        return of(element).textLength();
    }

    /** The share of the element's text that is link text, from 0 to 1. */
    double linkDensity(Element element) {
        return of(element).linkDensity();
    }
}
