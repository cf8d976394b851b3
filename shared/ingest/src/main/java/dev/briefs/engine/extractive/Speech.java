package dev.briefs.engine.extractive;

import java.util.ArrayList;
import java.util.List;

/** The verbs that attribute words to someone ("said", "warned", "called it"), and finding them in a clause. */
final class Speech {

    /** How many words a separated particle may stand after its verb ("hielt | die Vorsitzende ihm | entgegen"). */
    private static final int MAX_SEPARATED_WORDS = 6;

    private Speech() {
    }

    static boolean isVerb(String word) {
        return Lexicon.isSpeechVerb(word);
    }

    /**
     * A verb of speech, or one that attributes only after a quotation ("…,” comments Jo Park", "…,” Jo Park, a
     * fellow at X, has written"), where elsewhere it is mostly a noun or not an attribution ("who had written it").
     */
    static boolean isVerbAfterQuotation(String word) {
        return isVerb(word) || Lexicon.isInvertedSpeechVerb(word);
    }

    /**
     * Whether {@code words[i]} is a verb of speech, or the infinitive of one after a periphrasis that makes it the
     * clause's verb ("…», acabou por dizer aos militares", "ha finito per ammettere", "a fini par lâcher").
     */
    static boolean isVerbAt(List<Token> words, int i) {
        return isVerb(words.get(i).text()) || periphrasisStart(words, i) < i && Lexicon.isSpeechInfinitive(words.get(i).text());
    }

    /** Where the periphrasis that leads {@code words[i]} starts ("acabou por" before "dizer"), else {@code i}. */
    static int periphrasisStart(List<Token> words, int i) {
        return i >= 2 && Lexicon.isPeriphrasis(words.get(i - 2).text(), words.get(i - 1).text()) ? i - 2 : i;
    }

    static boolean isParticiple(String word) {
        return Lexicon.isSpeechParticiple(word);
    }

    /**
     * The words in {@code body[from, to)} outside quotations that are verbs of speech, participles of speech
     * ("adding"), or the "according" of "according to", in order; not a plural noun after a determiner
     * ("their claims").
     */
    static List<Token> verbs(SegmentedArticle text, int from, int to) {
        List<Token> words = Tokenizer.words(text.body(), from, to);
        List<Token> verbs = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            Token word = words.get(i);
            if (text.insideQuotation(word.start())) {
                continue;
            }
            if (i > 0 && Lexicon.isDefinite(words.get(i - 1).text()) && word.text().endsWith("s")) {
                continue; // "their claims", "the calls": a plural noun
            }
            if (isVerbAt(words, i) || Lexicon.isSpeechParticiple(word.text()) || isAccording(words, i)) {
                verbs.add(word);
            }
        }
        return verbs;
    }

    /**
     * The index of the particle that closes the clause of the verb {@code words[i]}, together a verb of speech, or
     * -1: "„…“, hielt sie ihm entgegen.", "„…“, gab er zu, …", "„…“, stellte der Bürgermeister klar." The particle is
     * the clause's last word, within {@value #MAX_SEPARATED_WORDS} words, before any punctuation.
     */
    static int separatedParticle(SegmentedArticle text, List<Token> words, int i) {
        for (int j = i + 1; j < words.size() && j <= i + MAX_SEPARATED_WORDS; j++) {
            if (!text.text(words.get(j - 1).end(), words.get(j).start()).isBlank()) {
                return -1;
            }
            if (Lexicon.isSeparableSpeech(words.get(i).text(), words.get(j).text())) {
                boolean closes = j + 1 == words.size() || !text.text(words.get(j).end(), words.get(j + 1).start()).isBlank();
                return closes ? j : -1;
            }
        }
        return -1;
    }

    /** "according to", "según", "selon", "laut", "по словам": a source follows. */
    static boolean isAccording(List<Token> words, int i) {
        String word = words.get(i).text();
        if (!Lexicon.isAccording(word)) {
            return false;
        }
        if (word.equalsIgnoreCase("according")) {
            return i + 1 < words.size() && words.get(i + 1).text().equals("to");
        }
        return !word.equalsIgnoreCase("словам") || i > 0 && words.get(i - 1).text().equalsIgnoreCase("по");
    }

    static boolean isAccording(Token verb) {
        return Lexicon.isAccording(verb.text());
    }

    /** Where the source named after an "according" word starts: after "according to", else after the word. */
    static int sourceStart(Token verb) {
        return verb.text().equalsIgnoreCase("according") ? verb.end() + " to".length() : verb.end();
    }
}
