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
     * of the last sentence before that introduces one, "On Monday, Harlow Records issued a statement…", passing over
     * those that refer back to it again ("The statement, obtained by …, claimed…", "…,” the statement read."); null
     * when that subject names no one, or none of the last few sentences introduces one.
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
                boolean refersBack = i == 1 || i + 1 < words.size() && Speech.isVerb(words.get(i + 1).text());
                if (!refersBack && !text.insideQuotation(words.get(i).start())
                        && Lexicon.lower(words.get(i).text()).startsWith(document)) {
                    // "issued a statement", "said in a separate statement": introduced here, by the subject; not
                    // "The statement, obtained by…" nor "the statement read", which refer back to one.
                    Subject subject = SubjectFinder.find(text, cast, sentence.start(), sentence.end());
                    boolean named = subject != null && subject.leading() && subject.members().size() == 1
                            && !cast.mentionsBetween(subject.start(), subject.end()).isEmpty();
                    return named ? new Subject(subject.text(), subject.members(), start, noun.end(), true) : null;
                }
            }
        }
        return null;
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
        List<Integer> named = cast.mentionsBetween(sentence.start(), start).stream()
                .filter(m -> !m.quoted() && !cast.member(m.member()).person()).map(Mention::member).distinct().toList();
        if (named.size() == 1) {
            return new Subject(cast.name(named.getFirst()), named, start, end, true);
        }
        if (!named.isEmpty()) {
            return null;
        }
        int from = text.paragraph(Math.max(0, text.paragraphAt(start) - 1)).start();
        if (sameNounBefore(text, from, sentence.start(), Tokenizer.words(text.body(), start, end).getLast().text())) {
            return null; // "the group said…", then "the group added": the chain refers back past the names between
        }
        List<Integer> before = cast.mentionsBetween(from, sentence.start()).stream()
                .filter(m -> !m.quoted() && !cast.member(m.member()).person() && !SubjectGrammar.attributive(text, m))
                .map(Mention::member).distinct().toList();
        return before.size() == 1 ? new Subject(cast.name(before.getFirst()), before, start, end, true) : null;
    }

    /** Whether {@code body[from, to)} writes the noun after a definite determiner: "the group", "la compañía". */
    private static boolean sameNounBefore(SegmentedArticle text, int from, int to, String noun) {
        List<Token> words = Tokenizer.words(text.body(), from, to);
        for (int i = 1; i < words.size(); i++) {
            if (words.get(i).text().equalsIgnoreCase(noun) && Lexicon.isDefinite(words.get(i - 1).text())) {
                return true;
            }
        }
        return false;
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
