package dev.briefs.article.html;

import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Picks the elements that hold the article, Readability's way: the best-scored candidate, moved up to a common
 * ancestor when several strong candidates share one (a story split into several columns), moved up again while the
 * parent scores better, then joined by those siblings that look like more of the same (scored well, share its class,
 * or are prose paragraphs).
 */
final class MainContentFinder {

    private static final int TOP_CANDIDATES = 5;
    private static final int MIN_SHARING_CANDIDATES = 3;
    private static final double STRONG_CANDIDATE_RATIO = 0.75;
    private static final int MIN_ADDED_PROSE = 200;
    private static final double MIN_ADDED_PROSE_RATIO = 0.1;
    private static final double MIN_ADDED_PROSE_SHARE = 0.6;
    /** Readability's sibling test: a sibling scoring a fifth of the best (and at least 10) is more of the story. */
    private static final double SIBLING_SCORE_SHARE = 0.2;
    private static final double MIN_SIBLING_SCORE = 10;
    /** A sibling paragraph joins when it is this long with few links, or shorter, link-free and a sentence. */
    private static final int LONG_SIBLING_PARAGRAPH = 80;
    private static final double MAX_SIBLING_LINK_DENSITY = 0.25;
    private static final Pattern SENTENCE_END = Pattern.compile("\\.( |$)");

    private MainContentFinder() {
    }

    /** The article's elements in document order; empty when no paragraph scored. */
    static List<Element> find(Element body, NodeScorer scorer, TextStats stats) {
        List<Element> top = scorer.topCandidates(TOP_CANDIDATES);
        if (top.isEmpty()) {
            return List.of();
        }
        Element best = sharedAncestor(top, scorer, body);
        best = climbWhileParentScoresHigher(best, scorer, body);
        best = widenToSplitStory(best, stats, body);
        while (best.parent() != null && best.parent() != body && best.parent().childrenSize() == 1) {
            best = best.parent();
        }
        return withSiblings(best, scorer, stats, body);
    }

    /** When three of the other top candidates (each within 75% of the best) sit under one ancestor, take it. */
    private static Element sharedAncestor(List<Element> top, NodeScorer scorer, Element body) {
        Element best = top.getFirst();
        List<Set<Element>> strongAncestries = new ArrayList<>();
        for (Element candidate : top.subList(1, top.size())) {
            if (scorer.score(candidate) >= scorer.score(best) * STRONG_CANDIDATE_RATIO) {
                strongAncestries.add(Set.copyOf(candidate.parents()));
            }
        }
        if (strongAncestries.size() < MIN_SHARING_CANDIDATES) {
            return best;
        }
        for (Element ancestor = best.parent(); ancestor != null && ancestor != body; ancestor = ancestor.parent()) {
            int sharing = 0;
            for (Set<Element> ancestry : strongAncestries) {
                sharing += ancestry.contains(ancestor) ? 1 : 0;
            }
            if (sharing >= MIN_SHARING_CANDIDATES) {
                return ancestor;
            }
        }
        return best;
    }

    /** Walks up while the ancestors keep at least a third of the score, stopping at one that beats it. */
    private static Element climbWhileParentScoresHigher(Element best, NodeScorer scorer, Element body) {
        double lastScore = scorer.score(best);
        double threshold = lastScore / 3;
        for (Element parent = best.parent(); parent != null && parent != body; parent = parent.parent()) {
            if (!scorer.isCandidate(parent)) {
                continue;
            }
            double parentScore = scorer.score(parent);
            if (parentScore < threshold) {
                break;
            }
            if (parentScore > lastScore) {
                return parent;
            }
            lastScore = parentScore;
        }
        return best;
    }

    /**
     * Moves up to an ancestor that adds mostly prose: stories split into sections by pictures or ads often sit in
     * sibling containers too far apart (more than five levels) for the scores to meet. An ancestor is taken when at
     * least {@value #MIN_ADDED_PROSE_SHARE} of the text it adds is prose and that is a real part of the story.
     */
    private static Element widenToSplitStory(Element best, TextStats stats, Element body) {
        for (Element ancestor = best.parent(); ancestor != null && ancestor != body; ancestor = ancestor.parent()) {
            int bestProse = stats.of(best).proseLength();
            int addedProse = stats.of(ancestor).proseLength() - bestProse;
            int addedText = stats.textLength(ancestor) - stats.textLength(best);
            if (addedProse >= Math.max(MIN_ADDED_PROSE, bestProse * MIN_ADDED_PROSE_RATIO)
                    && addedProse >= addedText * MIN_ADDED_PROSE_SHARE) {
                best = ancestor;
            }
        }
        return best;
    }

    private static List<Element> withSiblings(Element best, NodeScorer scorer, TextStats stats, Element body) {
        Element parent = best.parent();
        if (parent == null || best == body) {
            return List.of(best);
        }
        double threshold = Math.max(MIN_SIBLING_SCORE, scorer.score(best) * SIBLING_SCORE_SHARE);
        List<Element> roots = new ArrayList<>();
        for (Element sibling : parent.children()) {
            if (sibling == best || belongsWith(sibling, best, scorer, stats, threshold)) {
                roots.add(sibling);
            }
        }
        return roots;
    }

    private static boolean belongsWith(Element sibling, Element best, NodeScorer scorer, TextStats stats,
                                       double threshold) {
        double bonus = !best.className().isEmpty() && sibling.className().equals(best.className())
                ? scorer.score(best) * SIBLING_SCORE_SHARE : 0;
        if (scorer.isCandidate(sibling) && scorer.score(sibling) + bonus >= threshold) {
            return true;
        }
        if (!sibling.nameIs("p")) {
            return false;
        }
        int length = stats.textLength(sibling);
        double linkDensity = stats.linkDensity(sibling);
        if (length > LONG_SIBLING_PARAGRAPH) {
            return linkDensity < MAX_SIBLING_LINK_DENSITY;
        }
        return length > 0 && linkDensity == 0 && SENTENCE_END.matcher(sibling.text()).find();
    }
}
