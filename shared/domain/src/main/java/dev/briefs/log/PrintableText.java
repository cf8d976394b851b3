package dev.briefs.log;

/**
 * Text from outside (an object key, a file name) made safe to print for people: a terminal acts on control
 * characters, so a key holding ESC, BEL, CR or LF could recolour the console, ring its bell or forge a line of output.
 * Each such character becomes a visible escape ({@code \u001B}); a backslash becomes {@code \\}, so that a key that
 * really holds "\u001B" stays distinguishable. JSON log lines need none of this: JSON escapes control characters.
 */
public final class PrintableText {

    private PrintableText() {
    }

    /** Whether a terminal acts on {@code c} rather than showing it: C0 and C1 controls, DEL, bidirectional overrides. */
    public static boolean actsOnTerminal(int c) {
        return Character.isISOControl(c) || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
    }

    /** {@code text} with every character {@link #actsOnTerminal} escaped. */
    public static String of(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean unsafe = actsOnTerminal(c) || c == '\\';
            if (unsafe && out == null) {
                out = new StringBuilder(text.length() + 8).append(text, 0, i);
            }
            if (out != null) {
                if (c == '\\') {
                    out.append("\\\\");
                } else if (unsafe) {
                    out.append(String.format("\\u%04X", (int) c));
                } else {
                    out.append(c);
                }
            }
        }
        return out == null ? text : out.toString();
    }
}
