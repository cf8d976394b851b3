package dev.briefs.article;

import java.util.Objects;

/**
 * One unit of an article body, in reading order.
 *
 * @param kind what the block is (a paragraph, a subhead, a quotation, a list item)
 * @param text the block's text, whitespace-normalised, never blank
 */
public record Block(Kind kind, String text) {

    /** The kinds of block a parser can recognise. */
    public enum Kind { HEADING, PARAGRAPH, QUOTE, LIST_ITEM }

    public Block {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
    }

    public static Block paragraph(String text) {
        return new Block(Kind.PARAGRAPH, text);
    }

    public static Block heading(String text) {
        return new Block(Kind.HEADING, text);
    }
}
