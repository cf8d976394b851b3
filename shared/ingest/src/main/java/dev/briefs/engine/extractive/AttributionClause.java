package dev.briefs.engine.extractive;

import java.util.List;

/**
 * The subject of an attribution clause that follows its verb of speech ("…», dijo ayer en rueda de prensa el titular
 * de la dependencia, Ana Ruiz", "…“, sagte im Landtag der gesundheitspolitische Sprecher der Grünen", "…,” said the
 * chief executive of the port authority, Jo Park", "Replica la pm Ada Neri:"), read as constituents rather than as
 * forms: first the adverbials word order puts before the subject (time words, prepositional phrases), then the noun
 * phrase (determiner, modifiers, head noun, its complements), then a name apposed after a comma. The name the phrase
 * carries, after its title ("la pm Ada Neri"), first with a description after it ("Ana Ruiz, directora de…") or apposed
 * to the description, is the speaker; a description without a name stands for whom it describes
 * ({@link DescribedSubjects}), and a name inside a complement ("el entrenador del Mirasierra") never speaks.
 */
final class AttributionClause {

    /**
     * The subject noun phrase of a clause.
     *
     * @param start offset where the phrase starts, after the adverbials before it
     * @param end   offset after its last word (an apposed name included)
     * @param head  the head noun of the description, or null when the phrase is a name alone
     * @param name  the name it carries, or null when it is a description only
     * @param owner the name that qualifies the head ("a Velda spokesperson", "NASA administrator"), or null
     */
    record Phrase(int start, int end, Token head, Name name, Name owner) {
    }

    /**
     * A name in a subject phrase.
     *
     * @param member the cast member it names, or -1 for a name the cast does not know
     */
    record Name(int start, int end, int member) {

        /**
         * The speaker it names: the cast member's full name, else the name as the text writes it; an organisation
         * named by its acronym keeps it ("says WHO"), as a reader quotes it.
         */
        String speaker(SegmentedArticle text, Cast cast) {
            String written = text.text(start, end);
            return member < 0 || !cast.member(member).person() && SubjectFinder.acronym(written) ? written
                    : cast.name(member);
        }
    }

    /** How many words the adverbials before a subject may take, which bounds the work too. */
    private static final int MAX_ADVERBIAL_WORDS = 12;
    /** How many words a description may have before its head noun ("la eurodiputada valenciana"). */
    private static final int MAX_MODIFIER_WORDS = 4;
    /** How many words an apposition between a subject and its verb may have. */
    private static final int MAX_APPOSITION_WORDS = 24;
    /** How many capitalised words a name the cast does not know may have. */
    private static final int MAX_NAME_WORDS = 4;

    private AttributionClause() {
    }

    /**
     * The name of a subject that stands before its verb of speech with an apposition set off by commas: "…,” John
     * Williams, the president of the Federal Reserve Bank of New York, said", "…,” Kiran Dev, a fellow at the
     * Institute in Pune, India, and co-author of the study, said" (the apposition may hold commas of its own and need
     * not close with one), "…,” his mother, Joanne Renner, said", "…,” study lead author Kiran Dev, …, said"; null
     * when the clause opens with no such subject ("…,” Mary Ann, told the court" has no apposition).
     */
    static Name apposedBeforeVerb(SegmentedArticle text, Cast cast, int from, int to) {
        List<Token> words = Tokenizer.words(text.body(), from, to);
        Phrase phrase = words.isEmpty() ? null : phrase(text, cast, words, 0);
        if (phrase == null || phrase.name() == null || phrase.end() >= to || text.body().charAt(phrase.end()) != ',') {
            return null;
        }
        List<Token> apposition = Tokenizer.words(text.body(), phrase.end() + 1, to);
        for (int i = 0; i < apposition.size() && i <= MAX_APPOSITION_WORDS; i++) {
            String word = apposition.get(i).text();
            if (Speech.isParticiple(word)) {
                return null;
            }
            if (Speech.isVerbAfterQuotation(word)) {
                // A name set off after a description takes the verb right after its comma ("his mother, Joanne
                // Renner, said"); a name alone takes it after its apposition ("Mary Ann, told the court" has none).
                boolean setOff = text.text(phrase.start(), phrase.name().start()).contains(",");
                return (i == 0) == setOff ? phrase.name() : null;
            }
        }
        return null;
    }

