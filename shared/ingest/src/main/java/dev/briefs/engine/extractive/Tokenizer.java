package dev.briefs.engine.extractive;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Splits text into words. A word is a run of letters and digits that may contain inner hyphens, apostrophes and dots
 * ("game-changing", "O’Brien", "U.S"); everything else separates words. A hand-written scanner rather than a regular
 * expression keeps the cost linear on any input.
 */
final class Tokenizer {

    /** A run of white space, as {@code split("\\s+")} reads it, compiled once. */
    static final Pattern WHITE_SPACE = Pattern.compile("\\s+");

    private Tokenizer() {
    }

    /** The words of {@code text} between {@code from} and {@code to}, with offsets relative to {@code text}. */
    /** The index of the first of {@code words} from index {@code from} on that starts at or after {@code offset}. */
    static int indexFrom(List<Token> words, int from, int offset) {
        int at = from;
        while (at < words.size() && words.get(at).start() < offset) {
            at++;
        }
        return at;
    }

    static List<Token> words(String text, int from, int to) {
        return words(text, from, to, Integer.MAX_VALUE);
    }

    /** The first {@code limit} words, for a caller that only asks whether a text is short. */
    static List<Token> words(String text, int from, int to, int limit) {
        WordIndex index = WordIndex.of(text);
        return index == null ? scan(text, from, to, limit) : index.words(from, to, limit);
    }

    /** The words of {@code text[from, to)} as the scan finds them, at most {@code limit}. */
    static List<Token> scan(String text, int from, int to, int limit) {
        List<Token> tokens = new ArrayList<>();
        int i = from;
        while (i < to && tokens.size() < limit) {
            if (!isWordChar(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < to) {
                char c = text.charAt(i);
                if (isWordChar(c)) {
                    i++;
                } else if (isJoiner(c) && i + 1 < to && isWordChar(text.charAt(i + 1))) {
                    i += 2;
                } else {
                    break;
                }
            }
            tokens.add(new Token(text.substring(start, i), start, i));
        }
        return tokens;
    }

    static boolean isWordChar(char c) {
        if (c < 128) {
            return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'; // most text, without a look-up
        }
        return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK;
    }

    /** White space as a pattern's {@code \s} matches it: the ASCII space, tab, line feed, vertical tab, form feed, return. */
    static boolean isPatternSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    private static boolean isJoiner(char c) {
        return c == '-' || c == '\'' || c == '’' || c == '.' || c == '‑';
    }
}
