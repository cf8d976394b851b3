package dev.briefs.article.html;

import dev.briefs.article.Block;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the article's text in a cleaned page. The first pass is strict (clutter-named elements removed up front,
 * class names weighed, furniture-shaped blocks cleaned); when it yields less than {@value #ENOUGH_TEXT} characters
 * the page is probably built in a way the strict rules misread, so each further pass relaxes one rule, as
 * Readability does, and the longest result wins if none reaches the threshold.
 */
final class MainTextExtractor {

    private static final int ENOUGH_TEXT = 500;

    /** The rules each pass applies. */
    private enum Pass {
        STRICT(true, true, true),
        KEEP_UNLIKELY(false, true, true),
        IGNORE_CLASSES(false, false, true),
        KEEP_EVERYTHING(false, false, false);

        final boolean removeUnlikely;
        final boolean weighClasses;
        final boolean cleanConditionally;

        Pass(boolean removeUnlikely, boolean weighClasses, boolean cleanConditionally) {
            this.removeUnlikely = removeUnlikely;
            this.weighClasses = weighClasses;
            this.cleanConditionally = cleanConditionally;
        }
    }

    private MainTextExtractor() {
    }

    /** The article's blocks; empty when the page has no paragraph of text. {@code page} is modified. */
    static List<Block> extract(Document page, String title, Deadline deadline) {
        List<Block> longest = List.of();
        Pass[] passes = Pass.values();
        for (int i = 0; i < passes.length; i++) {
            boolean last = i == passes.length - 1;
            Document copy = last ? page : page.clone();
            List<Block> blocks = extractOnce(copy, passes[i], title, deadline);
            int length = textLength(blocks);
            if (length >= ENOUGH_TEXT) {
                return blocks;
            }
            if (length > textLength(longest)) {
                longest = blocks;
            }
            deadline.check();
        }
        return longest;
    }

    private static List<Block> extractOnce(Document page, Pass pass, String title, Deadline deadline) {
        Element body = page.body();
        if (pass.removeUnlikely) {
            DocumentCleaner.removeUnlikelyCandidates(body);
        }
        List<TextRun> pageRuns = TextRunSplitter.split(body, deadline);
        TextStats stats = TextStats.measure(body, pageRuns);
        NodeScorer scorer = NodeScorer.score(pageRuns, stats, pass.weighClasses);
        List<Element> roots = MainContentFinder.find(body, scorer, stats);
        ContentCleaner.removeNamedClutter(roots, stats);
        if (pass.cleanConditionally) {
            ContentCleaner.removeFurnitureShapedBlocks(roots, scorer, stats, deadline);
        }
        List<TextRun> runs = new ArrayList<>();
        for (Element root : roots) {
            runs.addAll(TextRunSplitter.split(root, deadline));
        }
        return RunFilter.blocks(runs, title);
    }

    static int textLength(List<Block> blocks) {
        int length = 0;
        for (Block block : blocks) {
            length += block.text().length();
        }
        return length;
    }
}
