package dev.briefs.engine.extractive;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Recognises the lines that credit the people who made a story rather than those in it: bylines ("By Jane Doe", "Por
 * Lucía Berrocal"), photo and reporting credits ("Photo: …", "PHOTO: AP", "(Reporting by …; Editing by …)"),
 * contributor lines ("Contributing: …", "… contributed to this report") and copyright notices.
 */
final class Credits {

    private static final int MAX_CREDIT_WORDS = 40;
    private static final Pattern CONTRIBUTED = Pattern.compile(
            "(?i)\\bcontributed (?:to this (?:report|story|article)|reporting)\\b|^\\s*(?:©|copyright\\b)");
    /** A credit word then, within a few words, the colon, slash or "by" that introduces the names. */
    private static final Pattern INTRODUCED = Pattern.compile("^\\W*(?:\\p{L}+\\W+){0,2}?(?::|/|\\bby\\b|\\bvon\\b|\\bpor\\b|\\bpar\\b)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS);

    private Credits() {
    }

    /** Whether the paragraph is a byline or a credit line. */
    static boolean isCredit(String paragraph) {
        List<Token> words = Tokenizer.words(paragraph, 0, paragraph.length());
        if (words.isEmpty() || words.size() > MAX_CREDIT_WORDS) {
            return false;
        }
        if (CONTRIBUTED.matcher(paragraph).find()) {
            return true;
        }
        return Lexicon.isCreditWord(words.getFirst().text()) && INTRODUCED.matcher(paragraph).lookingAt()
                || Lexicon.isCreditWord(words.getFirst().text()) && words.size() <= 8 && Character.isUpperCase(
                words.get(Math.min(1, words.size() - 1)).text().charAt(0));
    }
}
