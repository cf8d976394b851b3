package dev.briefs.engine.extractive;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Tells the language of an article from its commonest words, which make up a good share of any prose and almost none
 * of other languages' (each language's list is the "[common]" section of its lexicon file). The engine reads every
 * language it has a lexicon for with the same stages; the language decides little more than what the brief reports.
 */
final class Language {

    private static final double MIN_SHARE = 0.10;
    /** Below this many words a name-heavy text can fall under the share: the language with most common words wins. */
    private static final int MIN_JUDGED_WORDS = 60;
    private static final int SAMPLE_WORDS = 2000;
    private static final Map<String, Set<String>> COMMON = common();

    private Language() {
    }

    /** The ISO 639-1 code of the language of {@code body}, or empty when no lexicon's words are common in it. */
    static String detect(String body) {
        List<Token> words = Tokenizer.words(body, 0, Math.min(body.length(), SAMPLE_WORDS * 8));
        if (words.isEmpty()) {
            return "";
        }
        List<String> lowered = words.stream().map(word -> Lexicon.lower(word.text())).toList(); // once, not per language
        String best = "";
        int bestCount = 0;
        for (String language : Lexicon.LANGUAGES) {
            Set<String> common = COMMON.get(language);
            int count = 0;
            for (String word : lowered) {
                count += common.contains(word) ? 1 : 0;
            }
            if (count > bestCount) {
                best = language;
                bestCount = count;
            }
        }
        boolean enough = words.size() < MIN_JUDGED_WORDS ? bestCount > 0 : bestCount >= MIN_SHARE * words.size();
        return enough ? best : "";
    }

    private static Map<String, Set<String>> common() {
        Map<String, Set<String>> common = new HashMap<>();
        for (String language : Lexicon.LANGUAGES) {
            common.put(language, Lexicon.commonWords(language));
        }
        return Map.copyOf(common);
    }
}
