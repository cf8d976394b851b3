package dev.briefs.engine.extractive;

import dev.briefs.article.WordListLines;

import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Refusals to speak in every language the engine reads ("declined to comment", "n'a pas voulu dire", "war nicht zu
 * erreichen", "не ответил на запрос"), from {@code refusals.txt}: a person whose only part in a story is one is
 * page-side reporting of an attempt to reach them, no actor.
 */
final class Refusals {

    private static final Pattern REFUSAL = Pattern.compile("(?<![\\p{L}])(?:"
            + WordListLines.read(Refusals.class, "refusals.txt").stream()
                    .map(line -> line.replace("'", "['’]")).collect(Collectors.joining("|"))
            + ")(?![\\p{L}])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** Quotation marks of every language: a sentence that quotes its subject reports speech besides a refusal. */
    private static final Pattern QUOTATION_MARK = Pattern.compile("[\"“”„«»‹›]");

    private Refusals() {
    }

    /**
     * Whether a sentence reports a refusal to speak and no words of anyone's: "Roe declined to comment", not "Roe
     * spoke of a «great day» but would not comment on the grant".
     */
    static boolean reportsOnlyRefusal(String sentence) {
        return REFUSAL.matcher(sentence).find() && !QUOTATION_MARK.matcher(sentence).find();
    }
}
