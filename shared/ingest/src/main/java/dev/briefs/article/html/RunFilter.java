package dev.briefs.article.html;

import dev.briefs.article.Whitespace;
import dev.briefs.article.Block;
import dev.briefs.article.BoilerplateFilter;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The last sieve over the article's runs of text. It drops the headline repeated as a subhead, lines that are mostly
 * links (a "Read more: other story" line, a tag list), datelines above the first paragraph and a closing list of
 * links under a subhead; then the page furniture and trailing "Related" sections that {@link BoilerplateFilter}
 * knows in any format.
 */
final class RunFilter {

    /**
     * A short run that is mostly link text is a pointer to another page, unless it ends a sentence; a long one is
     * prose that links a lot (a list item led by a linked headline, a paragraph linking every name) unless almost
     * all of it is linked.
     */
    private static final double MAX_LINK_DENSITY = 0.5;
    private static final int LONG_RUN = 150;
    private static final double MAX_LONG_LINK_DENSITY = 0.85;
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?…。！？][\"'”’»)]?$");

    /** A day, month and year, or a clock time, in the forms datelines use in most languages. */
    private static final Pattern DATE = Pattern.compile(
            "\\b\\d{1,2}[./]\\d{1,2}[./]\\d{2,4}\\b|\\b\\d{4}-\\d{2}-\\d{2}\\b|\\b\\d{1,2}[:h]\\d{2}\\b"
                    + "|\\b\\d{1,2}\\.?\\s+(de\\s+)?\\p{L}{3,}\\.?,?\\s+(de\\s+)?(19|20)\\d{2}\\b"
                    + "|\\b\\p{L}{3,}\\.?\\s+\\d{1,2}(st|nd|rd|th)?,?\\s+(19|20)\\d{2}\\b");
    /** Datelines and bylines are short; a longer line with a date in it is a sentence of the story. */
    private static final int MAX_DATELINE_LENGTH = 100;

    /** A closing list of links: at least this many items under a subhead no longer than this. */
    private static final int MIN_TRAILING_LINKS = 2;
    private static final int MAX_SUBHEAD_LENGTH = 60;

    private RunFilter() {
    }

    static List<Block> blocks(List<TextRun> runs, String title) {
        String headline = comparable(title);
        List<Block> blocks = new ArrayList<>(runs.size());
        boolean storyStarted = false;
        for (TextRun run : runs.subList(0, trailingLinkListStart(runs))) {
            storyStarted |= run.isProse();
            boolean repeatsHeadline = run.kind() == Block.Kind.HEADING && comparable(run.text()).equals(headline);
            if (!repeatsHeadline && !isLinkLine(run) && (storyStarted || !isDateline(run))) {
                blocks.add(run.toBlock());
            }
        }
        return BoilerplateFilter.filter(blocks);
    }

    /**
     * Where a closing list of links to other stories starts, under a subhead in any wording ("More Great Stories"):
     * a short line followed, to the end, by list items that each hold a link and are not prose. The number of runs
     * when there is no such list.
     */
    private static int trailingLinkListStart(List<TextRun> runs) {
        int start = runs.size();
        while (start > 0 && isLinkItem(runs.get(start - 1))) {
            start--;
        }
        boolean headed = start > 0 && runs.get(start - 1).text().length() <= MAX_SUBHEAD_LENGTH
                && !runs.get(start - 1).isProse();
        return runs.size() - start >= MIN_TRAILING_LINKS && headed ? start - 1 : runs.size();
    }

    /** A list item that points to another page: it has a link and is not a paragraph of prose itself. */
    private static boolean isLinkItem(TextRun run) {
        return run.kind() == Block.Kind.LIST_ITEM && run.linkLength() > 0 && !run.isProse();
    }

    private static boolean isLinkLine(TextRun run) {
        double density = run.linkDensity();
        return density > MAX_LONG_LINK_DENSITY || density > MAX_LINK_DENSITY && run.text().length() < LONG_RUN
                && !SENTENCE_END.matcher(run.text()).find();
    }

    /** A short line with a date, above the first paragraph: the story's dateline or byline, not its text. */
    private static boolean isDateline(TextRun run) {
        return run.text().length() <= MAX_DATELINE_LENGTH && DATE.matcher(run.text()).find();
    }

    private static String comparable(String text) {
        return Whitespace.collapse(text).toLowerCase(Locale.ROOT);
    }
}
