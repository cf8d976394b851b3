package dev.briefs.engine.extractive;

import java.util.ArrayList;
import java.util.List;

/**
 * The words a case-insensitive cue pattern cannot match without, read off its opening: "\bas recently as\b" needs
 * "as recently as", "\b(?:days|weeks) ago" one of "days" and "weeks". A text holding none of them is turned down with
 * an {@code indexOf} instead of the pattern tried at each of its characters. Only a plain opening is read (an
 * optional {@code \b}, then ASCII letters and spaces, or a group of such alternatives); any other pattern gets no
 * words and is always tried, so a cue written some other way is slower, never missed. For patterns matched
 * without {@code UNICODE_CASE}, whose case-insensitive letters are ASCII only: those the lower-cased text keeps.
 *
 * @param anyOf the lower-case words of which every match holds one; empty when the pattern's opening says nothing
 */
record RequiredText(List<String> anyOf) {

    static RequiredText of(String regex) {
        if (hasTopLevelAlternative(regex)) {
            return new RequiredText(List.of()); // "a|b": neither side is needed
        }
        String rest = regex.startsWith("\\b") ? regex.substring(2) : regex;
        if (rest.startsWith("(?:")) {
            int close = rest.indexOf(')');
            List<String> alternatives = List.of(rest.substring(3, Math.max(3, close)).split("\\|", -1));
            boolean plain = close > 0 && !isQuantifier(rest, close + 1)
                    && alternatives.stream().allMatch(alternative -> !alternative.isEmpty() && isPlain(alternative));
            return new RequiredText(plain ? alternatives.stream().map(Lexicon::lower).toList() : List.of());
        }
        int end = 0;
        while (end < rest.length() && isPlain(rest.charAt(end))) {
            end++;
        }
        // "plans?": the letter before a quantifier may be left out
        int literal = isQuantifier(rest, end) ? end - 1 : end;
        return new RequiredText(literal > 0 ? List.of(Lexicon.lower(rest.substring(0, literal))) : List.of());
    }

    /**
     * Whether the pattern may match {@code lowerCase}, the text in lower case: it holds one of the words, or the
     * pattern needs none.
     */
    boolean mayOccurIn(String lowerCase) {
        if (anyOf.isEmpty()) {
            return true;
        }
        for (String word : anyOf) {
            if (lowerCase.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A look-ahead for the characters a match of a case-insensitive pattern starts with, to put in front of it: the
     * first of each word, which the pattern opens with, in both cases; empty when the pattern needs no words. The
     * matcher then turns the other characters down before it tries the opening's alternatives.
     */
    String firstCharacters() {
        if (anyOf.isEmpty()) {
            return "";
        }
        StringBuilder characters = new StringBuilder();
        for (String word : anyOf) {
            characters.append(word.charAt(0)).append(Character.toUpperCase(word.charAt(0)));
        }
        return "(?=[" + characters + "])";
    }

    private static boolean hasTopLevelAlternative(String regex) {
        int depth = 0;
        boolean inClass = false;
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                i++;
            } else if (inClass) {
                inClass = c != ']';
            } else if (c == '[') {
                inClass = true;
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == '|' && depth == 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean isPlain(String text) {
        return text.chars().allMatch(c -> isPlain((char) c));
    }

    /** ASCII letters and the space, which a case-insensitive pattern matches as written, in either case. */
    private static boolean isPlain(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == ' ';
    }

    private static boolean isQuantifier(String regex, int at) {
        return at < regex.length() && "?*+{".indexOf(regex.charAt(at)) >= 0;
    }
}
