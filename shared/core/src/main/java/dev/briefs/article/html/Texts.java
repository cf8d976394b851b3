package dev.briefs.article.html;

/** Whitespace handling shared by the HTML classes: the page's text as a reader sees it. */
final class Texts {

    private Texts() {
    }

    /** Whether a character renders as blank space, including the non-breaking and zero-width spaces pages use. */
    private static boolean isSpace(int c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200B' || c == '\u200C'
                || c == '\u200D' || c == '\u2060' || c == '\uFEFF' || c == '\u00AD';
    }

    /** Collapses every run of blank space to one space and strips both ends. */
    static String normalize(CharSequence text) {
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

    /** The length {@link #normalize} would return, without building the string. */
    static int normalizedLength(CharSequence text) {
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

    /** Commas in any script: Latin, Arabic, CJK full-width and ideographic. */
    static int countCommas(CharSequence text) {
        int commas = 0;
        for (int i = 0; i < text.length(); i++) {
            switch (text.charAt(i)) {
                case ',', '\u060C', '\uFE50', '\uFE10', '\uFE11', '\u2E41', '\u2E34', '\u2E32', '\uFF0C', '\u3001' ->
                        commas++;
                default -> { }
            }
        }
        return commas;
    }
}
