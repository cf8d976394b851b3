package dev.briefs.engine.extractive;

import dev.briefs.engine.extractive.SubjectFinder.Subject;

import java.util.List;

/**
 * Which organisation, or which named spokesperson, speaks in "…," they said in a statement and "the statement read":
 * the one that issued the statement, the one named last, or the only one the sentence before names.
 */
final class OrganisationVoices {

    /** How many sentences back a "the statement" may refer to the statement someone issued. */
    private static final int MAX_STATEMENT_SENTENCES = 6;
    /**
     * How many paragraphs back an organisation's noun ("the agency") may stand for the one organisation named there
     * when the paragraph before names none: a story names a body once, then calls it by its noun.
     */
    private static final int MAX_NOUN_PARAGRAPHS = 3;
    /** How many words of a participle's phrase may stand between a document and its agent ("publicado esta quinta-feira"). */
    private static final int MAX_AGENT_GAP = 8;

    private OrganisationVoices() {
    }

    /**
     * The organisation a "they said in a statement" or "the statement read" at {@code body[start, end)} stands for:
     * the one named last, leaving out names used as modifiers ("a Netflix documentary"); before an unnamed one ("The
     * company denied it.") only the one the sentence before that names alone; or null.
     */
    static Subject speakingOrganisation(SegmentedArticle text, Cast cast, int start, int end) {
        return speakingOrganisation(text, cast, start, end, "");
    }

    /**
     * As {@link #speakingOrganisation(SegmentedArticle, Cast, int, int)} for "the company said": the organisation
     * named last that the noun can stand for, so a company is not the ministry named after it (a public body, by its
     * name's keyword, is no company).
     */
    static Subject speakingOrganisation(SegmentedArticle text, Cast cast, int start, int end, String noun) {
        int floor = unnamedOrganisationBefore(text, start);
        List<Mention> before = cast.mentionsBetween(floor, start);
        boolean commercial = Lexicon.isCompanySuffix(noun) || Lexicon.isProxy(noun) && Lexicon.isOrgNoun(noun);
        for (int i = before.size() - 1; i >= 0; i--) {
            Mention mention = before.get(i);
            if (commercial && Lexicon.isPublicBody(cast.member(mention.member()).keyword())) {
                continue; // "Contacted by reporters, the company said" is not the Ministry of Transport
            }
            if (!mention.quoted() && !cast.member(mention.member()).person()
                    && !SubjectGrammar.attributive(text, mention)) {
                return new Subject(cast.name(mention.member()), List.of(mention.member()), start, end, true);
            }
        }
        return floor > 0 ? soleOrganisationBefore(text, cast, floor, start, end) : null;
    }

    /**
     * Who issued the statement (or letter, email) that "the statement" at {@code start} refers back to: the subject
     * of the last sentence before that introduces a document, "On Monday, Harlow Records issued a statement…", "Em
     * nota, a Metroclaro afirmou…" before "diz o texto", passing over those that refer back to one again ("The
     * statement, obtained by …, claimed…", "…,” the statement read."); null when the subject names no one, or none of
     * the last few sentences introduces a document.
     */
    static Subject issuerOfLast(SegmentedArticle text, Cast cast, Token noun, int start) {
        String document = Lexicon.lower(noun.text());
        if (Lexicon.isOrgNoun(document) || Lexicon.isPeopleNoun(document)) {
            return null; // "the company", "the spokesperson": someone, not a document someone issued
        }
        SegmentedArticle.Sentence sentence = text.sentenceAt(start);
        for (int step = 0; sentence != null && step < MAX_STATEMENT_SENTENCES; step++) {
            sentence = text.sentenceBefore(sentence);
            if (sentence == null
                    || sentence.paragraph() < text.paragraphAt(start) - PronounAntecedents.MAX_ANTECEDENT_PARAGRAPHS) {
                return null;
            }
            List<Token> words = Tokenizer.words(text.body(), sentence.start(), sentence.end());
            for (int i = 1; i < words.size(); i++) {
                Token word = words.get(i);
                Subject publisher = isDocument(word.text()) && !text.insideQuotation(word.start())
                        ? publishedBy(text, cast, words, i, start, noun.end()) : null;
                if (publisher != null) {
                    return publisher; // "O relatório publicado pela X conta outra história."
                }
                boolean refersBack = i == 1 && Lexicon.isDeterminer(words.getFirst().text())
                        || i + 1 < words.size() && Speech.isVerb(words.get(i + 1).text());
                if (!refersBack && !text.insideQuotation(word.start())
                        && (Lexicon.lower(word.text()).startsWith(document) || isDocument(word.text()))) {
                    // "issued a statement", "said in a separate statement", "Em nota,": introduced here, by the
                    // subject; not "The statement, obtained by…" nor "the statement read", which refer back to one.
                    int clause = openingPhraseEnd(text, sentence, word);
                    Subject subject = SubjectFinder.find(text, cast, clause, sentence.end());
                    int nextComma = text.body().indexOf(',', clause, sentence.end());
                    if (subject == null && clause > sentence.start() && nextComma > 0) {
                        // "In her letter, sent on Friday, she wrote:": a participle's phrase set off after the
                        // opening one comes before the clause.
                        clause = nextComma + 1;
                        subject = SubjectFinder.find(text, cast, clause, sentence.end());
                    }
                    boolean opensClause = subject != null && (subject.leading() || clause > sentence.start()
                            && Tokenizer.words(text.body(), clause, subject.start()).stream()
                            .allMatch(w -> Lexicon.isDeterminer(w.text())));
                    return opensClause ? issuer(text, cast, subject, start, noun.end()) : null;
                }
            }
        }
        return null;
    }

