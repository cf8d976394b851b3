package dev.briefs.engine.extractive;

import java.util.List;
import java.util.Set;

/**
 * The apposition beside a name: a name in apposition ("The mayor, Ann Roe, said"), a description after it that makes
 * it an organisation ("Velda, a software company, said"), a noun of organisations before it ("the startup Nuro"), and
 * the verb that follows the apposition, which is the name's own.
 */
final class Appositions {

    /** Words that open a clause inside an apposition, whose verb is not the name's: "Ann Roe, a lawyer who said". */
    private static final Set<String> CLAUSE_OPENERS = Set.of("who", "whom", "whose", "which", "that", "where", "when",
            "as", "after", "before", "because", "while", "if", "chi", "che", "qui", "que", "der", "die", "das", "который",
            "которая", "которые");
    /** How far after the name's apposition its verb may stand. */
    private static final int MAX_APPOSITION_WORDS = 25;
    /** How many words the phrase before a name in apposition may have, its article included: "le gestionnaire du réseau". */
    private static final int MAX_PHRASE_WORDS = 8;
    /** How many words of an apposition may reach its organisation noun ("a regional development bank"). */
    private static final int MAX_DESCRIPTION_WORDS = 4;

    private Appositions() {
    }

    /**
     * Whether a comma stands right before the run, perhaps with the run's article after it, as before a name in
     * apposition: "The mayor, Ann Roe, …", "A empresa visada, a Corticeira X, suspendeu".
     */
    static boolean inApposition(SegmentedArticle text, NameSpan span) {
        return span.from() > 0 && commaBefore(text.body(), span.tokens(), span.from()) >= 0;
    }

    /**
     * The index of the word before the comma that sets off the name at {@code from}, over the name's own article
     * ("…, the Marine Safety Authority", "…, a Corticeira X"), or -1.
     */
    private static int commaBefore(String body, List<Token> tokens, int from) {
        int j = from - 1;
        if (j > 0 && !tokens.get(j).capitalised() && Lexicon.isDeterminer(tokens.get(j).text())
                && body.substring(tokens.get(j).end(), tokens.get(from).start()).equals(" ")) {
            j--;
        }
        return j >= 0 && body.substring(tokens.get(j).end(), tokens.get(j + 1).start()).strip().equals(",") ? j : -1;
    }

