package dev.briefs.engine.extractive;

import dev.briefs.engine.extractive.SubjectFinder.Subject;

import java.util.List;
import java.util.Set;

/**
 * A subject that names no one the cast knows by name: a pronoun resolved to its antecedent, a description resolved
 * to the person or organisation it stands for ("the singer", "a spokesperson for Velda Chemicals", "the statement
 * read"), a name set off after a description, or else the short description itself.
 */
final class DescribedSubjects {

    /** Pronouns of several people or of the speaker, which name no one the cast could resolve. */
    private static final Set<String> UNRESOLVED_PRONOUNS = Set.of("they", "we", "i");
    private static final int MAX_PHRASE_WORDS = 8;

    private DescribedSubjects() {
    }

    /** A pronoun resolved to the person or organisation last named, or a short description. */
    static Subject describe(SegmentedArticle text, Cast cast, List<Token> words, int first, int to) {
        Token head = words.get(first);
        String lower = Lexicon.lower(head.text());
        if (lower.equals("they") && first + 1 >= words.size()) {
            // "…," they said in a statement: a company's people speak for it, or its spokesperson named just before.
            Subject spokesperson = OrganisationVoices.namedSpokesperson(text, cast, head.start(), head.end());
            return spokesperson != null ? spokesperson
                    : OrganisationVoices.speakingOrganisation(text, cast, head.start(), head.end());
        }
        if (UNRESOLVED_PRONOUNS.contains(lower)) {
            return null;
        }
        if (PronounAntecedents.pronoun(text, words, first)) {
            boolean person = Lexicon.isPersonPronoun(lower);
            Mention antecedent = person ? PronounAntecedents.personAntecedent(text, cast, head.start())
                    : PronounAntecedents.antecedent(text, cast, head.start(), member -> !member.person());
            return antecedent == null ? null : new Subject(cast.name(antecedent.member()), List.of(antecedent.member()),
                    head.start(), head.end(), true);
        }
        boolean name = head.capitalised() && !Lexicon.isFunctionWord(head.text()) && !cast.isCommonWord(head.bare())
                && !Lexicon.isRoleModifier(lower)
                && !Lexicon.isDemonym(lower) && !Lexicon.isPlace(head.bare()) && head.text().chars().allMatch(Character::isLetter);
        if (!name && !Lexicon.isDeterminer(lower) && !bareNounSubject(words, first)) {
            return null;
        }
        int last = first;
        while (last + 1 < words.size() && last - first + 1 < MAX_PHRASE_WORDS
                && text.body().substring(words.get(last).end(), words.get(last + 1).start()).isBlank()
                && continuesPhrase(words.get(last), words.get(last + 1), name)) {
            last++;
            if (words.get(last).possessive()) {
                continue; // "the council’s finance committee" is not the council
            }
            int member = cast.resolveDescription(text.text(head.start(), words.get(last).end()), head.start());
            if (member >= 0) {
                return new Subject(cast.name(member), List.of(member), head.start(), words.get(last).end(), true);
            }
        }
        for (int w = first; w < last; w++) {
            if (Lexicon.isProxy(words.get(w).text())) {
                // "a spokesperson for Velda Chemicals": the organisation speaks.
                for (Mention inside : cast.mentionsBetween(words.get(w).end(), words.get(last).end())) {
                    if (!cast.member(inside.member()).person()) {
                        return new Subject(cast.name(inside.member()), List.of(inside.member()), head.start(),
                                words.get(last).end(), true);
                    }
                }
            }
        }
        if (Lexicon.isDefinite(lower) && Lexicon.isProxy(words.get(last).text())) {
            // "…," the statement read / the spokesperson said: the one who issued the statement named last, else
            // the organisation named last.
            Subject issuer = OrganisationVoices.issuerOfLast(text, cast, words.get(last), head.start());
            if (issuer == null) {
                issuer = OrganisationVoices.speakingOrganisation(text, cast, head.start(), words.get(last).end());
            }
            if (issuer != null) {
                return issuer;
            }
        }
        Subject apposed = apposedName(text, words, last);
        if (apposed != null) {
            return apposed;
        }
        if (Lexicon.isDefinite(lower) && describesSomeone(words.subList(first + 1, last + 1))) {
            Subject described = describedPerson(text, cast, words.subList(first + 1, last + 1), head.start(),
                    words.get(last).end());
            if (described != null) {
                return described;
            }
        }
        return new Subject(text.text(head.start(), words.get(last).end()), List.of(), head.start(), words.get(last).end(),
                true);
    }

