package dev.briefs.article.html;

import dev.briefs.article.Block;
import dev.briefs.article.BoilerplateFilter;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The last sieve over the article's runs of text: drops the headline repeated as a subhead, lines that are mostly
 * links (a "Read more: other story" line, a tag list), then the page furniture and trailing lists of other headlines
 * that {@link BoilerplateFilter} knows in any format.
 */
final class RunFilter {

    /**
     * A short run that is mostly link text is a pointer to another page; a long one is prose that links a lot, as
     * list items whose lead-in is a linked headline and paragraphs that link every name are.
     */
    private static final double MAX_LINK_DENSITY = 0.5;
    private static final int LONG_RUN = 150;

    private RunFilter() {
    }

    static List<Block> blocks(List<TextRun> runs, String title) {
        String headline = comparable(title);
        List<Block> blocks = new ArrayList<>(runs.size());
        for (TextRun run : runs) {
            if (run.kind() == Block.Kind.HEADING && comparable(run.text()).equals(headline)) {
                continue;
            }
            if (run.linkDensity() > MAX_LINK_DENSITY && run.text().length() < LONG_RUN) {
                continue;
            }
            blocks.add(run.toBlock());
        }
        return BoilerplateFilter.filter(blocks);
    }

    private static String comparable(String text) {
        return Texts.normalize(text).toLowerCase(Locale.ROOT);
    }
}
