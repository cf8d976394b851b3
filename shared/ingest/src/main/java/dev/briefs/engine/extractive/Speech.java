package dev.briefs.engine.extractive;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The verbs that attribute words to someone ("said", "warned", "called it"), and finding them in a clause. */
final class Speech {

    /** Finite verbs of speech, and verbs that characterise ("called it", "dubbed"), which attribute quoted fragments. */
    private static final Set<String> VERBS = Set.of("said", "says", "say", "told", "tells", "added", "adds", "wrote",
            "writes", "tweeted", "posted", "stated", "states", "declared", "declares", "announced", "announces", "warned",
            "warns", "reiterated", "reiterates", "reaffirmed", "stressed", "stresses", "insisted", "insists", "argued",
            "argues", "explained", "explains", "noted", "notes", "observed", "remarked", "commented", "replied",
            "replies", "responded", "answered", "asked", "asks", "urged", "urges", "claimed", "claims", "acknowledged",
            "admitted", "admits", "conceded", "cautioned", "predicted", "predicts", "recalled", "recalls", "continued",
            "continues", "concluded", "confirmed", "confirms", "suggested", "suggests", "maintained", "contended",
            "countered", "joked", "quipped", "underlined", "underscored", "emphasised", "emphasized", "highlighted",
            "called", "calls", "described", "describes", "dubbed", "termed", "branded", "labelled", "labeled", "hailed",
            "praised", "criticised", "criticized", "slammed", "blasted", "accused", "pledged", "promised", "vowed",
            "boasted", "complained", "lamented", "assured", "shouted", "recounted", "mused", "exclaimed", "testified",
            "texted", "emailed", "wondered", "thundered", "agreed", "disagreed", "objected");

    /** Participles that carry on the attribution of the clause before them ("…”, adding that…"). */
    private static final Set<String> PARTICIPLES = Set.of("saying", "adding", "noting", "telling", "warning",
            "insisting", "arguing", "explaining", "writing", "calling", "describing", "stressing", "urging");

    private Speech() {
    }

    static boolean isVerb(String word) {
        return VERBS.contains(word);
    }

    static boolean isParticiple(String word) {
        return PARTICIPLES.contains(Lexicon.lower(word));
    }

    /**
     * The words in {@code body[from, to)} outside quotations that are verbs of speech, or the "according" of
     * "according to", in order.
     */
    static List<Token> verbs(ArticleText text, int from, int to) {
        List<Token> words = Tokenizer.words(text.body(), from, to);
        List<Token> verbs = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            Token word = words.get(i);
            if (text.insideQuotation(word.start())) {
                continue;
            }
            if (VERBS.contains(word.text()) || word.text().equalsIgnoreCase("according") && i + 1 < words.size()
                    && words.get(i + 1).text().equals("to")) {
                verbs.add(word);
            }
        }
        return verbs;
    }

    static boolean isAccording(Token verb) {
        return verb.text().equalsIgnoreCase("according");
    }
}
