package dev.briefs.engine.extractive;

import java.util.List;
import java.util.Set;

/** A name as the object of its clause: after a verb of action ("defeated Ann Roe") or a preposition of place. */
final class ObjectClause {

    /** Verbs of speech that act on their object, as the other verbs of address (told, asked, called) do not. */
    private static final Set<String> DEEDS_OF_WORDS = Set.of("accused", "accuses", "praised", "criticised", "criticized",
            "slammed", "blasted", "hailed", "urged", "urges", "warned", "warns", "thanked", "reminded", "assured");

    private ObjectClause() {
    }

    /**
     * Whether a verb of action stands right before the run, as before its object: "defeated Ann Roe". A country
     * needs a verb of the list ("invaded Chile", "accused Chile"): aid "reached" it, a team "visited" it.
     */
    static boolean actedOn(String body, List<Token> tokens, int from, boolean country) {
        if (from == 0 || !body.substring(tokens.get(from - 1).end(), tokens.get(from).start()).isBlank()) {
            return false;
        }
        Token verb = tokens.get(from - 1);
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
