package dev.briefs.engine.extractive;

import java.util.List;

/**
 * Who a pronoun stands for: whether a word is a pronoun at all ("il sindaco" is an article and a noun), and the
 * subject of the sentence that names the person or organisation last before it.
 */
final class PronounAntecedents {

    /** How many mentions back, and within how many paragraphs, a pronoun's subject antecedent is looked for. */
    private static final int MAX_ANTECEDENT_STEPS = 3;
    static final int MAX_ANTECEDENT_PARAGRAPHS = 2;

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
}