    /**
     * The organisation a participle after the document {@code words[document]} names as its agent, within its phrase:
     * "the report published on Tuesday by the X", "o relatório publicado esta quinta-feira pela X", "le rapport publié
     * par la X"; or null.
     */
    private static Subject publishedBy(SegmentedArticle text, Cast cast, List<Token> words, int document, int start,
                                       int end) {
        for (int j = document + 1; j < words.size() && j <= document + MAX_AGENT_GAP; j++) {
            Token word = words.get(j);
            if (text.text(words.get(j - 1).end(), word.start()).contains(",")) {
                return null; // the phrase has ended
            }
            if (Lexicon.isAgentPreposition(word.text())) {
                List<Mention> after = cast.mentionsBetween(word.end(), text.body().length());
                Mention agent = after.isEmpty() ? null : after.getFirst();
                boolean next = agent != null && Tokenizer.words(text.body(), word.end(), agent.start()).stream()
                        .allMatch(w -> Lexicon.isDeterminer(w.text()));
                return next && !agent.quoted() && !cast.member(agent.member()).person()
                        ? new Subject(cast.name(agent.member()), List.of(agent.member()), start, end, true) : null;
            }
        }
        return null;
    }

    /** A document an organisation issues: "statement", "Mitteilung", "nota", "заявлении"; not the company or its people. */
    static boolean isDocument(String word) {
        String lower = Lexicon.lower(word);
        return Lexicon.isProxy(lower) && !Lexicon.isOrgNoun(lower) && !Lexicon.isPeopleNoun(lower)
                && !Lexicon.isRoleHead(lower);
    }

    /**
     * The speaker for {@code body[start, end)} that the subject of a sentence introducing a document gives: the one
     * member it names or its organisation's noun stands for ("The agency said in a statement", "The company
     * denied…"), else a public body's noun phrase itself ("la préfecture de l'Aveyrolle", an office the article names
     * no other way); or null.
     */
    private static Subject issuer(SegmentedArticle text, Cast cast, Subject subject, int start, int end) {
        if (subject.members().size() > 1) {
            return null;
        }
        List<Token> words = Tokenizer.words(text.body(), subject.start(), subject.end());
        boolean personPronoun = words.size() == 1 && Lexicon.isPersonPronoun(words.getFirst().text());
        if (subject.members().size() == 1 && (personPronoun
                || !cast.mentionsBetween(subject.start(), subject.end()).isEmpty())) {
            // "In her letter she wrote:": a person writes their own letter, so "she" is the issuer.
            return new Subject(subject.text(), subject.members(), start, end, true);
        }
        // Not named there: an "it"'s or a description's guess ("the one named last") is no issuer; an
        // organisation's noun is, for the organisation whose name holds it ("The trust") or the one it can stand for.
        String first = words.getFirst().text();
        String elided = Lexicon.afterElidedArticle(first); // "l'entreprise": the noun with its article
        if (elided == null && (!Lexicon.isDefinite(first) || words.size() < 2)) {
            return null;
        }
        Token head = words.get(elided != null ? 0 : 1);
        String noun = elided != null ? elided : Lexicon.lower(head.text());
        if (subject.members().size() == 1 && !cast.member(subject.members().getFirst()).person()
                && noun.equals(cast.member(subject.members().getFirst()).keyword())) {
            return new Subject(subject.text(), subject.members(), start, end, true);
        }
        Subject organisation = Lexicon.isOrgNoun(noun) ? nounsOrganisation(text, cast, subject.start(), head.end()) : null;
        if (organisation != null) {
            return new Subject(organisation.text(), organisation.members(), start, end, true);
        }
        // An office the article names by its noun alone is itself the speaker; an unnamed company is too vague.
        return Lexicon.isPublicBody(noun)
                ? new Subject(text.text(subject.start(), subject.end()), List.of(), start, end, true) : null;
    }