    /** The subject phrase that opens {@code body[from, to)}, after its adverbials; null when none does. */
    static Phrase subjectAfterVerb(SegmentedArticle text, Cast cast, int from, int to) {
        List<Token> words = Tokenizer.words(text.body(), from, to);
        int first = skipAdverbials(text, cast, words, 0);
        return first < words.size() ? phrase(text, cast, words, first) : null;
    }

    /**
     * The speaker the subject after a verb of speech names: the phrase's name, else the person or organisation its
     * description stands for; null when the clause opens with no subject (a pronoun, a verb, a conjunction).
     */
    static SubjectFinder.Subject speakerAfterVerb(SegmentedArticle text, Cast cast, int from, int to) {
        Phrase phrase = subjectAfterVerb(text, cast, from, to);
        if (phrase == null) {
            return null;
        }
        Name name = phrase.name() != null ? phrase.name()
                : Lexicon.isProxy(phrase.head().text()) ? voiced(text, cast, phrase) : null;
        if (name != null) { // "the chief engineer, Dana Crane"; "a Velda spokesperson": the organisation speaks
            List<Integer> members = name.member() >= 0 ? List.of(name.member()) : List.of();
            return new SubjectFinder.Subject(name.speaker(text, cast), members, name.start(), name.end(), true);
        }
        List<Token> description = Tokenizer.words(text.body(), phrase.start(), phrase.end());
        return DescribedSubjects.describe(text, cast, description, 0, phrase.end());
    }

    /**
     * The organisation a head that speaks for one stands for: the one that qualifies it ("a Velda spokesperson"),
     * else the first name its complements give ("a report from Kotak Equities", "un portavoz del Ministerio"); or null.
     */
    private static Name voiced(SegmentedArticle text, Cast cast, Phrase phrase) {
        if (phrase.owner() != null) {
            return phrase.owner();
        }
        for (Mention mention : cast.mentionsBetween(phrase.head().end(), phrase.end())) {
            if (!mention.quoted()) {
                return new Name(mention.start(), mention.end(), mention.member());
            }
        }
        return null;
    }

    /**
     * Whether the clause ends with the phrase or goes on with an adverbial ("so X in ihrem Plädoyer", "so X, Leiterin
     * des Amts"), rather than with a verb of its own, whose subject it then is.
     */
    static boolean endsOrAdverbialAfter(SegmentedArticle text, Cast cast, Phrase phrase, int to) {
        List<Token> rest = Tokenizer.words(text.body(), phrase.end(), to);
        return rest.isEmpty() || !text.text(phrase.end(), rest.getFirst().start()).isBlank()
                || skipAdverbials(text, cast, rest, 0) > 0;
    }

    /** The index of the first word after the adverbials that open {@code words[i..]}: time words, prepositional phrases. */
    private static int skipAdverbials(SegmentedArticle text, Cast cast, List<Token> words, int i) {
        int at = i;
        while (at < words.size() && at - i < MAX_ADVERBIAL_WORDS) {
            Token word = words.get(at);
            if (Lexicon.isClauseAdverb(word.text(), text.language()) || Lexicon.isCalendarWord(word.text())) {
                at++;
            } else if (opensPhrase(text, word) && !Lexicon.isDeterminer(word.text(), text.language())) {
                // "disse a ministra": a Portuguese article; "ha commentato a caldo il segretario": an Italian preposition
                at = objectEnd(text, cast, words, at + 1);
            } else {
                break;
            }
        }
        return at;
    }

    /** Whether a lower-case word is a preposition, which opens a phrase that is no subject. */
    private static boolean opensPhrase(SegmentedArticle text, Token word) {
        return !word.capitalised() && Lexicon.isOblique(word.text(), text.language());
    }

