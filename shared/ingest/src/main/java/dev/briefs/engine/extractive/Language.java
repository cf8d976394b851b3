package dev.briefs.engine.extractive;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
    /**
     * For each common word, the languages it is common in, one bit per language of {@link Lexicon#LANGUAGES}: one
     * look-up per word of the sample counts it for every language at once.
     */
    private static final Map<String, Integer> COMMON_IN = commonIn();

    private Language() {
    }

    /** The ISO 639-1 code of the language of {@code body}, or empty when no lexicon's words are common in it. */
    static String detect(String body) {
        List<Token> words = Tokenizer.words(body, 0, Math.min(body.length(), SAMPLE_WORDS * 8));
        if (words.isEmpty()) {
            return "";
        }
        int[] counts = new int[Lexicon.LANGUAGES.size()];
        for (Token word : words) {
            int languages = COMMON_IN.getOrDefault(Lexicon.lower(word.text()), 0);
            for (int i = 0; languages != 0; i++, languages >>>= 1) {
                counts[i] += languages & 1;
            }
        }
        String best = "";
        int bestCount = 0;
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] > bestCount) {
                best = Lexicon.LANGUAGES.get(i);
                bestCount = counts[i];
            }
        }
        boolean enough = words.size() < MIN_JUDGED_WORDS ? bestCount > 0 : bestCount >= MIN_SHARE * words.size();
        return enough ? best : "";
    }

    private static Map<String, Integer> commonIn() {
        Map<String, Integer> languages = new HashMap<>();
        for (int i = 0; i < Lexicon.LANGUAGES.size(); i++) {
            int bit = 1 << i;
            for (String word : Lexicon.commonWords(Lexicon.LANGUAGES.get(i))) {
                languages.merge(word, bit, (a, b) -> a | b);
            }
        }
        return Map.copyOf(languages);
    }
}