    /**
     * Where the clause after a sentence's opening phrase that holds the document starts: after the comma that closes
     * a phrase opened by a preposition, "Em nota, | a Metroclaro afirmou", "Dans un communiqué publié mardi, | la
     * préfecture a justifié…"; the sentence's start otherwise ("Harlow Records said in a statement").
     */
    private static int openingPhraseEnd(SegmentedArticle text, SegmentedArticle.Sentence sentence, Token document) {
        String body = text.body();
        List<Token> opening = Tokenizer.words(body, sentence.start(), document.start());
        int comma = body.indexOf(',', document.end(), sentence.end());
        boolean phrase = comma > 0 && !opening.isEmpty()
                && (Lexicon.isPlacePreposition(opening.getFirst().text()) || Lexicon.isPreposition(opening.getFirst().text()))
                && body.indexOf(',', sentence.start(), document.start()) < 0;
        return phrase ? comma + 1 : sentence.start();
    }

    /**
     * The person who opens the sentence before {@code start} in its paragraph as an organisation's named voice,
     * "Kim Lowe, a spokesperson for Harlan Rail, confirmed…": the "they" of a following "…," they said is that
     * person. Null otherwise.
     */
    static Subject namedSpokesperson(SegmentedArticle text, Cast cast, int start, int end) {
        SegmentedArticle.Sentence current = text.sentenceAt(start);
        SegmentedArticle.Sentence previous = current == null ? null : text.sentenceBefore(current);
        if (previous == null || previous.paragraph() != current.paragraph()) {
            return null;
        }
        List<Mention> named = cast.mentionsBetween(previous.start(), previous.end());
        if (named.isEmpty() || !cast.member(named.getFirst().member()).person() || named.getFirst().quoted()) {
            return null;
        }
        Mention person = named.getFirst();
        String body = text.body();
        int close = body.indexOf(',', person.end() + 1);
        if (person.end() >= previous.end() || body.charAt(person.end()) != ',' || close < 0 || close > previous.end()) {
            return null;
        }
        List<Token> apposition = Tokenizer.words(body, person.end(), close);
        boolean opens = Tokenizer.words(body, previous.start(), person.start()).stream().allMatch(RoleFinder::isTitle);
        boolean voice = opens && apposition.size() >= 2 && Lexicon.isDeterminer(apposition.getFirst().text())
                && apposition.stream().anyMatch(w -> Lexicon.isProxy(w.text())
                && !Lexicon.isOrgNoun(Lexicon.lower(w.text())));
        return voice ? new Subject(cast.name(person.member()), List.of(person.member()), start, end, true) : null;
    }

