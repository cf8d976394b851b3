package dev.briefs.article.html;

import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Readability's candidate scoring. Every paragraph of at least {@value #MIN_PARAGRAPH_LENGTH} characters scores
 * {@code 1 + commas + min(length / 100, 3)} (commas mark real sentences; menus have none) and hands that score to its
 * parent in full, its grandparent in half and further ancestors in ever smaller shares, so the element that directly
 * holds most of the prose collects the most. Each candidate starts from a bias for its tag and its class names and
 * ends multiplied by {@code 1 - link density}, which sinks link lists however long.
 *
 * <p>Unlike Readability, a paragraph's own link text scales down what it hands out, so lists of headlines do not
 * lift their container, and list items count as paragraphs, since news stories often put facts in lists.
 */
final class NodeScorer {

    private static final int MIN_PARAGRAPH_LENGTH = 25;
    private static final int ANCESTOR_LEVELS = 5;

    private final Map<Element, Double> scores = new IdentityHashMap<>();
    private final boolean weighClasses;

    private NodeScorer(boolean weighClasses) {
        this.weighClasses = weighClasses;
    }

    /** Scores the ancestors of {@code runs}; {@code weighClasses} turns the class-name bias on. */
    static NodeScorer score(List<TextRun> runs, TextStats stats, boolean weighClasses) {
        NodeScorer scorer = new NodeScorer(weighClasses);
        for (TextRun run : runs) {
            if (run.text().length() >= MIN_PARAGRAPH_LENGTH) {
                scorer.credit(run);
            }
        }
        scorer.scores.replaceAll((element, score) -> score * (1 - stats.linkDensity(element)));
        return scorer;
    }

    private void credit(TextRun run) {
        String text = run.text();
        double points = (1 + Texts.countCommas(text) + Math.min(text.length() / 100, 3)) * (1 - run.linkDensity());
        // Text directly inside an element that also holds blocks is a paragraph of its own inside that element;
        // an element holding nothing but the text is the paragraph itself, and its parent the first to score.
        Element first = hasBlockChildren(run.container()) ? run.container() : run.container().parent();
        Element ancestor = first;
        for (int level = 0; level < ANCESTOR_LEVELS && ancestor != null && !ancestor.nameIs("html"); level++) {
            double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
            scores.merge(ancestor, initialScore(ancestor) + points / divider, Double::sum);
            ancestor = ancestor.parent();
        }
    }

    /** The bias an element starts from when a paragraph first credits it; nothing once it has a score. */
    private double initialScore(Element element) {
        return scores.containsKey(element) ? 0 : tagBias(element) + (weighClasses ? NodeHints.classWeight(element) : 0);
    }

    private static int tagBias(Element element) {
        if (ElementNames.isHeading(element)) {
            return -5;
        }
        return switch (element.normalName()) {
            case "div", "article", "section", "main" -> 5;
            case "pre", "td", "blockquote" -> 3;
            case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
            case "th" -> -5;
            default -> 0;
        };
    }

    private static boolean hasBlockChildren(Element element) {
        for (Element child : element.children()) {
            if (!ElementNames.isInline(child)) {
                return true;
            }
        }
        return false;
    }

    boolean isCandidate(Element element) {
        return scores.containsKey(element);
    }

    /** The final score (after the link-density factor); 0 for an element no paragraph credited. */
    double score(Element element) {
        return scores.getOrDefault(element, 0.0);
    }

    /** The class-name bias this scorer applies, so that cleaning agrees with scoring. */
    int classWeight(Element element) {
        return weighClasses ? NodeHints.classWeight(element) : 0;
    }

    /** The best candidates, highest score first. */
    List<Element> topCandidates(int count) {
        List<Element> candidates = new ArrayList<>(scores.keySet());
        candidates.sort(Comparator.comparingDouble((Element element) -> score(element)).reversed());
        return candidates.subList(0, Math.min(count, candidates.size()));
    }
}
