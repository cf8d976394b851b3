package dev.briefs.engine.extractive;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds runs of capitalised words. A run goes on across single spaces, across the full stop of an initial or an
 * abbreviation ("Donald J. Trump", "Dr. Osei") and across the lower-case particles of names ("Coalition of the
 * Willing", "Ursula von der Leyen"), and in an organisation's name past a particle across the preposition to an action
 * noun's object ("Delegacia de Repressão a Crimes"); any other punctuation ends it, and so does "and" ("Macron and
 * Starmer" are two) unless an organisation's name goes on after it ("Securities and Exchange Commission").
 */
final class NameSpanScanner {

    /** Particles that may join capitalised words inside one name. */
    static final Set<String> PARTICLES = Set.of("of", "for", "de", "du", "des", "del", "della", "delle",
            "dei", "degli", "di", "da", "do", "dos", "das", "van", "von", "bin", "ibn", "al", "el", "y", "per", "para",
            "pour", "für");
    /** Articles that may follow a particle ("of the", "von der"). */
    static final Set<String> ARTICLES = Set.of("the", "der", "den", "la", "le", "les", "los", "las");
    /** How many words after "and" may complete an organisation's name. */
    private static final int MAX_AND_WORDS = 3;
    private static final Set<String> DOTTED = Set.of("dr", "mr", "mrs", "ms", "st", "jr", "sr", "prof", "gen", "sen",
            "rep", "gov", "lt", "col", "capt", "rev", "sgt", "adm", "u.s", "u.k", "u.n");

    private NameSpanScanner() {
    }

    /**
     * The runs of one paragraph.
     *
     * @param tokens          the paragraph's words
     * @param sentenceStarts  body offsets where sentences (or quotations) start
     */
    static List<NameSpan> scan(SegmentedArticle text, int paragraph, List<Token> tokens, Set<Integer> sentenceStarts) {
        List<NameSpan> spans = new ArrayList<>();
        if (headlineCased(text.body(), text.paragraph(paragraph), tokens)) {
            return spans;
        }
        String body = text.body();
        int i = 0;
        while (i < tokens.size()) {
            if (!tokens.get(i).capitalised()) {
                i++;
                continue;
            }
            int last = i;
            int next = i + 1;
            while (next < tokens.size()) {
                Token previous = tokens.get(last);
                Token candidate = tokens.get(next);
                // "J.J. Abrams": no sentence ends after initials, though the sentence splitter may think so.
                if (candidate.capitalised() && joinable(body, previous, candidate) && !modelAfterMaker(tokens, next)
                        && (!sentenceStarts.contains(candidate.start()) || previous.text().length() > 1
                        && NameTyping.isInitials(previous.text()))) {
                    last = next++;
                    continue;
                }
                if (nameAdjective(body, tokens, next, text.language())) {
                    last = next++;
                    continue;
                }
                int members = membersNoun(body, tokens, next + 1, text.language()) ? next + 1
                        : membersNoun(body, tokens, next + 2, text.language()) ? next + 2 : -1;
                if (members > 0) {
                    last = members;
                    next = members + 1;
                    continue;
                }
                int resume = afterParticles(body, tokens, last, next,
                        organisationPastParticle(tokens, i, last) ? text.language() : null);
                if (resume < 0 && (last == i || last == i + 1 && tokens.get(i).text().equals("The"))) {
                    resume = afterAnd(body, tokens, last, next);
                }
                if (resume < 0) {
                    break;
                }
                last = resume;
                next = resume + 1;
            }
            Token first = tokens.get(i);
            spans.add(new NameSpan(paragraph, tokens, i, last + 1, sentenceStarts.contains(first.start()),
                    text.insideQuotation(first.start())));
            i = last + 1;
        }
        return spans;
    }

    /**
     * "Securities and Exchange Commission", "Food and Drug Administration": one word, "and", then a run that ends in
     * an organisation word is one name. Returns the index of that word, or -1; "Macron and Starmer" stay two.
     */
    private static int afterAnd(String body, List<Token> tokens, int last, int next) {
        if (next >= tokens.size() || !tokens.get(next).text().equals("and")
                || !spaceOnly(body, tokens.get(last).end(), tokens.get(next).start())) {
            return -1;
        }
        for (int end = next + 1; end < Math.min(tokens.size(), next + 1 + MAX_AND_WORDS); end++) {
            Token word = tokens.get(end);
            if (!word.capitalised() || !spaceOnly(body, tokens.get(end - 1).end(), word.start())) {
                return -1;
            }
            if (Lexicon.isOrgKeyword(word.bare())) {
                return end;
            }
        }
        return -1;
    }

    /**
     * Whether the lower-case word at {@code index} is an adjective of an organisation's name, right after its noun or
     * another such adjective ("Protezione civile", "Assemblée nationale"): Romance languages put it after the noun.
     */
    static boolean nameAdjective(String body, List<Token> tokens, int index, String language) {
        if (index == 0 || tokens.get(index).capitalised() || !Lexicon.isNameAdjective(tokens.get(index).text(), language)
                || !spaceOnly(body, tokens.get(index - 1).end(), tokens.get(index).start())) {
            return false;
        }
        Token previous = tokens.get(index - 1);
        return previous.capitalised() ? Lexicon.isOrgKeyword(previous.bare()) : nameAdjective(body, tokens, index - 1, language);
    }

    /**
     * Whether the lower-case word at {@code index} is the noun of a body's members after its adjective and a plural
     * genitive ("Ordre national des médecins", "Collège national des gynécologues", "Colegio oficial de los
     * médicos"). Only after the adjective, which already marks a name written on in lower case: after a bare
     * organisation ("le Conseil a reçu des élus") the genitive belongs to the clause.
     */
    static boolean membersNoun(String body, List<Token> tokens, int index, String language) {
        if (index < 2 || index >= tokens.size() || !Lexicon.isNameGenitive(tokens.get(index - 1).text(), language)) {
            return false;
        }
        int adjective = index - 2;
        if (adjective > 0 && PARTICLES.contains(tokens.get(adjective).text())
                && !Lexicon.isNameGenitive(tokens.get(adjective).text(), language)) {
            adjective--; // "de los"
        }
        for (int j = adjective + 1; j <= index; j++) {
            if (!spaceOnly(body, tokens.get(j - 1).end(), tokens.get(j).start())) {
                return false;
            }
        }
        String word = tokens.get(index).text();
        return !tokens.get(index).capitalised() && word.length() >= 3 && word.chars().allMatch(c -> Character.isLetter(c) || c == '-')
                && !Lexicon.isFunctionWord(word) && !Lexicon.isCalendarWord(word)
                && nameAdjective(body, tokens, adjective, language);
    }

    /**
     * Whether the run {@code tokens[from, last]} is an organisation's name that has already crossed a particle
     * ("Delegacia de Repressão", "Board of Inquiry"): there the noun before the next preposition is an action whose
     * object the name goes on to name ("… a Crimes Cibernéticos", "… into Harbour Safety"), where after a bare
     * organisation ("Governo a Bruxelas") the preposition belongs to the clause.
     */
    private static boolean organisationPastParticle(List<Token> tokens, int from, int last) {
        boolean organisation = false;
        for (int j = from; j <= last; j++) {
            Token token = tokens.get(j);
            organisation |= token.capitalised() && Lexicon.isOrgKeyword(token.bare());
            if (organisation && !token.capitalised()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The index of a capitalised word reached from {@code last} over one particle (or, in an organisation's name past
     * a particle, a connector of {@code connectorLanguage}; null for none) and an optional article, or -1.
     */
    private static int afterParticles(String body, List<Token> tokens, int last, int next, String connectorLanguage) {
        if (next >= tokens.size() || !spaceOnly(body, tokens.get(last).end(), tokens.get(next).start())) {
            return -1;
        }
        boolean connector = !PARTICLES.contains(tokens.get(next).text());
        if (connector && (connectorLanguage == null || !Lexicon.isNameConnector(tokens.get(next).text(), connectorLanguage))) {
            return -1;
        }
        int target = next + 1;
        if (target < tokens.size() && ARTICLES.contains(tokens.get(target).text())
                && spaceOnly(body, tokens.get(next).end(), tokens.get(target).start())) {
            target++;
        }
        if (target < tokens.size() && tokens.get(target).capitalised()
                && spaceOnly(body, tokens.get(target - 1).end(), tokens.get(target).start())
                && !(connector && Lexicon.isPlace(tokens.get(target).bare()))) {
            return target; // but "la Comisión de Investigación a Madrid": an action's object is no place
        }
        return -1;
    }

    /**
     * Whether the word at {@code index} is a model's designation of letters and digits that closes the run ("Airbus
     * A350-900 jets"): the name before it is the maker's, who may act, and the model is a product, no part of that
     * name. A product's own title goes on after the designation ("Beats Solo3 Wireless Headphones") and stays whole.
     */
    private static boolean modelAfterMaker(List<Token> tokens, int index) {
        String word = tokens.get(index).bare();
        return word.chars().anyMatch(Character::isDigit) && word.chars().anyMatch(Character::isLetter)
                && (index + 1 == tokens.size() || !tokens.get(index + 1).capitalised());
    }

    private static boolean joinable(String body, Token previous, Token next) {
        int gapStart = previous.end();
        int gapEnd = next.start();
        if (spaceOnly(body, gapStart, gapEnd)) {
            return gapEnd - gapStart <= 2;
        }
        String gap = body.substring(gapStart, gapEnd).strip();
        if (gap.equals("&")) {
            return true;
        }
        if ((gap.equals("'") || gap.equals("’")) && previous.text().endsWith("s")
                && body.substring(gapStart, gapEnd).endsWith(" ")) {
            return true; // a plural possessive inside a name: "Allied Road Workers' Union"
        }
        boolean initial = NameTyping.isInitials(previous.text());
        return gap.equals(".") && (initial || DOTTED.contains(Lexicon.lower(previous.text())))
                && !Lexicon.isFunctionWord(next.text());
    }

    private static boolean spaceOnly(String body, int from, int to) {
        if (from >= to) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (!Character.isWhitespace(body.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * A line in headline case ("Google Stadia, Microsoft xCloud: So Many Ways to Play") capitalises every word, so
     * its capitals say nothing about names: such lines are left out.
     */
    private static boolean headlineCased(String body, SegmentedArticle.Paragraph paragraph, List<Token> tokens) {
        if (tokens.size() < 5) {
            return false;
        }
        char last = body.charAt(paragraph.end() - 1);
        if (".:!?\"”’)".indexOf(last) >= 0) {
            return false;
        }
        int capitalised = 0;
        for (Token token : tokens) {
            capitalised += token.capitalised() ? 1 : 0;
        }
        return capitalised * 10 >= tokens.size() * 7;
    }
}
