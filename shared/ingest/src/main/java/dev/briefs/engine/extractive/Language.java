package dev.briefs.engine.extractive;

import java.util.List;
import java.util.Set;

/**
 * Tells whether an article is in English. The engine's cues (titles, verbs of speech, "will", "as recently as") are
 * English; on other languages they would find names in every capitalised noun, so the engine says less instead.
 */
final class Language {

    /** The commonest English words: about a third of any English prose, almost none of other languages. */
    private static final Set<String> COMMON = Set.of("the", "and", "of", "to", "a", "in", "is", "that", "for", "on",
            "with", "was", "as", "it", "by", "at", "from", "he", "she", "they", "said", "has", "have", "are", "be",
            "this", "an", "will", "his", "her", "not", "but", "we", "their", "its", "were", "been", "who", "which");
    private static final double MIN_SHARE = 0.10;
    /** Below this many words a name-heavy English text can fall under the share: any common word will do. */
    private static final int MIN_JUDGED_WORDS = 60;
    private static final int SAMPLE_WORDS = 2000;

    private Language() {
    }

    static boolean isEnglish(String body) {
        List<Token> words = Tokenizer.words(body, 0, Math.min(body.length(), SAMPLE_WORDS * 8));
        if (words.isEmpty()) {
            return false;
        }
        int common = 0;
        for (Token word : words) {
            common += COMMON.contains(Lexicon.lower(word.text())) ? 1 : 0;
        }
        return words.size() < MIN_JUDGED_WORDS ? common > 0 : common >= MIN_SHARE * words.size();
    }
}
