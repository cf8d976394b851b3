package dev.briefs.verify;

import dev.briefs.article.Whitespace;
import dev.briefs.article.Article;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The article as the verifier searches it: the title and the parsed body (boilerplate such as a trailing "Read also"
 * list is not part of it), normalised by {@link NormalisedText}.
 */
final class ArticleIndex {

    /** Sentence punctuation a model may leave at the end of a quote where the article has another mark or none. */
    private static final String TRAILING_PUNCTUATION = ".,;:!?";
    /** An abbreviation in brackets after the name it defines: "International Monetary Fund (IMF)". */
    private static final Pattern ABBREVIATION = Pattern.compile("(\\p{Lu}[\\p{Lu}\\p{Nd}&.]{1,9})\\)");

    private final NormalisedText text;
    /** The normalised text case-folded character by character, where a name's candidate positions are looked up. */
    private final String folded;

    ArticleIndex(Article article) {
        this.text = NormalisedText.of(article.fullText());
        this.folded = fold(text.normalised());
    }

    /**
     * Where a quote occurs verbatim: the article's own words for it, or empty.
     *
     * <p>The comparison is exact and case-sensitive after {@link NormalisedText} normalisation. Two things at the
     * edges of the model's string are not part of the quoted words and are removed first: surrounding quotation marks
     * and leading or trailing ellipses (which mark a partial quotation). Then, if the quote does not occur and ends
     * with sentence punctuation, it is tried once more without that one mark, because quoting turns a sentence's full
     * stop into a comma ({@code “We will act,” she said}) and models restore it. Either way the returned text is a
     * span of the article itself.
     */
    Optional<String> findQuote(String quote) {
        String wanted = stripQuoteEdges(NormalisedText.normalise(quote));
        if (wanted.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> found = findExact(wanted);
        if (found.isEmpty() && TRAILING_PUNCTUATION.indexOf(wanted.charAt(wanted.length() - 1)) >= 0) {
            String shorter = wanted.substring(0, wanted.length() - 1).strip();
            found = shorter.isEmpty() ? Optional.empty() : findExact(shorter);
        }
        return found;
    }

    /**
     * The name as the article supports it, or empty when the article does not contain it.
     *
     * <p>A name occurs when it stands in the text as whole words (not inside a longer word) with the same letters.
     * Case must match, except that the first letter may differ ("the Treasury" / "The Treasury") and an all-capitals
     * passage such as a shouted headline matches any case. A possessive in the article ("Starmer's") is a match for
     * "Starmer". A possessive in the model's name ("Starmer's") is removed when the article also uses the bare name,
     * and kept when only the possessive form occurs, since it may be the name itself ("McDonald's").
     */
    Optional<String> findName(String name) {
        String wanted = Whitespace.collapse(name);
        if (wanted.isEmpty()) {
            return Optional.empty();
        }
        String bare = stripPossessive(wanted);
        List<int[]> bareOccurrences = bare.equals(wanted) ? List.of() : occurrences(NormalisedText.normalise(bare));
        String haystack = text.normalised();
        boolean bareStandsAlone = bareOccurrences.stream()
                .anyMatch(at -> !haystack.startsWith(NormalisedText.QUOTE + "s", at[1]));
        if (bareStandsAlone) {
            return Optional.of(bare);
        }
        if (!occurrences(NormalisedText.normalise(wanted)).isEmpty()) {
            return Optional.of(wanted);
        }
        return bareOccurrences.isEmpty() ? Optional.empty() : Optional.of(bare);
    }

    /**
     * The positions {@code [start, end)} in the normalised text where {@code name} (already normalised) stands as
     * whole words, by the case rules of {@link #findName}.
     */
    List<int[]> occurrences(String name) {
        String haystack = text.normalised();
        List<int[]> found = new ArrayList<>();
        int length = name.length();
        if (length == 0) {
            return found;
        }
        // Without surrogates, ignoring case is comparing folded characters, so the folded text's indexOf finds every
        // position where the name may stand, far faster than trying each one.
        String foldedName = name.chars().anyMatch(c -> Character.isSurrogate((char) c)) ? null : fold(name);
        for (int start = 0; start + length <= haystack.length(); start++) {
            if (foldedName != null) {
                start = folded.indexOf(foldedName, start);
                if (start < 0) {
                    break;
                }
            }
            if (!haystack.regionMatches(true, start, name, 0, length)) {
                continue;
            }
            int end = start + length;
            if (standsAlone(haystack, start, end, name) && caseAgrees(haystack.substring(start, end), name)) {
                found.add(new int[] {start, end});
                start = end - 1;
            }
        }
        return found;
    }

    /** Short forms the article itself defines for a name: "International Monetary Fund (IMF)" defines IMF. */
    List<String> definedAbbreviations(String name) {
        // The name is looked up with indexOf and the abbreviation read where it stands, as a pattern of the quoted
        // name would find them, without compiling one per name.
        String normalised = text.normalised();
        String opening = name + " (";
        Matcher abbreviation = ABBREVIATION.matcher(normalised);
        List<String> abbreviations = new ArrayList<>();
        for (int at = normalised.indexOf(opening); at >= 0; ) {
            if (abbreviation.region(at + opening.length(), normalised.length()).lookingAt()) {
                if (!abbreviations.contains(abbreviation.group(1))) {
                    abbreviations.add(abbreviation.group(1));
                }
                at = normalised.indexOf(opening, abbreviation.end());
            } else {
                at = normalised.indexOf(opening, at + 1);
            }
        }
        return abbreviations;
    }

    /** The length of the normalised text, for callers that mark positions in it. */
    int length() {
        return text.normalised().length();
    }

    /** Each character as {@link String#regionMatches(boolean, int, String, int, int)} compares it ignoring case. */
    private static String fold(String text) {
        char[] folded = new char[text.length()];
        for (int i = 0; i < folded.length; i++) {
            folded[i] = Character.toLowerCase(Character.toUpperCase(text.charAt(i)));
        }
        return new String(folded);
    }

    private Optional<String> findExact(String wanted) {
        int at = text.normalised().indexOf(wanted);
        return at < 0 ? Optional.empty() : Optional.of(text.originalSpan(at, at + wanted.length()));
    }

    /* Surrounding quotation marks come off as a pair: a lone mark at one end belongs to a quotation inside the quote. */
    private static String stripQuoteEdges(String quote) {
        String quoteMark = String.valueOf(NormalisedText.QUOTE);
        String result = quote;
        String previous;
        do {
            previous = result;
            if (result.length() >= 2 && result.startsWith(quoteMark) && result.endsWith(quoteMark)) {
                result = result.substring(1, result.length() - 1);
            }
            for (String ellipsis : List.of("...", "\u2026")) {
                result = result.startsWith(ellipsis) ? result.substring(ellipsis.length()) : result;
                result = result.endsWith(ellipsis) ? result.substring(0, result.length() - ellipsis.length()) : result;
            }
            result = result.strip();
        } while (!result.equals(previous));
        return result;
    }

    /** "Starmer's" and "Starmer’s" to "Starmer", "Jones'" to "Jones"; other names unchanged. */
    static String stripPossessive(String name) {
        String normalised = NormalisedText.normalise(name);
        if (normalised.length() > 2 && normalised.endsWith(NormalisedText.QUOTE + "s")) {
            return name.substring(0, name.length() - 2).strip();
        }
        if (normalised.length() > 2 && normalised.endsWith("s" + NormalisedText.QUOTE)) {
            return name.substring(0, name.length() - 1).strip();
        }
        return name;
    }

    /* A boundary is only required where the name itself starts or ends with a letter or digit: "Yahoo!" ends on '!'. */
    private static boolean standsAlone(String haystack, int start, int end, String name) {
        boolean startsWord = !Character.isLetterOrDigit(name.charAt(0))
                || start == 0 || !Character.isLetterOrDigit(haystack.charAt(start - 1));
        boolean endsWord = !Character.isLetterOrDigit(name.charAt(name.length() - 1))
                || end == haystack.length() || !Character.isLetterOrDigit(haystack.charAt(end));
        return startsWord && endsWord;
    }

    private static boolean caseAgrees(String found, String name) {
        if (found.equals(name) || found.substring(1).equals(name.substring(1))) {
            return true;
        }
        return found.chars().anyMatch(Character::isLetter) && found.chars().noneMatch(Character::isLowerCase);
    }
}