    /**
     * The organisation an organisation's noun at {@code body[start, end)} stands for ("the agency said", "señaló la
     * compañía", "so die Behörde"): the one named before it in its sentence, even as a modifier ("Emirates President
     * Tim Clark said the airline…"), else the only one named from the paragraph before on; null when none is, or
     * several.
     */
    static Subject nounsOrganisation(SegmentedArticle text, Cast cast, int start, int end) {
        SegmentedArticle.Sentence sentence = text.sentenceAt(start);
        if (sentence == null) {
            return null;
        }
        String noun = Tokenizer.words(text.body(), start, end).getLast().text();
        List<Integer> all = cast.mentionsBetween(sentence.start(), start).stream()
                .filter(m -> !m.quoted() && !cast.member(m.member()).person()).map(Mention::member).distinct().toList();
        List<Integer> named = all.size() > 1 ? all.stream().filter(member -> standsFor(cast, noun, member)).toList() : all;
        if (named.size() == 1) {
            return new Subject(cast.name(named.getFirst()), named, start, end, true);
        }
        if (!all.isEmpty()) {
            return null;
        }
        // The nearest paragraph that names one: its own, the one before, then a few more.
        for (int back : new int[] {0, 1, MAX_NOUN_PARAGRAPHS}) {
            int from = text.paragraph(Math.max(0, text.paragraphAt(start) - back)).start();
            Token same = sameNounBefore(text, from, sentence.start(), noun);
            if (same != null) {
                // "the group said…", then "the group added": the chain refers back past the names between, to whom
                // the noun stood for there, or no one
                Subject earlier = nounsOrganisation(text, cast, same.start(), same.end());
                return earlier == null ? null : new Subject(earlier.text(), earlier.members(), start, end, true);
            }
            List<Integer> before = cast.mentionsBetween(from, sentence.start()).stream()
                    .filter(m -> !m.quoted() && !cast.member(m.member()).person() && !SubjectGrammar.attributive(text, m))
                    .map(Mention::member).distinct().toList();
            List<Integer> fitting = before.size() > 1
                    ? before.stream().filter(member -> standsFor(cast, noun, member)).toList() : before;
            if (!before.isEmpty()) {
                return fitting.size() == 1 ? new Subject(cast.name(fitting.getFirst()), fitting, start, end, true) : null;
            }
        }
        return null;
    }

    /**
     * Whether a public body's noun can stand for the member: "the regulator", "die Behörde" for a public body by its
     * name's keyword ("Office of Energy Standards"), not for the company named beside it ("Halvern Energy"); any
     * other noun for any organisation.
     */
    private static boolean standsFor(Cast cast, String noun, int member) {
        return !Lexicon.isPublicBody(noun) || Lexicon.isPublicBody(cast.member(member).keyword());
    }

    /**
     * The noun where {@code body[from, to)} last writes it after a definite determiner ("the group", "la compañía"),
     * or null.
     */
    private static Token sameNounBefore(SegmentedArticle text, int from, int to, String noun) {
        List<Token> words = Tokenizer.words(text.body(), from, to);
        for (int i = words.size() - 1; i >= 1; i--) {
            if (words.get(i).text().equalsIgnoreCase(noun) && Lexicon.isDefinite(words.get(i - 1).text())) {
                return words.get(i);
            }
        }
        return null;
    }

    /**
     * The organisation an unnamed one opening the sentence at {@code sentenceStart} stands for ("The company denied
     * the claims."): the only one the sentence before it names, as in "Lena Ortiz accused Harlow Mining of lying.";
     * null when that sentence names none or several.
     */
    private static Subject soleOrganisationBefore(SegmentedArticle text, Cast cast, int sentenceStart, int start,
                                                  int end) {
        SegmentedArticle.Sentence unnamed = text.sentenceAt(sentenceStart);
        SegmentedArticle.Sentence before = unnamed == null ? null : text.sentenceBefore(unnamed);
        if (before == null || before.paragraph() < text.paragraphAt(sentenceStart) - 1) {
            return null;
        }
        List<Integer> organisations = cast.mentionsBetween(before.start(), before.end()).stream()
                .filter(m -> !m.quoted() && !cast.member(m.member()).person() && !SubjectGrammar.attributive(text, m))
                .map(Mention::member).distinct().toList();
        return organisations.size() == 1
                ? new Subject(cast.name(organisations.getFirst()), organisations, start, end, true) : null;
    }

    /**
     * The start of the sentence before the one at {@code offset} when an organisation the cast cannot name is its
     * subject ("The company denied the claims in a statement."): that one issued the statement, so no organisation
     * named earlier did. 0 otherwise.
     */
    private static int unnamedOrganisationBefore(SegmentedArticle text, int offset) {
        SegmentedArticle.Sentence current = text.sentenceAt(offset);
        SegmentedArticle.Sentence previous = current == null ? null : text.sentenceBefore(current);
        if (previous == null || previous.paragraph() < current.paragraph() - 1) {
            return 0;
        }
        List<Token> words = Tokenizer.words(text.body(), previous.start(), previous.end());
        boolean unnamed = words.size() > 1 && Lexicon.isDefinite(words.get(0).text())
                && (Lexicon.isProxy(words.get(1).text()) || Lexicon.isOrgNoun(Lexicon.lower(words.get(1).text())));
        return unnamed ? previous.start() : 0;
    }
}
