package dev.briefs.engine.extractive;

import dev.briefs.engine.extractive.SubjectFinder.Subject;

import java.util.List;

/**
 * Who a pronoun stands for: whether a word is a pronoun at all ("il sindaco" is an article and a noun), and the
 * subject of the sentence that names the person or organisation last before it.
 */
final class PronounAntecedents {

    /** How many mentions back, and within how many paragraphs, a pronoun's subject antecedent is looked for. */
    private static final int MAX_ANTECEDENT_STEPS = 3;
    static final int MAX_ANTECEDENT_PARAGRAPHS = 2;
    /** How many words an opening adverbial before a sentence's subject may have ("Dans le box, l'accusé…"). */
    private static final int MAX_OPENER_WORDS = 8;

    private PronounAntecedents() {
    }

    /**
     * Whether the word at {@code first} is a pronoun standing for someone: "he said", "dijo él", "sagte er am
     * Montag". The same spelling is an article elsewhere (Italian "il sindaco"), so a pronoun followed by a noun is
     * none.
     */
    static boolean pronoun(SegmentedArticle text, List<Token> words, int first) {
        String word = words.get(first).text();
        if (!Lexicon.isPersonPronoun(word) && !Lexicon.isThingPronoun(word)) {
            return false;
        }
        if (first + 1 >= words.size() || !Lexicon.isDeterminer(word) && afterSpeechVerb(text, words.get(first))) {
            return true; // "сказал он журналистам": inverted after its verb, a pronoun not spelt like an article
        }
        Token next = words.get(first + 1);
        String lower = Lexicon.lower(next.text());
        boolean noun = !next.capitalised() && !Lexicon.isFunctionWord(lower) && !Speech.isVerb(lower)
                && !Lexicon.isAuxiliary(lower) && !SubjectGrammar.PHRASE_ENDS.contains(lower)
                && !SubjectGrammar.VERB_FORM.matcher(lower).matches();
        return !noun;
    }

    /** Whether the word before {@code word} is a verb of speech, as in "— сказал он", "sagte er". */
    private static boolean afterSpeechVerb(SegmentedArticle text, Token word) {
        List<Token> before = Tokenizer.words(text.body(), Math.max(0, word.start() - SubjectGrammar.MAX_TITLE_CHARS),
                word.start());
        return !before.isEmpty() && Speech.isVerb(before.getLast().text())
                && text.text(before.getLast().end(), word.start()).isBlank();
    }

    /**
     * Who a person's pronoun at {@code offset} stands for: as {@link #antecedent}, unless the sentence before it in
     * its paragraph names no person and opens with a description of one ("Dans le box, l'accusé, qui a toujours nié,
     * n'a pas réagi. La veille, il avait déclaré…"): then the one the cast knows by that description, or nobody,
     * rather than someone named earlier.
     */
    static Mention personAntecedent(SegmentedArticle text, Cast cast, int offset) {
        SegmentedArticle.Sentence current = text.sentenceAt(offset);
        SegmentedArticle.Sentence previous = current == null ? null : text.sentenceBefore(current);
        if (previous == null || previous.paragraph() != current.paragraph() || cast.mentionsBetween(previous.start(),
                previous.end()).stream().anyMatch(m -> cast.member(m.member()).person())) {
            return antecedent(text, cast, offset, CastMember::person);
        }
        List<Token> words = Tokenizer.words(text.body(), previous.start(), previous.end());
        for (int i = 0; i < words.size() && i < MAX_OPENER_WORDS; i++) {
            Token word = words.get(i);
            String[] elided = Lexicon.lower(word.text()).split("['’]", 2); // "l'accusé"
            String phrase = elided.length == 2 && Lexicon.isDefinite(elided[0]) && SubjectGrammar.personNoun(elided[1])
                    ? elided[0] + " " + elided[1]
                    : Lexicon.isDefinite(word.text()) && i + 1 < words.size()
                    && SubjectGrammar.personNoun(words.get(i + 1).text())
                    ? word.text() + " " + words.get(i + 1).text() : null;
            String opener = text.text(previous.start(), word.start()).strip();
            if (phrase != null && (opener.isEmpty() || opener.endsWith(","))) {
                int member = cast.resolveDescription(phrase, word.start());
                return member >= 0 && cast.member(member).person()
                        ? new Mention(member, word.start(), word.end(), false, false) : null;
            }
        }
        return antecedent(text, cast, offset, CastMember::person);
    }

    /**
     * Who a pronoun at {@code offset} stands for: the sentence subject among the last mentions, that is the first
     * fitting mention of the sentence holding the last one. In "Commissioner Lorraine Oduya, who represents the
     * district that includes Pine Hollow, said…", a following "she" is Oduya.
     */
    static Mention antecedent(SegmentedArticle text, Cast cast, int offset, java.util.function.Predicate<CastMember> filter) {
        Mention subject = sentenceSubject(text, cast, cast.lastMentionBefore(offset, filter), filter);
        if (subject == null || !SubjectGrammar.governed(text, subject)) {
            return subject;
        }
        // "He was photographed in long chats with Epstein. “…,” he said": a name after a preposition, or a
        // possessive ("Epstein's mansion"), is seldom who the next "he" is; a subject a few mentions back is.
        int paragraph = text.paragraphAt(subject.start());
        Mention earlier = subject;
        for (int step = 0; step < MAX_ANTECEDENT_STEPS && earlier != null && SubjectGrammar.governed(text, earlier);
             step++) {
            earlier = sentenceSubject(text, cast, cast.lastMentionBefore(earlier.start(), filter), filter);
        }
        boolean near = earlier != null && text.paragraphAt(earlier.start()) >= paragraph - MAX_ANTECEDENT_PARAGRAPHS;
        return near && !SubjectGrammar.governed(text, earlier) ? earlier : subject;
    }

    /**
     * The subject of the sentence of {@code mention}: its first mention outside quotations passing {@code filter}
     * that no preposition governs and that modifies nothing ("Steenburgen's son, filmmaker Charlie McDowell" is
     * McDowell); {@code mention} when there is none.
     */
    private static Mention sentenceSubject(SegmentedArticle text, Cast cast, Mention mention,
                                           java.util.function.Predicate<CastMember> filter) {
        SegmentedArticle.Sentence sentence = mention == null ? null : text.sentenceAt(mention.start());
        if (sentence == null) {
            return mention;
        }
        for (Mention earlier : cast.mentionsBetween(sentence.start(), mention.start())) {
            if (!earlier.quoted() && filter.test(cast.member(earlier.member()))
                    && !SubjectGrammar.governed(text, earlier)) {
                return earlier;
            }
        }
        return mention;
    }

    /** The person named last before {@code offset}, as the subject an inverted pronoun stands for ("a-t-il dit"). */
    static Subject lastPerson(SegmentedArticle text, Cast cast, int offset) {
        Mention antecedent = personAntecedent(text, cast, offset);
        return antecedent == null ? null : new Subject(cast.name(antecedent.member()), List.of(antecedent.member()),
                offset, offset, true);
    }
}