    /**
     * The index after the object of a preposition at {@code words[i]}: a determiner, its first word, then the words
     * that carry the phrase on (lower-case modifiers, a name after a preposition, a nested prepositional phrase),
     * up to a comma, a determiner, a title or a person's name that opens the next phrase ("el alcalde de Villanueva
     * Ana Ruiz": the place ends the complement, the person is the subject). A language without articles gives no
     * determiner to stop at, so there a word carries the phrase on only after a preposition ("к журналистам министр").
     */
    private static int objectEnd(SegmentedArticle text, Cast cast, List<Token> words, int i) {
        int at = i;
        if (at < words.size() && Lexicon.isDeterminer(words.get(at).text())) {
            at++;
        }
        if (at >= words.size()) {
            return at;
        }
        at++;
        boolean articles = Lexicon.writesArticles(text.language());
        while (at < words.size() && joined(text, words, at)) {
            Token word = words.get(at);
            Token previous = words.get(at - 1);
            boolean afterPreposition = opensPhrase(text, previous);
            if (Lexicon.isDeterminer(word.text()) && !afterPreposition || RoleFinder.isTitle(word) && !afterPreposition
                    || Speech.isVerb(word.text()) || personAt(cast, word) != null) {
                break;
            }
            if (coordinatesObject(text, cast, words, at)) {
                at++; // "comandante de emergência e proteção civil", "adjointe à la culture et aux fêtes"
                continue;
            }
            boolean carries = opensPhrase(text, word) || afterPreposition
                    || word.capitalised() && previous.capitalised()
                    || articles && !word.capitalised() && !Lexicon.isFunctionWord(word.text());
            if (!carries) {
                break;
            }
            at++;
        }
        return at;
    }

    /**
     * Whether {@code words[at]} is a conjunction that joins a second lower-case noun or prepositional phrase to a
     * preposition's object ("de emergência e proteção civil", "à la culture et aux fêtes", "of finance and
     * operations"), rather than a verb, a name or a clause of its own.
     */
    private static boolean coordinatesObject(SegmentedArticle text, Cast cast, List<Token> words, int at) {
        if (at + 1 >= words.size() || !Lexicon.isCoordinator(words.get(at).text(), text.language())
                || !joined(text, words, at + 1)) {
            return false;
        }
        Token next = words.get(at + 1);
        return !next.capitalised() && (opensPhrase(text, next) || !Lexicon.isFunctionWord(next.text())
                && !Speech.isVerb(next.text()) && !Lexicon.isSpeechParticiple(next.text()) && personAt(cast, next) == null);
    }

    /**
     * Whether only a space separates {@code words[at]} from the word before, or a title's abbreviating dot ("Dr."),
     * or the marks of a name set in them ("банка «Северный Мост» Ольга").
     */
    private static boolean joined(SegmentedArticle text, List<Token> words, int at) {
        String gap = text.text(words.get(at - 1).end(), words.get(at).start()).strip();
        return gap.isEmpty() || gap.equals(".") && abbreviation(words.get(at - 1))
                || gap.length() == 1 && Quotation.isMark(gap.charAt(0));
    }

    /** The index of the first word after the closing mark of the name in marks that starts at {@code words[at]}. */
    private static int afterMarks(SegmentedArticle text, List<Token> words, int at) {
        int next = at + 1;
        while (next < words.size() && text.text(words.get(next - 1).end(), words.get(next).start()).isBlank()) {
            next++;
        }
        return next;
    }

    /** A word a dot abbreviates: a title ("Dr."), a country's initials ("U.S."). */
    private static boolean abbreviation(Token word) {
        return RoleFinder.isTitle(word) || Lexicon.isCountryCode(word.text());
    }