    /**
     * Whether an apposition after the name describes an organisation: "Velda, a software company, said", "o Velda, o
     * banco de fomento, aprovou", "le Officine X, l'azienda di componenti". Up to {@link #MAX_DESCRIPTION_WORDS} lower-case words after the comma, one of them
     * a noun that introduces an organisation.
     */
    static boolean describedAsOrganisation(String body, List<Token> tokens, int to) {
        if (to >= tokens.size() || !body.substring(tokens.get(to - 1).end(), tokens.get(to).start()).equals(", ")) {
            return false;
        }
        for (int j = to; j < Math.min(tokens.size(), to + MAX_DESCRIPTION_WORDS); j++) {
            if (tokens.get(j).capitalised()
                    || j > to && !body.substring(tokens.get(j - 1).end(), tokens.get(j).start()).equals(" ")) {
                return false;
            }
            if (organisationNoun(tokens.get(j))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the apposition after a name opens with a noun of organisations as its head, its article before it or
     * elided into it, and a function word, a preposition or the apposition's end after it: "Officine X, l'azienda di
     * componenti", "Harbour Lines, the operator of the crossings,"; not "Ann Roe, a company director", where the noun
     * qualifies another.
     */
    static boolean headedByOrganisationNoun(String body, List<Token> tokens, int to) {
        if (to >= tokens.size() || !body.substring(tokens.get(to - 1).end(), tokens.get(to).start()).equals(", ")) {
            return false;
        }
        int head = to;
        if (Lexicon.isDeterminer(tokens.get(to).text()) && to + 1 < tokens.size()
                && body.substring(tokens.get(to).end(), tokens.get(to + 1).start()).equals(" ")) {
            head = to + 1;
        } else if (Lexicon.afterElidedArticle(tokens.get(to).text()) == null) {
            return false;
        }
        Token noun = tokens.get(head);
        if (noun.capitalised() || noun.possessive() || !organisationNoun(noun)) {
            return false;
        }
        if (head + 1 >= tokens.size() || !body.substring(noun.end(), tokens.get(head + 1).start()).equals(" ")) {
            return true;
        }
        String next = tokens.get(head + 1).text();
        return Lexicon.isFunctionWord(next) || Lexicon.isPreposition(next);
    }

    /** Whether the word is written as a common noun: in lower case, or capitalised only by its elided article. */
    private static boolean commonNoun(Token word) {
        return !word.capitalised() || word.capitalisedByElision(); // "L'association d'usagers X" opens a sentence
    }

    /** A noun of organisations, also with its article elided into it: "company", "l'azienda", "l'entreprise". */
    private static boolean organisationNoun(Token word) {
        String elided = Lexicon.afterElidedArticle(word.text());
        return Lexicon.isOrgNoun(word.text()) || elided != null && Lexicon.isOrgNoun(elided);
    }

    /**
     * Whether a lower-case noun of organisations stands right before the name: "the startup Nuro", "la empresa X",
     * "l'azienda X"; or before it, with the members' noun that qualifies it in between: "l'association d'usagers
     * Ferroligne", "la asociación de vecinos Barrio Alto", "o sindicato dos estivadores SEAL".
     */
    static boolean introducedAsOrganisation(String body, List<Token> tokens, int from) {
        if (from == 0) {
            return false;
        }
        Token before = tokens.get(from - 1);
        return commonNoun(before) && organisationNoun(before)
                && body.substring(before.end(), tokens.get(from).start()).equals(" ")
                || membersBefore(body, tokens, from) || apposedToOrganisationNoun(body, tokens, from);
    }

    /**
     * Whether the words right before the name are a noun of organisations and a lower-case noun joined to it by a
     * particle, elided or not ("association d'usagers", "asociación de vecinos"), with single spaces between.
     */
    private static boolean membersBefore(String body, List<Token> tokens, int from) {
        Token members = tokens.get(from - 1);
        String[] parts = members.text().split("['’]", 2);
        String elided = parts.length == 2 && Lexicon.lower(parts[0]).equals("d") ? parts[1] : null; // "d'usagers"
        int noun = elided != null ? from - 2 : from - 3;
        if (noun < 0 || members.capitalised() || Lexicon.isFunctionWord(elided != null ? elided : members.text())
                || elided == null && !NameSpanScanner.PARTICLES.contains(tokens.get(from - 2).text())) {
            return false;
        }
        for (int j = noun + 1; j <= from; j++) {
            if (!body.substring(tokens.get(j - 1).end(), tokens.get(j).start()).equals(" ")) {
                return false;
            }
        }
        return commonNoun(tokens.get(noun)) && organisationNoun(tokens.get(noun));
    }

    /**
     * Whether the name stands between commas after a noun phrase that a noun of organisations heads, with an article
     * allowed before the name (stage langs4): "A empresa visada, a Construtora Ribeiro, recusou", "la société
     * concernée, Vialis, a fait savoir", "the regulator, the Marine Safety Authority, confirmed", "le gestionnaire du
     * réseau, Enerlis, a mobilisé"; not "o presidente do sindicato, X", whose phrase a role heads.
     */
    static boolean apposedToOrganisationNoun(String body, List<Token> tokens, int from) {
        if (from == 0) {
            return false;
        }
        int end = from;
        while (end < tokens.size() && tokens.get(end).capitalised()
                && body.substring(tokens.get(end - 1).end(), tokens.get(end).start()).equals(" ") || end == from) {
            end++;
        }
        if (end >= tokens.size() || !body.substring(tokens.get(end - 1).end(), tokens.get(end).start()).strip()
                .replace(".", "").equals(",")) {
            return false; // the apposition closes with a comma ("Lda., recusou"), or the name is a clause's subject
        }
        return Lexicon.isOrgNoun(apposedHead(body, tokens, from)) || relativeOfOrganisationNoun(body, tokens, from);
    }

    /**
     * Whether the phrase before the comma that sets off the name at {@code from} is a noun of organisations with a
     * relative clause after it: "The engineering firm that inspected the bridge in 2022, Tarrant X,", "l'entreprise
     * qui a construit le pont, X,". The clause's own nouns ("the bridge") are no head of the phrase.
     */
    private static boolean relativeOfOrganisationNoun(String body, List<Token> tokens, int from) {
        int comma = commaBefore(body, tokens, from);
        for (int k = comma; k > 0 && comma - k < MAX_APPOSITION_WORDS; k--) {
            Token word = tokens.get(k);
            if (k < comma && !body.substring(word.end(), tokens.get(k + 1).start()).equals(" ")
                    || word.capitalised() && !Lexicon.isDeterminer(word.text())) {
                return false;
            }
            if (CLAUSE_OPENERS.contains(word.text())) {
                Token noun = tokens.get(k - 1);
                boolean lowerCase = !noun.capitalised() || Lexicon.afterElidedArticle(noun.text()) != null;
                return lowerCase && organisationNoun(noun) && body.substring(noun.end(), word.start()).equals(" ");
            }
        }
        return false;
    }

    /**
     * The head noun of the phrase the name at {@code from} stands in apposition to, or empty: the word after the
     * determiner that opens the phrase, over lower-case words and the prepositions of its complements ("regulator" in
     * "the regulator, …", "gestionnaire" in "Le gestionnaire du réseau, …", "presidente" in "o presidente do sindicato,
     * …"). A determiner after a preposition opens a complement, not the phrase.
     */
    static String apposedHead(String body, List<Token> tokens, int from) {
        int comma = commaBefore(body, tokens, from);
        for (int k = comma; k >= 0 && comma - k < MAX_PHRASE_WORDS; k--) {
            Token word = tokens.get(k);
            if (k < comma && !body.substring(word.end(), tokens.get(k + 1).start()).equals(" ")
                    || word.capitalised() && !Lexicon.isDeterminer(word.text())) {
                return "";
            }
            if (k < comma && Lexicon.isDeterminer(word.text())
                    && (k == 0 || !Lexicon.isPreposition(tokens.get(k - 1).text()))) {
                return Lexicon.lower(tokens.get(k + 1).text());
            }
        }
        return "";
    }

    /**
     * The index of the verb that follows the name's apposition, as it follows a subject, or -1: "Ann Roe, the county's
     * attorney, said", "Rep. Ann Roe (D-NY), chairman of the panel, was", "l'assessora, Ann Roe, ha annunciato".
     */
    static int verbAfterApposition(SegmentedArticle text, List<Token> tokens, int to, boolean inApposition) {
        String body = text.body();
        int j = to;
        while (j < tokens.size() && NameTyping.GENERATIONAL.contains(tokens.get(j).text())) {
            j++; // "Ann Roe Jr., the attorney, said"
        }
        if (j < tokens.size() && body.substring(tokens.get(j - 1).end(), tokens.get(j).start()).strip().startsWith("(")) {
            while (j < tokens.size() && body.indexOf(')', tokens.get(j - 1).end()) > tokens.get(j).start()) {
                j++; // "(D-NY)"
            }
        }
        boolean parenthesis = j > to; // "(D-NY)," closes what it opened; a bare ")," ends a bracket the name is in
        String gap = j < tokens.size() ? body.substring(tokens.get(j - 1).end(), tokens.get(j).start()).strip() : "";
        if (!(gap.equals(",") || gap.equals(".,") || parenthesis && gap.endsWith(",") && gap.startsWith(")"))) {
            return -1;
        }
        SegmentedArticle.Sentence sentence = text.sentenceAt(tokens.get(to - 1).start());
        int end = sentence == null ? body.length() : sentence.end();
        if (SubjectClause.verbAt(tokens, j) || inApposition && !tokens.get(j).capitalised() && !Lexicon.isFunctionWord(tokens.get(j).text())
                && Character.isLetter(tokens.get(j).text().charAt(0))) {
            return j; // "El alcalde, Tomás Arjona, pidió": after a name in apposition, the next word is the verb
        }
        boolean clause = false;
        for (int k = j + 1; k < Math.min(tokens.size(), j + MAX_APPOSITION_WORDS) && tokens.get(k).start() < end; k++) {
            String between = body.substring(tokens.get(k - 1).end(), tokens.get(k).start()).strip();
            if (between.equals(",") && SubjectClause.verbAt(tokens, k)) {
                return k; // "Ann Roe, a fellow at the institute in Munich, Germany, and co-author, said"
            }
            // "Ann Roe, a lawyer who said" is the relative clause's verb; without one, the comma may be left out:
            // "Ann Roe, an analyst at the Harlow think tank told the Courier".
            clause |= CLAUSE_OPENERS.contains(tokens.get(k).text());
            if (!clause && between.isEmpty() && Speech.isVerb(tokens.get(k).text()) && !tokens.get(k).capitalised()) {
                return k;
            }
            if (!between.isEmpty() && !between.equals(",") && !between.equals("-") && !between.equals("'")
                    && !between.equals("’")) {
                return -1;
            }
        }
        return -1;
    }
}
