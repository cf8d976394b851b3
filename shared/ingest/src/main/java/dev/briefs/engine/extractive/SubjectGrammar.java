package dev.briefs.engine.extractive;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How a word or a name stands in its sentence, for the subject finders: whether a name is governed by a preposition,
 * modifies the noun after it ("a Netflix documentary", "Zelenskyy’s office") or is qualified by a title, and the words
 * that end a noun phrase.
 */
final class SubjectGrammar {

    /** Words that end a noun phrase: auxiliaries and adverbs that stand between a subject and its verb. */
    static final Set<String> PHRASE_ENDS = Set.of("now", "also", "still", "then", "will", "would", "could",
            "should", "may", "might", "must", "can", "has", "have", "had", "is", "are", "was", "were", "said", "says",
            "who", "which", "that", "did", "does", "do", "already", "again", "just", "only", "reportedly");
    static final int MAX_TITLE_CHARS = 40;
    private static final Set<String> ROMANCE = Set.of("es", "pt", "it", "fr");
    /** Third-person and past forms: after a noun they are the verb, not more of the subject. */
    static final Pattern VERB_FORM = Pattern.compile("\\p{Ll}+(?:[^s]s|ed)");
    /**
     * An age that describes a person, as a noun or before one: "56-year-old", "der 63-Jährige", "die 52-Jährige",
     * "65-летний", "65-летняя"; its number is group 1.
     */
    static final Pattern AGE = Pattern.compile("(\\d{1,3})-(?:year-old|jährige[rnm]?|летн(?:ий|яя|его|ей|ему|им))",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private SubjectGrammar() {
    }

    /**
     * Whether a word describes one person by role or age: a role noun ("judge", "alcalde"), an age ("56-year-old",
     * "der 63-Jährige"), or a German compound title, a capitalised noun that ends in a role ("der Konzernchef",
     * "der frühere Projektleiter", "die Polizeisprecherin"), as the story refers back to the person it named so.
     */
    static boolean personNoun(String word) {
        return Lexicon.isRoleHead(word) || AGE.matcher(word).matches()
                || !word.isEmpty() && Character.isUpperCase(word.charAt(0)) && RoleFinder.compoundTitle(word);
    }

    /**
     * Whether a mention is a possessive or a name modifying a noun ("an Oliver Sacks kind of way"), or follows a
     * preposition.
     */
    static boolean governed(SegmentedArticle text, Mention mention) {
        return modifier(text.body(), mention, text.body().length()) || attributive(text, mention)
                || afterPreposition(text, mention, false);
    }

    /**
     * Whether a mention follows a preposition, with titles between allowed ("with Prime Minister X"), and articles
     * too when {@code overArticles} ("at the Ryman Hall"; a pronoun's antecedent is looked for without them). A
     * person set off by a comma after the preposition that opens the sentence is its topic, not an object: "Pour
     * Nadia Fournel, neurologue, ces résultats confirment…", "For Ann Roe, the verdict came too late."
     */
    static boolean afterPreposition(SegmentedArticle text, Mention mention, boolean overArticles) {
        String body = text.body();
        List<Token> before = Tokenizer.words(body, Math.max(0, mention.start() - MAX_TITLE_CHARS), mention.start());
        int i = before.size() - 1;
        int end = mention.start();
        // No punctuation in between: "the lawyer of X, Me Y" governs X only.
        while (i >= 0 && (qualifies(before.get(i)) || overArticles && Lexicon.isDeterminer(before.get(i).text()))
                && body.substring(before.get(i).end(), end).isBlank()) {
            end = before.get(i).start();
            i--;
        }
        if (i < 0 || !body.substring(before.get(i).end(), end).isBlank() || !Lexicon.isPreposition(before.get(i).text())) {
            return false;
        }
        SegmentedArticle.Sentence sentence = text.sentenceAt(mention.start());
        boolean topic = sentence != null && sentence.start() <= before.get(i).start()
                && text.text(sentence.start(), before.get(i).start()).isBlank()
                && (mention.end() < body.length() && body.charAt(mention.end()) == ','
                || Lexicon.isFraming(before.get(i).text())); // "Für Keller ist der Fall nicht erledigt."
        return !topic;
    }

    /**
     * Whether a name modifies the noun after it, "a Netflix documentary", "her upcoming Netflix special", rather
     * than naming someone who acts: a determiner stands before it, at most one word away, and a lower-case word
     * follows that is no verb and no function word. A noun of organisations in between sets the name in apposition
     * ("la empresa Aguas Claras cortó…", "the group Doctors for Reform"): the name is the organisation itself; so
     * does a role noun ("o técnico Tico Silva aprovou…", whose verb no English form marks): the name is the person.
     * The Romance languages never set a name before the noun it modifies ("un documental de Netflix"), so there a
     * lower-case word after "la Junta de Semillas" is its verb ("recortó") or adjective. (In German it is a verb after
     * a run of capitalised nouns read as a name: "der Verbund Linien ausdünnen".)
     */
    static boolean attributive(SegmentedArticle text, Mention mention) {
        if (ROMANCE.contains(text.language())) {
            return false;
        }
        String body = text.body();
        List<Token> before = Tokenizer.words(body, Math.max(0, mention.start() - MAX_TITLE_CHARS), mention.start());
        // The determiner stands in the name's own phrase, with nothing between: after a comma or a full stop the
        // name is the clause's subject ("En un comunicado, Arandas ofreció", "of the port. Ana Ruiz said").
        boolean determined = !before.isEmpty() && body.substring(before.getLast().end(), mention.start()).isBlank()
                && (Lexicon.isDeterminer(before.getLast().text())
                || before.size() > 1 && !before.getLast().capitalised()
                && !Lexicon.isOrgNoun(Lexicon.lower(before.getLast().text())) && !personNoun(before.getLast().text())
                && body.substring(before.get(before.size() - 2).end(), before.getLast().start()).isBlank()
                && Lexicon.isDeterminer(before.get(before.size() - 2).text()));
        List<Token> next = Tokenizer.words(body, mention.end(), Math.min(body.length(), mention.end() + MAX_TITLE_CHARS));
        if (!determined || next.isEmpty() || !text.text(mention.end(), next.getFirst().start()).isBlank()) {
            return false;
        }
        String word = next.getFirst().text();
        String lower = Lexicon.lower(word);
        return !next.getFirst().capitalised() && !Lexicon.isFunctionWord(lower) && !Speech.isVerb(lower)
                && !Lexicon.isAuxiliary(lower) && !PHRASE_ENDS.contains(lower) && !VERB_FORM.matcher(lower).matches()
                && !Lexicon.isPreVerb(lower) && !Lexicon.isActingVerb(lower);
    }

    /**
     * A possessive, or a name in marks, followed by more words is a modifier ("Zelenskyy’s office"), not the
     * subject.
     */
    static boolean modifier(String body, Mention mention, int to) {
        // "аналитик компании «Бор» Ольга Иванова": a name in marks before more words is the employer's, not the
        // speaker's.
        int end = mention.possessive() ? mention.end() : setInMarks(body, mention) ? mention.end() + 1 : -1;
        return end > 0 && end < to && Character.isWhitespace(body.charAt(end))
                && end + 1 < to && Character.isLetter(body.charAt(end + 1));
    }

    private static boolean setInMarks(String body, Mention mention) {
        return mention.start() > 0 && mention.end() < body.length()
                && "«“„".indexOf(body.charAt(mention.start() - 1)) >= 0 && "»”“".indexOf(body.charAt(mention.end())) >= 0;
    }

    static boolean qualifies(Token word) {
        return RoleFinder.isTitle(word) || Lexicon.isRoleModifier(word.text()) || Lexicon.isDemonym(word.text())
                || Lexicon.isCountryCode(word.text()) || word.capitalised() && !Lexicon.isFunctionWord(word.text());
    }
}