    /**
     * The noun phrase at {@code words[first]}: a name, with its titles and determiner before it and a description
     * apposed after it; or a description (determiner, modifiers, head, complements) and the name it carries after
     * its title or apposed after a comma; null when the words there open no noun phrase.
     */
    private static Phrase phrase(SegmentedArticle text, Cast cast, List<Token> words, int first) {
        Token opening = words.get(first);
        if (PronounAntecedents.pronoun(text, words, first)) {
            return new Phrase(opening.start(), opening.end(), opening, null, null); // "sagte er", "— сказал он"
        }
        int at = Lexicon.isDeterminer(opening.text()) && nameAt(text, cast, words, first) == null ? first + 1 : first;
        Token head = null;
        Name owner = null;
        Name formsName = null;
        int modifiers = 0;
        while (at < words.size() && modifiers <= MAX_MODIFIER_WORDS && (at == first || joined(text, words, at))) {
            if (at > first && Quotation.isMark(text.body().charAt(words.get(at).start() - 1))) {
                int next = afterMarks(text, words, at); // "компании «Верхний Бор»": a name in marks qualifies the head
                if (at == first + 1 && Lexicon.isLegalFormBeforeName(opening.text())) {
                    formsName = markedName(cast, words, at, next);
                }
                at = next;
                continue;
            }
            Name name = nameAt(text, cast, words, at);
            if (name != null) {
                return new Phrase(opening.start(), name.end(), head, name, owner);
            }
            Mention modifier = modifierAt(text, cast, words.get(at));
            if (modifier != null) {
                // "аналитик банка «Северный Мост» Ольга Сухова", "NASA administrator X": the name qualifies the head
                owner = new Name(modifier.start(), modifier.end(), modifier.member());
                at = Tokenizer.indexFrom(words, at, modifier.end());
                continue;
            }
            Token word = words.get(at);
            // After a determiner or a modifier a word is a noun, though spelt as a verb: "le juge", "the answers"; right
            // after the article a function word is an adjective of the noun ("la prima autrice", "i due sindacalisti").
            boolean afterArticle = at == first + 1 && Lexicon.isDeterminer(opening.text())
                    && !Lexicon.isDeterminer(word.text()) && !Lexicon.isRelative(word.text(), text.language());
            if (!afterArticle && (opensPhrase(text, word) || at == first && Speech.isVerb(word.text())
                    || Lexicon.isFunctionWord(word.text()) && Lexicon.afterElidedArticle(word.text()) == null)) {
                break;
            }
            if (head == null || !nounOfPersonOrBody(head) || nounOfPersonOrBody(word)) {
                head = word; // "the chief engineer"; "la eurodiputada valenciana": an adjective after the noun is no head
            }
            modifiers++;
            at++;
        }
        if (head == null) {
            return null;
        }
        int end = at;
        while (end < words.size() && joined(text, words, end) && (opensPhrase(text, words.get(end))
                || genitive(text, words.get(end)))) {
            end = objectEnd(text, cast, words, end + 1);
        }
        Name closing = personClosing(text, cast, words, end);
        if (closing != null) {
            return new Phrase(opening.start(), closing.end(), head, closing, owner);
        }
        int phraseEnd = words.get(end - 1).end();
        if (end < words.size() && text.text(phraseEnd, words.get(end).start()).strip().equals(",")) {
            Phrase apposed = phrase(text, cast, words, end);
            if (apposed != null && apposed.name() != null) {
                // "el presidente del sindicato, Adilson Prado", "la ponente del texto, la eurodiputada Ana Ruiz"
                return new Phrase(opening.start(), apposed.end(), head, apposed.name(), owner);
            }
        }
        return new Phrase(opening.start(), phraseEnd, head, formsName, owner);
    }

    /**
     * The name in marks {@code words[from, to)} after the legal form that opens a phrase no other name follows: "АО «Теплосеть»" in "— сообщили в пресс-службе АО «Теплосеть»" names the company, not
     * "АО"; the cast member it names, or the name as written.
     */
    private static Name markedName(Cast cast, List<Token> words, int from, int to) {
        Mention mention = mentionAt(cast, words.get(from));
        return new Name(words.get(from).start(), words.get(to - 1).end(), mention == null ? -1 : mention.member());
    }

    private static boolean nounOfPersonOrBody(Token word) {
        String noun = Lexicon.afterElidedArticle(word.text());
        String bare = noun == null ? word.text() : noun;
        return SubjectGrammar.personNoun(bare) || RoleFinder.isTitle(word) || Lexicon.isOrgNoun(Lexicon.lower(bare))
                || Lexicon.isOrgKeyword(bare) || Lexicon.isProxy(bare);
    }

    /** A German determiner after a noun opens its genitive complement: "der Sprecher der Grünen". */
    private static boolean genitive(SegmentedArticle text, Token word) {
        return Lexicon.opensGenitive(word.text(), text.language());
    }

