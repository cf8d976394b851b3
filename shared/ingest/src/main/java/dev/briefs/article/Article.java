package dev.briefs.article;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A parsed article: its title and its body blocks in reading order.
 * Boilerplate (navigation, "Read also" lists and the like) has already been removed and is not part of the body.
 *
 * @param title    the headline
 * @param blocks   the body, title excluded
 * @param format   the format the article was parsed from
 * @param metadata what the source said about itself
 */
public record Article(String title, List<Block> blocks, ArticleFormat format, ArticleMetadata metadata) {

    /** No Han, Hiragana or Katakana character comes before U+2E80, the first CJK radical. */
    private static final int FIRST_UNSPACED = 0x2E80;

    public Article {
        title = HeadlineLabels.strip(Objects.requireNonNull(title, "title"));
        blocks = List.copyOf(blocks);
        Objects.requireNonNull(format, "format");
        metadata = metadata == null ? ArticleMetadata.NONE : metadata;
    }

    /** The body as plain text: one block per line, title excluded. */
    public String body() {
        return blocks.stream().map(Block::text).collect(Collectors.joining("\n"));
    }

    /** The title and the body, the text an engine may draw from and a verifier checks against. */
    public String fullText() {
        return title.isEmpty() ? body() : title + "\n" + body();
    }

    /**
     * The number of words in the body: whitespace-separated words, where each Chinese or Japanese character counts
     * as one, since those scripts do not separate words with spaces.
     */
    public int wordCount() {
        int count = 0;
        for (Block block : blocks) {
            count += wordCount(block.text().trim());
        }
        return count;
    }

    /** The number of words in {@code text}, counted as {@link #wordCount()} counts the body's. */
    public static int wordCount(String text) {
        int count = 0;
        int at = 0;
        while (at < text.length()) {
            if (isSeparator(text.charAt(at))) {
                at++;
                continue;
            }
            int dense = 0;
            while (at < text.length() && !isSeparator(text.charAt(at))) {
                int codePoint = text.codePointAt(at);
                dense += isUnspacedScript(codePoint) ? 1 : 0;
                at += Character.charCount(codePoint);
            }
            count += Math.max(dense, 1);
        }
        return count;
    }

    /** The whitespace that separates words: ASCII's, as a pattern's {@code \s}. */
    private static boolean isSeparator(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    private static boolean isUnspacedScript(int codePoint) {
        if (codePoint < FIRST_UNSPACED) {
            return false; // most text: no look-up of its script
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA;
    }
}
