package dev.briefs.article;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The words of a text that carry its content, for a cheap, deterministic test of whether a sentence supports a claim:
 * lower-cased, without function words, with plural and verb endings cut ("talks" and "talked" are "talk").
 */
public final class ContentWords {

    private static final Set<String> FUNCTION_WORDS = Set.of("a", "an", "the", "and", "or", "but", "of", "to", "in",
            "on", "at", "by", "for", "with", "from", "as", "into", "onto", "over", "after", "before", "about", "than",
            "that", "this", "these", "those", "it", "its", "is", "are", "was", "were", "be", "been", "being", "has",
            "have", "had", "will", "would", "shall", "should", "can", "could", "may", "might", "must", "do", "does",
            "did", "not", "no", "so", "if", "then", "there", "their", "they", "them", "he", "she", "his", "her", "we",
            "our", "you", "your", "i", "who", "whom", "which", "what", "when", "where", "while", "also", "up", "out",
            "now", "new", "said", "says", "say");

    private ContentWords() {
    }

    /** The content words of {@code text}, stemmed. */
    public static Set<String> of(String text) {
        Set<String> words = new HashSet<>();
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            boolean letter = i < text.length() && Character.isLetterOrDigit(text.charAt(i));
            if (letter && start < 0) {
                start = i;
            } else if (!letter && start >= 0) {
                String word = text.substring(start, i).toLowerCase(Locale.ROOT);
                if (!FUNCTION_WORDS.contains(word)) {
                    words.add(stem(word));
                }
                start = -1;
            }
        }
        return words;
    }

    /** The share of {@code claim}'s words that {@code support} contains; 0 for a claim without content words. */
    public static double share(Set<String> claim, Set<String> support) {
        if (claim.isEmpty()) {
            return 0;
        }
        int found = 0;
        for (String word : claim) {
            found += support.contains(word) ? 1 : 0;
        }
        return (double) found / claim.size();
    }

    private static String stem(String word) {
        for (String ending : new String[] {"ing", "ed", "es", "s"}) {
            if (word.length() > ending.length() + 2 && word.endsWith(ending) && !word.endsWith("ss")) {
                return word.substring(0, word.length() - ending.length());
            }
        }
        return word;
    }
}
