package dev.briefs.engine.extractive;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Shortens a sentence to its main clause when it is long: a trailing participle or relative clause (", replaced by
 * …", ", which …", ", such as …") goes first; then the sentence is cut at the last comma before the word limit. The
 * result is always a prefix of the input, so it stays a verbatim excerpt.
 */
final class ClauseTrimmer {

    static final int LONG_SENTENCE_WORDS = 30;
    private static final int MAX_WORDS = 40;
    private static final int MIN_HEAD_WORDS = 6;
    private static final int MAX_CHARS = 2000;
    private static final Pattern TRAILING_CLAUSE = Pattern.compile(
            ",\\s+(?:replaced|including|such as|which|while|where|whereas|according|as well as|prompting|leaving|adding"
                    + "|saying|noting|amid|despite|though|although|with|citing|after|in a move|a move|who)\\b");

    /** Subordinate clauses that a long sentence's main clause can do without. */
    private static final Pattern SUBORDINATE_CLAUSE = Pattern.compile(
            "\\s(?:when|because|as soon as|so that|even though|although|whereas|while)\\s");
    /** The longest subject an apposition may follow: "Ambassador Gordon Sondland". */
    private static final int MAX_SUBJECT_WORDS = 4;

    private ClauseTrimmer() {
    }

    /** {@code sentence} itself when short, else its main clause; never longer than {@value #MAX_WORDS} words. */
    static String trim(String sentence) {
        String text = sentence.strip();
        if (text.length() > MAX_CHARS) {
            // Whatever is kept lies within the first words; looking further only costs time on run-on text.
            text = text.substring(0, text.lastIndexOf(' ', MAX_CHARS) > 0 ? text.lastIndexOf(' ', MAX_CHARS) : MAX_CHARS);
        }
        if (words(text) <= LONG_SENTENCE_WORDS) {
            return text;
        }
        Matcher clause = TRAILING_CLAUSE.matcher(text);
        while (clause.find()) {
            if (words(text.substring(0, clause.start())) >= MIN_HEAD_WORDS) {
                text = text.substring(0, clause.start());
                break;
            }
        }
        if (words(text) > LONG_SENTENCE_WORDS) {
            // "X, the most awaited witness, is likely to be unpredictable when he faces…": the subordinate clause goes.
            Matcher subordinate = SUBORDINATE_CLAUSE.matcher(text);
            while (subordinate.find()) {
                String head = text.substring(0, subordinate.start());
                if (words(head) >= MIN_HEAD_WORDS && !openApposition(head)) {
                    text = head;
                    break;
                }
            }
        }
        if (words(text) <= MAX_WORDS) {
            return text;
        }
        int cut = cutOffset(text, MAX_WORDS);
        int comma = text.lastIndexOf(", ", cut);
        boolean cleanComma = comma > 0 && words(text.substring(0, comma)) >= MIN_HEAD_WORDS
                && !openApposition(text.substring(0, comma + 1));
        return text.substring(0, cleanComma ? comma : cut).strip();
    }

    /**
     * Whether the text ends inside, or right at the end of, an apposition of its subject: "Gordon Sondland, the most
     * anticipated witness," has a subject and its description but not yet its verb.
     */
    private static boolean openApposition(String head) {
        int first = head.indexOf(", ");
        if (first < 0 || words(head.substring(0, first)) > MAX_SUBJECT_WORDS) {
            return false;
        }
        int second = head.indexOf(", ", first + 2);
        return second < 0 || second >= head.strip().length() - 1;
    }

    private static int cutOffset(String text, int words) {
        int count = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            boolean space = Character.isWhitespace(text.charAt(i));
            if (!space && !inWord && ++count > words) {
                return i;
            }
            inWord = !space;
        }
        return text.length();
    }

    /** The number of whitespace-separated words. */
    static int words(String text) {
        int count = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            boolean space = Character.isWhitespace(text.charAt(i));
            count += !space && !inWord ? 1 : 0;
            inWord = !space;
        }
        return count;
    }

    /** The text stripped, without the punctuation a clause cut from its sentence may end with (".,;:" and dashes). */
    static String stripTrailingPunctuation(String text) {
        String result = text.strip();
        while (!result.isEmpty() && ".,;:—–-".indexOf(result.charAt(result.length() - 1)) >= 0) {
            result = result.substring(0, result.length() - 1).strip();
        }
        return result;
    }
}
