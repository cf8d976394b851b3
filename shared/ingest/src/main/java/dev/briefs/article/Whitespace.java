package dev.briefs.article;

/** Blank space as a reader sees it, for the parsers and the verifier alike. */
public final class Whitespace {

    private Whitespace() {
    }

    /** Whether a character renders as blank space, including the non-breaking and zero-width spaces pages use. */
    public static boolean isSpace(int c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200B' || c == '\u200C'
                || c == '\u200D' || c == '\u2060' || c == '\uFEFF' || c == '\u00AD';
    }

    /** {@code text} with each run of blank space turned into one space and both ends stripped; nothing else changes. */
    public static String collapse(CharSequence text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean pendingSpace = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isSpace(c)) {
                pendingSpace = !out.isEmpty();
            } else {
                if (pendingSpace) {
                    out.append(' ');
                    pendingSpace = false;
                }
                out.append(c);
            }
        }
        return out.toString();
    }

    /** The length {@link #collapse} would return, without building the string. */
    public static int collapsedLength(CharSequence text) {
        int length = 0;
        boolean pendingSpace = false;
        for (int i = 0; i < text.length(); i++) {
            if (isSpace(text.charAt(i))) {
                pendingSpace = length > 0;
            } else {
                length += pendingSpace ? 2 : 1;
                pendingSpace = false;
            }
        }
        return length;
    }
}
