package dev.briefs.article;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Joins wrapped lines back into running text, undoing the hyphenation of words broken at a line end: the lines of a
 * PDF's paragraph, and the hard-wrapped lines of a text file, such as one a PDF's text was extracted to.
 *
 * <p>A line ending in "inter-" followed by one starting "national" was one word, "international", unless the document
 * writes "inter-national" with its hyphen elsewhere: without a dictionary, the document itself is the best evidence of
 * a compound such as "well-known". A hyphen after a digit or before a capital or a digit ("2-" / "year",
 * "Franco-" / "German", "COVID-" / "19") is always kept, without a space. A soft hyphen only ever marks a break.
 */
public final class LineJoiner {

    private static final Pattern HYPHENATED_WORD = Pattern.compile("\\p{L}+[-\u2010]\\p{L}+");
    private static final Pattern BROKEN_WORD_END = Pattern.compile("(\\p{L}+)[-\u2010]$");
    private static final Pattern WORD_START = Pattern.compile("^\\p{Ll}\\p{L}*");
    private static final Pattern HYPHEN_END = Pattern.compile("[\\p{L}\\p{N}][-\u2010]$");
    private static final int MAX_WORD_LENGTH = 64;
    private static final char SOFT_HYPHEN = '\u00AD';

    private final Set<String> compounds;

    private LineJoiner(Set<String> compounds) {
        this.compounds = compounds;
    }

    /** A joiner that knows the hyphenated compounds written out within the lines of {@code lines}. */
    public static LineJoiner forDocument(List<String> lines) {
        Set<String> compounds = new HashSet<>();
        for (String line : lines) {
            Matcher matcher = HYPHENATED_WORD.matcher(line);
            while (matcher.find()) {
                compounds.add(normalise(matcher.group()));
            }
        }
        return new LineJoiner(compounds);
    }

    /** The lines' text as one run of text. */
    public String join(List<String> lines) {
        StringBuilder text = new StringBuilder();
        for (String line : lines) {
            append(text, line);
        }
        return text.toString();
    }

    /** Appends the line {@code next} to the running {@code text}. */
    void append(StringBuilder text, String next) {
        if (text.isEmpty()) {
            text.append(next);
            return;
        }
        if (text.charAt(text.length() - 1) == SOFT_HYPHEN) {
            text.setLength(text.length() - 1);
            text.append(next);
            return;
        }
        // Only the end of the text so far matters; matching all of a long paragraph at every line would be quadratic.
        CharSequence end = text.subSequence(Math.max(0, text.length() - MAX_WORD_LENGTH), text.length());
        if (!HYPHEN_END.matcher(end).find()) {
            text.append(' ').append(next);
            return;
        }
        Matcher brokenWord = BROKEN_WORD_END.matcher(end);
        Matcher wordStart = WORD_START.matcher(next);
        if (brokenWord.find() && wordStart.find()
                && !compounds.contains(normalise(brokenWord.group(1) + "-" + wordStart.group()))) {
            text.setLength(text.length() - 1);
        }
        text.append(next);
    }

    private static String normalise(String word) {
        return word.replace('\u2010', '-').toLowerCase(Locale.ROOT);
    }
}
