package dev.briefs.verify;

import dev.briefs.article.Whitespace;

/**
 * A text with whitespace and quotation-mark style normalised, and a map back to the original characters.
 *
 * <p>The normalisation is deliberately narrow, because a verbatim check that forgives more stops being one:
 * <ul>
 *   <li>every run of whitespace (spaces, tabs, line breaks, no-break and other Unicode spaces) becomes one space,
 *       and leading and trailing whitespace is dropped;</li>
 *   <li>every quotation mark, straight or typographic, single or double, guillemets included, becomes {@code "}.
 *       The typographic apostrophe is the same character as the closing single quotation mark (U+2019), so
 *       {@code don’t} and {@code don't} compare equal; single and double marks are merged because a quotation
 *       nested in another swaps between them when it is re-quoted.</li>
 * </ul>
 * Nothing else changes: not case, not dashes, not ellipses, not other punctuation, not diacritics.
 */
final class NormalisedText {

    /** The canonical quotation mark every other one is mapped to. */
    static final char QUOTE = '"';

    private final String original;
    private final String normalised;
    /** For each character of {@link #normalised}, the index of the original character it stands for. */
    private final int[] originalIndex;

    private NormalisedText(String original, String normalised, int[] originalIndex) {
        this.original = original;
        this.normalised = normalised;
        this.originalIndex = originalIndex;
    }

    /** Normalises {@code text}, remembering where each character came from. */
    static NormalisedText of(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int[] index = new int[text.length()];
        boolean pendingSpace = false;
        int pendingSpaceAt = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Whitespace.isSpace(c)) {
                if (!pendingSpace) {
                    pendingSpaceAt = i;
                }
                pendingSpace = true;
                continue;
            }
            if (pendingSpace && !out.isEmpty()) {
                index[out.length()] = pendingSpaceAt;
                out.append(' ');
            }
            pendingSpace = false;
            index[out.length()] = i;
            out.append(isQuotationMark(c) ? QUOTE : c);
        }
        int[] trimmed = new int[out.length()];
        System.arraycopy(index, 0, trimmed, 0, out.length());
        return new NormalisedText(text, out.toString(), trimmed);
    }

    /** {@code text} normalised, for comparing a model's string with the article. */
    static String normalise(String text) {
        return of(text).normalised;
    }

    String normalised() {
        return normalised;
    }

    /**
     * The original text behind normalised characters {@code [start, end)}, with its whitespace runs collapsed to one
     * space: the article's own characters (its quotation marks, its apostrophes), without its layout.
     */
    String originalSpan(int start, int end) {
        if (start >= end) {
            return "";
        }
        String span = original.substring(originalIndex[start], originalIndex[end - 1] + 1);
        return Whitespace.collapse(span);
    }


    /** Straight, typographic and low-9 quotation marks, single and double, and single and double guillemets. */
    static boolean isQuotationMark(char c) {
        return switch (c) {
            case '"', '\'', '\u201C', '\u201D', '\u201E', '\u201F', '\u2018', '\u2019', '\u201A', '\u201B',
                 '\u00AB', '\u00BB', '\u2039', '\u203A', '\u301D', '\u301E', '\u301F', '\uFF02', '\uFF07' -> true;
            default -> false;
        };
    }
}