    /**
     * Whether the words after a definite determiner describe a person by role or age: "singer and guitarist",
     * "56-year-old", "regidor"; lower-case words only, one of them a role or an age.
     */
    static boolean describesSomeone(List<Token> words) {
        boolean described = false;
        for (Token word : words) {
            if (word.capitalised() || Lexicon.isFunctionWord(word.text()) && !word.text().equals("and")) {
                return false;
            }
            described |= SubjectGrammar.personNoun(word.text());
        }
        return described;
    }

    /**
     * The person a description at {@code body[start, end)} stands for, as a careful reader takes "the singer said"
     * after "Pat Lowe opened the show.": the one person the sentence before names, not after a preposition, when no
     * other person is named since but after a preposition ("Pat Lowe played with Ann Roe at the Ryman Hall.") and
     * the description's role is not another than the person's ("the mayor" is not the manager named before); or null.
     */
    private static Subject describedPerson(SegmentedArticle text, Cast cast, List<Token> description, int start,
                                           int end) {
        SegmentedArticle.Sentence current = text.sentenceAt(start);
        SegmentedArticle.Sentence previous = current == null ? null : text.sentenceBefore(current);
        if (previous == null || previous.paragraph() < current.paragraph() - 1) {
            return null;
        }
        List<Mention> people = cast.mentionsBetween(previous.start(), start).stream()
                .filter(m -> !m.quoted() && cast.member(m.member()).person()).toList();
        if (people.isEmpty() || people.getFirst().end() > previous.end()
                || SubjectGrammar.governed(text, people.getFirst())
                || people.stream().anyMatch(m -> m.member() != people.getFirst().member()
                && !SubjectGrammar.afterPreposition(text, m, true))) {
            return null;
        }
        int member = people.getFirst().member();
        String role = cast.member(member).keyword();
        boolean sameRole = role.isEmpty() || description.stream().noneMatch(w -> Lexicon.isRoleHead(w.text()))
                || description.stream().anyMatch(w -> Lexicon.isSameRole(w.text(), role));
        return sameRole ? new Subject(cast.name(member), List.of(member), start, end, true) : null;
    }

    /**
     * "o diretor da empresa, Vicente Mourão": a name set off by a comma right after a description is who it
     * describes, also when the cast does not know it. At least two capitalised words that are no date; or null.
     */
    private static Subject apposedName(SegmentedArticle text, List<Token> words, int last) {
        int first = last + 1;
        if (first >= words.size() || !text.text(words.get(last).end(), words.get(first).start()).strip().equals(",")) {
            return null;
        }
        int end = first;
        while (end < words.size() && words.get(end).capitalised() && !Lexicon.isFunctionWord(words.get(end).text())
                && !Lexicon.isCalendarWord(words.get(end).text())
                && (end == first || text.text(words.get(end - 1).end(), words.get(end).start()).isBlank())) {
            end++;
        }
        if (end - first < 2) {
            return null;
        }
        Token close = words.get(end - 1);
        return new Subject(text.text(words.get(first).start(), close.end()), List.of(), words.get(first).start(),
                close.end(), true);
    }

    /** "construction is due to begin": a bare noun right before the verb is the subject too. */
    private static boolean bareNounSubject(List<Token> words, int first) {
        Token head = words.get(first);
        if (head.capitalised() || Lexicon.isFunctionWord(head.text()) || Speech.isVerb(head.text())
                || Speech.isParticiple(head.text()) || Lexicon.isAuxiliary(head.text())
                || !head.text().chars().allMatch(Character::isLetter)) {
            return false;
        }
        for (int i = first + 1; i < words.size(); i++) {
            if (!SubjectGrammar.PHRASE_ENDS.contains(Lexicon.lower(words.get(i).text()))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a word carries on a phrase: a name goes on over capitalised words ("Amara Osei"), a description over
     * content words and the prepositions of "a spokesperson for the ministry".
     */
    private static boolean continuesPhrase(Token previous, Token word, boolean name) {
        String lower = Lexicon.lower(word.text());
        if (name) {
            return word.capitalised() && !Lexicon.isFunctionWord(word.text());
        }
        if (!word.capitalised() && SubjectGrammar.VERB_FORM.matcher(lower).matches()
                && !Lexicon.isDeterminer(previous.text())) {
            return false; // "the treasurer publishes", "the company announced": the verb ends the subject
        }
        if (SubjectGrammar.PHRASE_ENDS.contains(lower) || Speech.isVerb(lower) || Speech.isParticiple(lower)) {
            return false;
        }
        return !Lexicon.isFunctionWord(lower) || Set.of("of", "for", "at", "the", "and").contains(lower);
    }
}
