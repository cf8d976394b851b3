package dev.briefs.engine.extractive;

import java.util.List;
import java.util.Set;

/** A name as the object of its clause: after a verb of action ("defeated Ann Roe") or a preposition of place. */
final class ObjectClause {

    /** Verbs of speech that act on their object, as the other verbs of address (told, asked, called) do not. */
    /** The determiners that open an object a name may stand in apposition to: "the previous operator, Coastway Trains". */
    private static final Set<String> OBJECT_DETERMINERS = Set.of("the", "its", "their", "his", "her");
    /** How many words the object before the apposition may have, its determiner included. */
    private static final int MAX_OBJECT_WORDS = 4;
    private static final Set<String> DEEDS_OF_WORDS = Set.of("accused", "accuses", "praised", "criticised", "criticized",
            "slammed", "blasted", "hailed", "urged", "urges", "warned", "warns", "thanked", "reminded", "assured");

    private ObjectClause() {
    }

    /**
     * Whether a verb of action stands right before the run, as before its object: "defeated Ann Roe". A country
     * needs a verb of the list ("invaded Chile", "accused Chile"): aid "reached" it, a team "visited" it.
     */
    static boolean actedOn(String body, List<Token> tokens, int from, boolean country) {
        if (from == 0) {
            return false;
        }
        if (!body.substring(tokens.get(from - 1).end(), tokens.get(from).start()).isBlank()) {
            return !country && objectInApposition(body, tokens, from);
        }
        return verbOfAction(tokens.get(from - 1), country);
    }

    /**
     * Whether the name stands in apposition to the object of a verb of action: "stripped the previous operator,
     * Coastway Trains, of the franchise".
     */
    private static boolean objectInApposition(String body, List<Token> tokens, int from) {
        if (!body.substring(tokens.get(from - 1).end(), tokens.get(from).start()).equals(", ")) {
            return false;
        }
        for (int j = from - 1; j >= Math.max(1, from - MAX_OBJECT_WORDS); j--) {
            Token word = tokens.get(j);
            if (word.capitalised() || j < from - 1
                    && !body.substring(word.end(), tokens.get(j + 1).start()).isBlank()) {
                return false;
            }
            if (OBJECT_DETERMINERS.contains(word.text())) {
                return j < from - 1 && body.substring(tokens.get(j - 1).end(), word.start()).isBlank()
                        && verbOfAction(tokens.get(j - 1), false);
            }
        }
        return false;
    }

    private static boolean verbOfAction(Token verb, boolean country) {
        String word = Lexicon.lower(verb.text());
        if (DEEDS_OF_WORDS.contains(word)) {
            return true; // "accused China", "praised Ann Roe"; not "told Reuters" or "a course called Ann Roe"
        }
        return !verb.capitalised() && !Speech.isVerb(verb.text()) && !Lexicon.isFunctionWord(verb.text())
                && (Lexicon.isActingVerb(verb.text()) || !country && SubjectClause.VERB_FORM.matcher(verb.text()).matches());
    }

    /** Whether a preposition of place stands before the name: "in Rotterdam", "near Pine Hollow". */
    static boolean located(List<Token> tokens, int from) {
        return from >= 1 && Lexicon.isPlacePreposition(tokens.get(from - 1).text());
    }
}