    /**
     * The name that starts at {@code words[at]}: a cast member's mention outside quotations that modifies no noun
     * after it, or two to {@value #MAX_NAME_WORDS} capitalised words no lexicon knows; or null.
     */
    private static Name nameAt(SegmentedArticle text, Cast cast, List<Token> words, int at) {
        Token word = words.get(at);
        Mention mention = mentionAt(cast, word);
        if (mention != null && modifierAt(text, cast, word) == null) {
            return new Name(mention.start(), mention.end(), mention.member());
        }
        if (mention != null || at > 0 && Quotation.isMark(text.body().charAt(word.start() - 1))
                || Lexicon.isHonorific(word.bare(), text.language())) {
            return null; // "a déclaré Me Roche": the honorific is no part of the name after it
        }
        int end = at;
        while (end < words.size() && end - at < MAX_NAME_WORDS && nameWord(words.get(end))
                && (end == at || text.text(words.get(end - 1).end(), words.get(end).start()).equals(" ")
                && mentionAt(cast, words.get(end)) == null)) {
            end++; // up to a cast member's mention, which the words before describe ("der Bevollmächtigte Thorsten Engel")
        }
        // "White House Press Secretary X": capitalised words before a title or a name qualify them, they name no one
        if (end - at < 2) {
            return null;
        }
        boolean qualifying = end < words.size() && text.text(words.get(end - 1).end(), words.get(end).start()).equals(" ")
                && (RoleFinder.isTitle(words.get(end)) || Lexicon.isOrgKeyword(words.get(end).text())
                || mentionAt(cast, words.get(end)) != null);
        return !qualifying ? new Name(word.start(), words.get(end - 1).end(), -1) : null;
    }

    /**
     * The person whose name closes a head's complement with no comma before it, after at most a place's capitalised
     * words the complement did not take ("пенсионерка из села Верхние Ключи Валентина Сорокина", "el alcalde de
     * Villanueva Ana Ruiz"); or null.
     */
    private static Name personClosing(SegmentedArticle text, Cast cast, List<Token> words, int end) {
        for (int at = end; at < words.size() && at - end < MAX_NAME_WORDS && joined(text, words, at)
                && words.get(at).capitalised(); at++) {
            Mention person = personAt(cast, words.get(at));
            if (person != null) {
                return new Name(person.start(), person.end(), person.member());
            }
        }
        return null;
    }

    /** The cast's mention of a person, outside quotations, that starts at {@code word}; or null. */
    private static Mention personAt(Cast cast, Token word) {
        Mention mention = mentionAt(cast, word);
        return mention != null && cast.member(mention.member()).person() ? mention : null;
    }

    /** The cast's mention, outside quotations, that starts at {@code word}; or null. */
    private static Mention mentionAt(Cast cast, Token word) {
        for (Mention mention : cast.mentionsBetween(word.start(), word.end())) {
            if (mention.start() == word.start() && !mention.quoted()) {
                return mention;
            }
        }
        return null;
    }

    /**
     * The mention at {@code word} when it qualifies the noun after it: a possessive, a name in marks, "a Velda chief",
     * an organisation before a title ("NASA administrator", "White House Press Secretary").
     */
    private static Mention modifierAt(SegmentedArticle text, Cast cast, Token word) {
        Mention mention = mentionAt(cast, word);
        return mention != null && (SubjectGrammar.modifier(text.body(), mention, text.body().length())
                || SubjectGrammar.attributive(text, mention) || beforeTitle(text, cast, mention)) ? mention : null;
    }

    /** Whether an organisation's name stands before a title, with at most a word of the title's before it. */
    private static boolean beforeTitle(SegmentedArticle text, Cast cast, Mention mention) {
        if (cast.member(mention.member()).person()) {
            return false;
        }
        List<Token> after = Tokenizer.words(text.body(), mention.end(), text.body().length(), 2);
        int from = mention.end();
        for (Token word : after) {
            if (!text.text(from, word.start()).equals(" ") || Lexicon.isFunctionWord(word.text())) {
                return false;
            }
            if (RoleFinder.isTitle(word) || Lexicon.isProxy(word.text())) {
                return true;
            }
            from = word.end();
        }
        return false;
    }

    private static boolean nameWord(Token word) {
        return word.capitalised() && !word.possessive() && !Lexicon.isFunctionWord(word.text())
                && !Lexicon.isCalendarWord(word.text()) && !RoleFinder.isTitle(word) && !Lexicon.isOrgKeyword(word.text())
                && !Lexicon.isDemonym(word.text()) && word.text().chars().allMatch(c -> Character.isLetter(c) || c == '-');
    }
}
