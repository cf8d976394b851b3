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

    /** Pronouns of the speaker, which name no one the cast could resolve; those of several people do not either. */
    private static final Set<String> UNRESOLVED_PRONOUNS = Set.of("we", "i");
    private static final int MAX_PHRASE_WORDS = 8;
    /** Languages that set an adjective after the noun it qualifies ("il centrocampista sardo"). */
    private static final Set<String> POSTNOMINAL_ADJECTIVES = Set.of("fr", "es", "it", "pt");
    /** How many words may stand between a determiner and the role noun it describes someone by ("the deputy head"). */
    private static final int MAX_ROLE_MODIFIERS = 2;
    /** How long a Russian case ending on a surname's stem may be ("Роев|ой", "Петров|ым"), and how short the stem. */
    private static final int MAX_CASE_ENDING_CHARS = 3;
    private static final int MIN_STEM_CHARS = 3;
    /** How far before a description its verb of speech is looked for: the verb's length and a space. */
    private static final int MAX_VERB_CHARS = 30;

    private DescribedSubjects() {
    }

    /** A pronoun resolved to the person or organisation last named, or a short description. */
    static Subject describe(SegmentedArticle text, Cast cast, List<Token> words, int first, int to) {
        Token head = words.get(first);
        String lower = Lexicon.lower(head.text());
        if (Lexicon.isPluralPronoun(lower) && first + 1 >= words.size()) {
            // "…," they said in a statement, "dijeron ellos": a company's people speak for it, or its spokesperson
            // named just before; never one person.
            Subject spokesperson = OrganisationVoices.namedSpokesperson(text, cast, head.start(), head.end());
            return spokesperson != null ? spokesperson
                    : OrganisationVoices.speakingOrganisation(text, cast, head.start(), head.end());
        }
        if (UNRESOLVED_PRONOUNS.contains(lower) || Lexicon.isPluralPronoun(lower)) {
            return null;
        }
        if (PronounAntecedents.pronoun(text, words, first)) {
            boolean person = Lexicon.isPersonPronoun(lower);
            Mention antecedent = person
                    ? DiscourseSubjects.resolve(text, cast, head.start(), DiscourseSubjects.Gender.ofPronoun(lower))
                    : PronounAntecedents.antecedent(text, cast, head.start(), member -> !member.person());
            return antecedent == null ? null : new Subject(cast.name(antecedent.member()), List.of(antecedent.member()),
                    head.start(), head.end(), true);
        }
        Token role = speakerRoleNoun(words, first);
        if (role != null) {
            // "the judge said", "sagte der Angeklagte", "ha detto l'allenatore", "— говорит паромщик"; an age before
            // a role ("— говорит 38-летняя учительница") is the role's holder's, if anyone's, else the age's.
            int member = RoleAntecedents.NOBODY;
            if (role == head && first + 1 < words.size() && SubjectGrammar.AGE.matcher(head.text()).matches()
                    && Lexicon.isRoleHead(words.get(first + 1).text())) {
                member = RoleAntecedents.person(text, cast, words.get(first + 1).text(), head.start());
            }
            member = member >= 0 ? member : RoleAntecedents.person(text, cast, role.text(), head.start());
            if (member >= 0) {
                return new Subject(cast.name(member), List.of(member), head.start(), role.end(), true);
            }
            if (member == RoleAntecedents.SEVERAL) {
                // Several people hold the role: the description itself, which names no one.
                return new Subject(text.text(head.start(), role.end()), List.of(), head.start(), role.end(), true);
            }
            if (role == head) {
                return describedPerson(text, cast, List.of(role), head.start(), role.end());
            }
        }
        boolean name = head.capitalised() && !Lexicon.isFunctionWord(head.text()) && !cast.isCommonWord(head.bare())
                && !Lexicon.isRoleModifier(lower)
                && !Lexicon.isDemonym(lower) && !Lexicon.isPlace(head.bare()) && head.text().chars().allMatch(Character::isLetter);
        int declined = name ? declinedSurname(cast, head) : -1;
        if (declined >= 0) {
            return new Subject(cast.name(declined), List.of(declined), head.start(), head.end(), true);
        }
        // "indique l'entreprise", "ha detto l'azienda": an organisation's noun with its article elided into it.
        String elided = Lexicon.afterElidedArticle(head.text());
        boolean elidedOrganisation = elided != null && (Lexicon.isOrgNoun(elided) || Lexicon.isProxy(elided));
        if (!name && !Lexicon.isDeterminer(lower) && !bareNounSubject(words, first) && !elidedOrganisation) {
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
        boolean alone = elidedOrganisation && last == first; // read as "the company"
        boolean definite = Lexicon.isDefinite(lower) || alone;
        String noun = alone ? elided : Lexicon.lower(words.get(last).text());
        if (definite && Lexicon.isProxy(noun)) {
            // "…," the statement read / the spokesperson said: the one who issued the statement named last, else
            // the organisation named last.
            Subject issuer = OrganisationVoices.issuerOfLast(text, cast, words.get(last), head.start());
            if (issuer == null) {
                issuer = OrganisationVoices.speakingOrganisation(text, cast, head.start(), words.get(last).end(), noun);
            }
            if (issuer != null) {
                return issuer;
            }
        }
        if (definite && Lexicon.isOrgNoun(noun) && !Lexicon.isProxy(noun)) {
            // "the agency said", "señaló la compañía", "so die Behörde": the organisation the noun stands for.
            Subject organisation = OrganisationVoices.nounsOrganisation(text, cast, head.start(), words.get(last).end());
            if (organisation != null) {
                return organisation;
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
        List<Token> description = words.subList(first + 1, last + 1);
        boolean kindOfPerson = namesAKindOfPerson(description, text.language());
        if (Lexicon.isDefinite(lower) && (kindOfPerson || qualifiedPersonNoun(text, cast, description)
                || bareNoun(description, text.language()) && afterVerbOfSpeech(text, head))) {
            // "« … », raconte la navetteuse", "escribió el santafesino": a noun no role list holds stands for the
            // person the discourse is about, when it agrees with the article's gender and no one else is named since;
            // with a name or number among its modifiers, or as a bare noun no list holds, for one the story
            // introduced with an age ("Ellie Vance, 15, waits for the bus. “…,” said the Year 11 pupil"; "Rui Matos,
            // 58 anos, arranja as redes. «…», disse o mestre à Lusa").
            SegmentedArticle.Sentence current = text.sentenceAt(head.start());
            Mention topic = current == null ? null : carriedTopic(text, cast, current, head.start());
            if (topic != null && (kindOfPerson
                    || RoleAntecedents.introducedWithAge(text, cast, topic.member(), head.start()))) {
                return new Subject(cast.name(topic.member()), List.of(topic.member()), head.start(),
                        words.get(last).end(), true);
            }
        }
        if (role != null) {
            // Nobody is given the role and no name is apposed: the one person the sentence before is about ("dijo el
            // entrenador del Mirasierra" after "Ramón Icaza lamentaba…"), else the description.
            Subject described = describedPerson(text, cast, List.of(role), head.start(), words.get(last).end());
            if (described != null) {
                return described;
            }
        }
        return new Subject(text.text(head.start(), words.get(last).end()), List.of(), head.start(), words.get(last).end(),
                true);
    }

    /**
     * The role noun or age that heads a description of one person at {@code words[first]}: after a definite
     * determiner and at most {@value #MAX_ROLE_MODIFIERS} modifiers ("the judge", "der Angeklagte", "the deputy
     * coach", "the 61-year-old"), in the word itself after an elided article ("l'allenatore"), or a lower-case role
     * noun standing alone, as languages without articles write it ("говорит паромщик"); or null. Groups ("the
     * doctors") are no such description.
     */
    static Token roleNoun(List<Token> words, int first) {
        return roleNoun(words, first, false);
    }

    /**
     * The role noun that heads a description of the speaker, as {@link #roleNoun(List, int)}, or one with a
     * complement after it ("el entrenador del Mirasierra", "the coach of Riverton FC"), where a subject that goes
     * on to a name is no longer read: the complement qualifies the role.
     */
    static Token speakerRoleNoun(List<Token> words, int first) {
        return roleNoun(words, first, true);
    }

    private static Token roleNoun(List<Token> words, int first, boolean withComplement) {
        Token head = words.get(first);
        String elided = Lexicon.afterElidedArticle(head.text());
        boolean bare = !head.capitalised() && SubjectGrammar.personNoun(head.text())
                && (first + 1 == words.size() || withComplement && !words.get(first + 1).capitalised()
                && !Lexicon.isFunctionWord(words.get(first + 1).text()));
        // A role noun standing alone, as languages without articles write it ("говорит паромщик"), or with its
        // complement ("— заявил глава региона").
        if (elided != null && SubjectGrammar.personNoun(elided) || bare) {
            return Lexicon.isPeopleNoun(head.text()) ? null : head;
        }
        if (!Lexicon.isDefinite(head.text())) {
            return null;
        }
        for (int i = first + 1; i < words.size() && i <= first + 1 + MAX_ROLE_MODIFIERS; i++) {
            Token word = words.get(i);
            Token phrase = rolePhrase(words, i);
            if (phrase != null) {
                return phrase;
            }
            if (SubjectGrammar.personNoun(word.text()) && (i + 1 == words.size() || !nounAfter(words.get(i + 1))
                    || withComplement && SubjectClause.COMPLEMENT_PARTICLES.contains(words.get(i + 1).text()))) {
                // "el entrenador del Mirasierra": the complement qualifies the role, it heads no other noun
                return Lexicon.isPeopleNoun(word.text()) ? null : word;
            }
            if (Lexicon.isFunctionWord(word.text()) || word.capitalised() && !Lexicon.isRoleModifier(word.text())) {
                return null;
            }
        }
        return null;
    }

    /**
     * A role of two words at {@code words[i]} that a story uses for an office ("ha detto il primo
     * cittadino", "a ajouté le premier magistrat"), as one token the office's one-word nouns match; or null. Its
     * words, read one by one, name no such role ("cittadino" is anyone, "magistrat" a judge).
     */
    private static Token rolePhrase(List<Token> words, int i) {
        if (i + 1 >= words.size()) {
            return null;
        }
        Token end = words.get(i + 1);
        String written = words.get(i).text() + " " + end.text();
        boolean ends = i + 2 == words.size() || !nounAfter(words.get(i + 2));
        return ends && Lexicon.isRolePhrase(written) ? new Token(written, words.get(i).start(), end.end()) : null;
    }

    /**
     * Whether a word goes on a noun phrase as its head, so the role noun before it only modifies it ("the official
     * statement", "the deputy coach"): a lower-case word that is no function word, verb or auxiliary.
     */
    private static boolean nounAfter(Token word) {
        String lower = Lexicon.lower(word.text());
        return !word.capitalised() && !Lexicon.isFunctionWord(lower) && !Speech.isVerb(lower)
                && !Speech.isParticiple(lower) && !Lexicon.isAuxiliary(lower)
                && !SubjectGrammar.PHRASE_ENDS.contains(lower) && !SubjectGrammar.VERB_FORM.matcher(lower).matches();
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
     * Whether the words after a definite determiner name a kind of person by their last word's ending ("la jeune
     * navetteuse", "el santafesino", "la comerciante"), or of two the first's where Romance sets an adjective after
     * it ("il ciclista toscano"): lower-case content words, the last no noun of
     * organisations, statements, outlets or works ("el diario", "le courrier" name no person).
     */
    private static boolean namesAKindOfPerson(List<Token> words, String language) {
        if (words.isEmpty()) {
            return false;
        }
        for (Token word : words) {
            if (word.capitalised() || Lexicon.isFunctionWord(word.text()) || word.possessive()) {
                return false;
            }
        }
        String noun = Lexicon.lower(words.getLast().text());
        // Romance sets an adjective after its noun: the kind of person may come first of two ("il ciclista toscano").
        String head = words.size() == 2 && POSTNOMINAL_ADJECTIVES.contains(language)
                ? Lexicon.lower(words.getFirst().text()) : noun;
        return kindOfPerson(noun, language) || kindOfPerson(head, language) && mayNameAPerson(noun, language);
    }

    private static boolean kindOfPerson(String noun, String language) {
        return Lexicon.hasPersonEnding(noun, language) && mayNameAPerson(noun, language);
    }

    /**
     * Whether the words after a definite determiner name a kind of person with a name or a number among the words
     * that qualify it, as a story describes one it introduced with an age: "the Year 11 pupil", "the Class 12
     * student". Content words naming no one the cast knows, the last a noun of a person by role or ending, in lower
     * case (capitalised as German writes nouns); "the agreement", "told the BBC" name no person.
     */
    private static boolean qualifiedPersonNoun(SegmentedArticle text, Cast cast, List<Token> words) {
        if (words.isEmpty() || !cast.mentionsBetween(words.getFirst().start(), words.getLast().end()).isEmpty()) {
            return false;
        }
        for (Token word : words) {
            if (Lexicon.isFunctionWord(word.text()) || word.possessive()
                    || !word.text().chars().allMatch(Character::isLetterOrDigit)) {
                return false;
            }
        }
        Token last = words.getLast();
        String noun = Lexicon.lower(last.text());
        return (!last.capitalised() || "de".equals(text.language())) && noun.chars().allMatch(Character::isLetter)
                && (SubjectGrammar.personNoun(noun) || Lexicon.hasPersonEnding(noun, text.language()))
                && mayNameAPerson(noun, text.language());
    }

    /** Whether a verb of speech stands right before the determiner: "disse o mestre", "said the skipper". */
    private static boolean afterVerbOfSpeech(SegmentedArticle text, Token determiner) {
        List<Token> before = Tokenizer.words(text.body(), Math.max(0, determiner.start() - MAX_VERB_CHARS),
                determiner.start());
        return !before.isEmpty() && text.text(before.getLast().end(), determiner.start()).isBlank()
                && Speech.isVerb(before.getLast().text());
    }

    /** Whether the description is one lower-case noun that may name a person: "o mestre", "the skipper". */
    private static boolean bareNoun(List<Token> words, String language) {
        if (words.size() != 1 || words.getFirst().capitalised() || Lexicon.isFunctionWord(words.getFirst().text())) {
            return false;
        }
        String noun = Lexicon.lower(words.getFirst().text());
        return noun.chars().allMatch(Character::isLetter) && mayNameAPerson(noun, language)
                && !OrganisationVoices.isDocument(noun);
    }

    /** Whether a lower-case noun is none of organisations, statements, outlets, works or groups of people. */
    private static boolean mayNameAPerson(String noun, String language) {
        return !Lexicon.isOrgNoun(noun) && !Lexicon.isProxy(noun) && !Lexicon.isOrganisationNoun(noun, language)
                && !Lexicon.isPeopleNoun(noun) && !Lexicon.isOutletNoun(noun, language)
                && !Lexicon.isTitleNoun(noun, language);
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
        while (previous != null && text.insideQuotation(previous.end() - 1)) {
            previous = text.sentenceBefore(previous); // the quotation's own sentences: the one before it is meant
        }
        if (previous == null || previous.paragraph() < current.paragraph() - 1
                || description.stream().anyMatch(word -> SubjectGrammar.personNoun(word.text())
                && writtenBefore(text, cast, Lexicon.lower(word.text()), start))) {
            return null; // "The patient was given steroids. … “…,” the patient wrote": someone the story leaves unnamed
        }
        List<Mention> people = cast.mentionsBetween(previous.start(), start).stream()
                .filter(m -> !m.quoted() && cast.member(m.member()).person()).toList();
        Mention named = people.isEmpty() ? carriedTopic(text, cast, current, start) : people.getFirst();
        if (named == null || named.end() > previous.end() && !people.isEmpty()
                || SubjectGrammar.governed(text, named)
                || people.stream().anyMatch(m -> m.member() != named.member()
                && !SubjectGrammar.afterPreposition(text, m, true))) {
            return null;
        }
        int member = named.member();
        String role = cast.member(member).keyword();
        // "la funcionaria" is any office's holder: the minister named before
        boolean sameRole = role.isEmpty() || description.stream().noneMatch(w -> Lexicon.isRoleHead(w.text()))
                || description.stream().anyMatch(w -> Lexicon.isSameRole(w.text(), role) || Lexicon.isAnyOffice(w.text()));
        return sameRole ? new Subject(cast.name(member), List.of(member), start, end, true) : null;
    }

    /**
     * The person the discourse carries to a description whose sentence before names nobody ("« … », explique Ana
     * Roux. Selon elle, … . L'effet était net. « … », reconnaît la chercheuse"): the subject named in its paragraph or
     * the one before, when no one else is named since; or null.
     */
    private static Mention carriedTopic(SegmentedArticle text, Cast cast, SegmentedArticle.Sentence current,
                                        int start) {
        SegmentedArticle.Sentence earliest = current;
        for (SegmentedArticle.Sentence before = text.sentenceBefore(current);
             before != null && before.paragraph() >= current.paragraph() - 1; before = text.sentenceBefore(before)) {
            earliest = before;
        }
        return RoleAntecedents.soleTopic(text, cast, start, earliest.start());
    }

    /**
     * The one person whose surname a Russian word declines ("По словам Роевой" for Марина Роева, "Петрову" for Иван
     * Петров): the word is the surname's stem, without its final "а" or "я", and a case ending of at most
     * {@value #MAX_CASE_ENDING_CHARS} letters; -1 when no one's or several people's surname is.
     */
    private static int declinedSurname(Cast cast, Token word) {
        if (word.text().isEmpty() || Character.UnicodeScript.of(word.text().charAt(0)) != Character.UnicodeScript.CYRILLIC) {
            return -1;
        }
        String written = Lexicon.lower(word.text());
        int found = -1;
        for (int id = 0; id < cast.size(); id++) {
            String name = cast.name(id);
            String surname = Lexicon.lower(name.substring(name.lastIndexOf(' ') + 1));
            String stem = surname.endsWith("а") || surname.endsWith("я") ? surname.substring(0, surname.length() - 1)
                    : surname;
            if (cast.member(id).person() && stem.length() >= MIN_STEM_CHARS && written.startsWith(stem)
                    && written.length() - stem.length() <= MAX_CASE_ENDING_CHARS) {
                if (found >= 0) {
                    return -1;
                }
                found = id;
            }
        }
        return found;
    }

    /**
     * Whether the lower-case {@code word} stands as a whole word before {@code offset} for someone the story leaves
     * unnamed: not after a person its sentence names ("Ann Roe scored, and the striker hit the post" varies her name).
     */
    private static boolean writtenBefore(SegmentedArticle text, Cast cast, String word, int offset) {
        String body = text.body();
        for (int at = body.indexOf(word); at >= 0 && at + word.length() <= offset; at = body.indexOf(word, at + 1)) {
            if ((at == 0 || !Tokenizer.isWordChar(body.charAt(at - 1)))
                    && (at + word.length() >= body.length() || !Tokenizer.isWordChar(body.charAt(at + word.length())))
                    && !variesName(text, cast, at)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a person outside quotations is named before {@code offset} in its sentence. */
    private static boolean variesName(SegmentedArticle text, Cast cast, int offset) {
        SegmentedArticle.Sentence sentence = text.sentenceAt(offset);
        return sentence != null && cast.mentionsBetween(sentence.start(), offset).stream()
                .anyMatch(m -> !m.quoted() && cast.member(m.member()).person());
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
