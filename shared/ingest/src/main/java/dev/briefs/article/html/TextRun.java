package dev.briefs.article.html;

import dev.briefs.article.Block;
import org.jsoup.nodes.Element;

/**
 * A run of text between two block boundaries: what a reader sees as one paragraph, subhead, quote or list item.
 *
 * @param container  the innermost block element holding the text
 * @param kind       what the run is, from its nearest heading, list item or blockquote ancestor
 * @param text       the text, whitespace-normalised, never blank
 * @param linkLength how many of its characters are link text
 */
record TextRun(Element container, Block.Kind kind, String text, int linkLength) {

    /** Prose: long enough and with few enough links to be a paragraph of a story (Readability's sibling test). */
    private static final int MIN_PROSE_LENGTH = 80;
    private static final double MAX_PROSE_LINK_DENSITY = 0.25;

    boolean isProse() {
        return text.length() >= MIN_PROSE_LENGTH && linkDensity() < MAX_PROSE_LINK_DENSITY;
    }

    double linkDensity() {
        return text.isEmpty() ? 0 : Math.min(1.0, (double) linkLength / text.length());
    }

    Block toBlock() {
        return new Block(kind, text);
    }
}
