package dev.briefs.article;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits a paragraph into sentences: a sentence ends at ".", "!", "?" or "…" (with any closing quotation marks or
 * brackets after it) followed by a space and a capital, a digit or an opening mark. A full stop after an abbreviation
 * ("Dr.", "Sept.") or an initial ("Donald J. Trump") does not end a sentence. The one segmentation of the project:
 * the engines, the verifier, the model's prompt and the stored article ({@link NumberedSentences}) all use it.
 */
public final class SentenceSplitter {

    private static final Set<String> ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "prof", "st", "sen", "rep", "gov",
            "gen", "col", "lt", "sgt", "capt", "cmdr", "adm", "maj", "jr", "sr", "rev", "no", "vs", "v", "fig", "approx",
            "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mt", "ft", "ave",
            "u.s", "u.k", "u.n", "e.g", "i.e", "d.c");
    /** Months after a German ordinal day ("am 1. März"), whose full stop ends no sentence. */
    private static final Set<String> ORDINAL_MONTHS = Set.of("januar", "jänner", "februar", "märz", "april", "mai",
            "juni", "juli", "august", "september", "oktober", "november", "dezember");
    /**
     * German articles and article-bearing prepositions before an ordinal ("in der 94. Minute", "zum 3. Mal"), whose
     * number's full stop ends no sentence. Not "am", which is English too ("I am 9. My mother…").
     */
    private static final Set<String> BEFORE_ORDINAL = Set.of("der", "die", "das", "dem", "den", "des", "im", "zum",
            "zur", "vom", "beim");
    /**
     * Legal forms of companies and US state abbreviations (and any dotted one, "S.C."), whose full stop ends no
     * sentence before a parenthesis: a press release's "Acme Inc. (NASDAQ: ACME) said" and a wire dateline's
     * "PALO ALTO, Calif. (AP) —". Before a capital they may end one ("bought by Acme Inc. The deal ..."), so they are
     * not abbreviations everywhere.
     */
    private static final Set<String> BEFORE_PARENTHESIS = Set.of("inc", "corp", "co", "cos", "ltd", "bros", "ala",
            "ariz", "ark", "calif", "colo", "conn", "del", "fla", "ga", "ill", "ind", "kan", "kans", "ky", "la", "md",
            "mass", "mich", "minn", "miss", "mo", "mont", "neb", "nev", "okla", "ore", "pa", "tenn", "tex", "va", "vt",
            "wash", "wis", "wyo");
    private static final String CLOSERS = "\"”’»)]'";
    private static final String OPENERS = "\"“‘«„([";

    private SentenceSplitter() {
    }

    /** Sentence ranges {start, end} of {@code text} between {@code from} and {@code to}, trimmed of spaces. */
    public static List<int[]> split(String text, int from, int to) {
        return split(text, from, to, false);
    }

    /**
     * Sentence ranges of text written without capitals, as speech-to-text captions are: a sentence may start with a
     * lower-case letter, and a word with a full stop inside ("a.m.", "u.s.") is an abbreviation.
     */
    public static List<int[]> splitCaseless(String text, int from, int to) {
        return split(text, from, to, true);
    }

    private static List<int[]> split(String text, int from, int to, boolean caseless) {
        List<int[]> sentences = new ArrayList<>();
        int start = from;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c != '.' && c != '!' && c != '?' && c != '…') {
                continue;
            }
            int end = i + 1;
            while (end < to && CLOSERS.indexOf(text.charAt(end)) >= 0) {
                end++;
            }
            if (end >= to || !Character.isWhitespace(text.charAt(end))) {
                continue;
            }
            int next = end;
            while (next < to && Character.isWhitespace(text.charAt(next))) {
                next++;
            }
            if (next >= to || !startsSentence(text.charAt(next), caseless)
                    || (c == '.' && end == i + 1 && (abbreviation(text, i, caseless) || ordinalDate(text, i, next)
                            || articledOrdinal(text, i)
                            || text.charAt(next) == '(' && beforeParenthesis(wordBefore(text, i))))) {
                continue;
            }
            add(sentences, text, start, end);
            start = next;
            i = next - 1;
        }
        add(sentences, text, start, to);
        return sentences;
    }

    private static boolean startsSentence(char c, boolean caseless) {
        return Character.isUpperCase(c) || Character.isDigit(c) || OPENERS.indexOf(c) >= 0
                || caseless && Character.isLetter(c);
    }

    /** Whether the full stop at {@code dot} closes an abbreviation or an initial rather than a sentence. */
    private static boolean abbreviation(String text, int dot, boolean caseless) {
        String word = text.substring(wordStart(text, dot), dot);
        if (word.length() == 1 && (caseless || Character.isUpperCase(word.charAt(0)))) {
            return true;
        }
        if (caseless && word.indexOf('.') > 0) {
            return true;
        }
        return ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT));
    }

    /** Whether {@code word} is a legal form, a state or a dotted abbreviation ("S.C", "N.Y"). */
    private static boolean beforeParenthesis(String word) {
        return BEFORE_PARENTHESIS.contains(word) || word.indexOf('.') > 0;
    }

    /** The word, lower-cased, that the full stop at {@code dot} ends. */
    private static String wordBefore(String text, int dot) {
        return text.substring(wordStart(text, dot), dot).toLowerCase(Locale.ROOT);
    }

    private static int wordStart(String text, int dot) {
        int start = dot;
        while (start > 0 && (Character.isLetter(text.charAt(start - 1)) || text.charAt(start - 1) == '.')) {
            start--;
        }
        return start;
    }

    /** Whether the full stop at {@code dot} follows a day of one or two digits and precedes a month: "zum 1. März". */
    private static boolean ordinalDate(String text, int dot, int next) {
        int digits = 0;
        while (dot - digits > 0 && Character.isDigit(text.charAt(dot - digits - 1))) {
            digits++;
        }
        if (digits == 0 || digits > 2 || dot - digits > 0 && Character.isLetterOrDigit(text.charAt(dot - digits - 1))) {
            return false;
        }
        int end = next;
        while (end < text.length() && Character.isLetter(text.charAt(end))) {
            end++;
        }
        return ORDINAL_MONTHS.contains(text.substring(next, end).toLowerCase(Locale.ROOT));
    }

    /**
     * Whether the full stop at {@code dot} follows a number of one to three digits after a German article: an ordinal,
     * "in der 94. Minute", "beim 2. Versuch".
     */
    private static boolean articledOrdinal(String text, int dot) {
        int digits = 0;
        while (dot - digits > 0 && Character.isDigit(text.charAt(dot - digits - 1))) {
            digits++;
        }
        int space = dot - digits - 1;
        if (digits == 0 || digits > 3 || space < 1 || text.charAt(space) != ' ') {
            return false;
        }
        int start = space;
        while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
            start--;
        }
        return BEFORE_ORDINAL.contains(text.substring(start, space).toLowerCase(Locale.ROOT));
    }

    private static void add(List<int[]> sentences, String text, int start, int end) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end > start) {
            sentences.add(new int[] {start, end});
        }
    }
}
