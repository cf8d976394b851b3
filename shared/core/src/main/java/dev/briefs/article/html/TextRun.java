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

    double linkDensity() {
        return text.isEmpty() ? 0 : Math.min(1.0, (double) linkLength / text.length());
    }

    Block toBlock() {
        return new Block(kind, text);
    }
}
