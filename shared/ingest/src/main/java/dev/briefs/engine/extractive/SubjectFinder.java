package dev.briefs.engine.extractive;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds who a clause is about: the first people or organisations it names as its subject ("Macron and Starmer" in
 * "The official statement from Macron and Starmer, released by Downing Street, underlined…"), skipping an opening
 * adverbial ("With US backing secured, …") and names that are objects ("talks with Trump", "released by Downing
 * Street"). Without a name it falls back to a pronoun or a short description, resolved against the cast when it can
 * be ("the coalition").
 */
final class SubjectFinder {

    /**
     * A subject.
     *
     * @param text    the subject as a brief shows it: full names joined with "and", or a phrase from the text
     * @param members the cast members it names, in order (empty for a description that resolved to nobody)
     * @param start   offset where the subject starts
     * @param end     offset after it
     * @param leading whether it opens the clause, with at most titles and determiners before it
     */
    record Subject(String text, List<Integer> members, int start, int end, boolean leading) {
    }

    private static final Set<String> OPENERS = Set.of("with", "after", "following", "once", "when", "if", "as", "in",
            "on", "by", "despite", "although", "though", "while", "since", "before", "under", "amid", "during",
            "speaking", "asked", "at", "for", "from", "earlier", "later", "meanwhile", "but", "and", "so", "yet",
            "now", "then", "still", "however", "instead", "separately", "until", "unlike", "like", "to");
    private static final Set<String> OBJECT_MARKERS = Set.of("by", "to", "with", "against", "at", "about", "than",
            "like", "toward", "towards", "into", "onto", "over", "without", "between", "among", "versus", "vs", "on",
            "in", "for", "under", "told", "met", "called", "urged", "asked", "praised", "criticised", "criticized",
            "accused", "thanked", "joined", "warned", "after", "before", "whom", "unlike");
    /** Pronouns of several people or of the speaker, which name no one the cast could resolve. */
    private static final Set<String> UNRESOLVED_PRONOUNS = Set.of("they", "we", "i");
    /** Words that end a noun phrase: auxiliaries and adverbs that stand between a subject and its verb. */
    private static final Set<String> PHRASE_ENDS = Set.of("now", "also", "still", "then", "will", "would", "could",
            "should", "may", "might", "must", "can", "has", "have", "had", "is", "are", "was", "were", "said", "says",
            "who", "which", "that", "did", "does", "do", "already", "again", "just", "only", "reportedly");
    private static final int MAX_PHRASE_WORDS = 8;
    /** How many mentions back, and within how many paragraphs, a pronoun's subject antecedent is looked for. */
    private static final int MAX_ANTECEDENT_STEPS = 3;
    private static final int MAX_ANTECEDENT_PARAGRAPHS = 2;
    private static final int MAX_TITLE_CHARS = 40;
    /** How many words an opening adverbial before a sentence's subject may have ("Dans le box, l'accusé…"). */
    private static final int MAX_OPENER_WORDS = 8;
    /** How many sentences back a "the statement" may refer to the statement someone issued. */
    private static final int MAX_STATEMENT_SENTENCES = 6;
    /** Third-person and past forms: after a noun they are the verb, not more of the subject. */
    private static final Pattern VERB_FORM = Pattern.compile("\\p{Ll}+(?:[^s]s|ed)");
    /** An age that describes a person: "56-year-old". */
    private static final Pattern AGE = Pattern.compile("\\d+-year-old");

    private SubjectFinder() {
    }

    /** The subject of the clause {@code body[from, to)}, or null when it names no one. */
    static Subject find(SegmentedArticle text, Cast cast, int from, int to) {
        String body = text.body();
        List<Token> words = Tokenizer.words(body, from, to);
        int first = skipOpeners(body, words, to);
        if (first >= words.size()) {
            return null;
        }
        int start = words.get(first).start();
        List<Mention> group = new ArrayList<>();
        for (Mention mention : cast.mentionsBetween(start, to)) {
            if (group.isEmpty()) {
                if (!mention.quoted() && !modifier(body, mention, to) && !isObject(body, words, first, mention)) {
                    group.add(mention);
                }
            } else if (joins(body, group.getLast().end(), mention.start()) && !mention.quoted()) {
                group.add(mention);
            } else {
                break;
            }
        }
        if (group.size() == 1 && !cast.member(group.getFirst().member()).person()) {
            // "NASA administrator Jim Bridenstine": an organisation before a person's title qualifies the person.
            for (Mention next : cast.mentionsBetween(group.getFirst().end(), to)) {
                if (cast.member(next.member()).person() && !next.quoted()
                        && describesPerson(Tokenizer.words(body, group.getFirst().end(), next.start()))) {
                    group.set(0, next);
                }
                break;
            }
        }
        if (!group.isEmpty()) {
            List<Integer> members = group.stream().map(Mention::member).distinct().toList();
            boolean leading = onlyTitlesBetween(body, words, first, group.getFirst().start());
            String written = body.substring(group.getFirst().start(), group.getLast().end());
            // "the DEA says": an organisation keeps the acronym the article names it by there, as a reader quotes it.
            String names = members.size() == 1 && !cast.member(members.getFirst()).person() && acronym(written)
                    ? written : joinNames(cast, members);
            return new Subject(names, members, group.getFirst().start(), group.getLast().end(), leading);
        }
        return describe(text, cast, words, first, to);
    }

    private static boolean acronym(String name) {
        return name.length() >= 2 && name.chars().allMatch(c -> Character.isUpperCase(c) || c == '&');
    }

    /** "A", "A and B", "A, B and C". */
    static String joinNames(Cast cast, List<Integer> members) {
        StringBuilder names = new StringBuilder();
        for (int i = 0; i < members.size(); i++) {
            if (i > 0) {
                names.append(i == members.size() - 1 ? " and " : ", ");
            }
            names.append(cast.name(members.get(i)));
        }
        return names.toString();
    }

    /** A pronoun resolved to the person or organisation last named, or a short description. */
    private static Subject describe(SegmentedArticle text, Cast cast, List<Token> words, int first, int to) {
        Token head = words.get(first);
        String lower = Lexicon.lower(head.text());
        if (lower.equals("they") && first + 1 >= words.size()) {
            // "…," they said in a statement: a company's people speak for it, or its spokesperson named just before.
            Subject spokesperson = namedSpokesperson(text, cast, head.start(), head.end());
            return spokesperson != null ? spokesperson : speakingOrganisation(text, cast, head.start(), head.end());
        }
        if (UNRESOLVED_PRONOUNS.contains(lower)) {
            return null;
        }
        if (pronoun(text, words, first)) {
            boolean person = Lexicon.isPersonPronoun(lower);
            Mention antecedent = person ? personAntecedent(text, cast, head.start())
                    : antecedent(text, cast, head.start(), member -> !member.person());
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
            Subject issuer = issuerOfLast(text, cast, words.get(last), head.start());
            if (issuer == null) {
                issuer = speakingOrganisation(text, cast, head.start(), words.get(last).end());
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
    private static boolean describesSomeone(List<Token> words) {
        boolean described = false;
        for (Token word : words) {
            if (word.capitalised() || Lexicon.isFunctionWord(word.text()) && !word.text().equals("and")) {
                return false;
            }
            described |= personNoun(word.text());
        }
        return described;
    }

    /**
     * The person a description at {@code body[start, end)} stands for, as a careful reader takes "the singer said"
     * after "Pat Lowe opened the show.": the one person the sentence before names, not after a preposition, when no
     * other person is named since and the description's role is not another than the person's ("the mayor" is not
     * the manager named before); or null.
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
        if (people.isEmpty() || people.getFirst().end() > previous.end() || governed(text, people.getFirst())
                || people.stream().anyMatch(m -> m.member() != people.getFirst().member())) {
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

    /**
     * Whether the word at {@code first} is a pronoun standing for someone: "he said", "dijo él", "sagte er am
     * Montag". The same spelling is an article elsewhere (Italian "il sindaco"), so a pronoun followed by a noun is
     * none.
     */
    private static boolean pronoun(SegmentedArticle text, List<Token> words, int first) {
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
                && !Lexicon.isAuxiliary(lower) && !PHRASE_ENDS.contains(lower) && !VERB_FORM.matcher(lower).matches();
        return !noun;
    }

    /** Whether the word before {@code word} is a verb of speech, as in "— сказал он", "sagte er". */
    private static boolean afterSpeechVerb(SegmentedArticle text, Token word) {
        List<Token> before = Tokenizer.words(text.body(), Math.max(0, word.start() - MAX_TITLE_CHARS), word.start());
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
            String phrase = elided.length == 2 && Lexicon.isDefinite(elided[0]) && personNoun(elided[1])
                    ? elided[0] + " " + elided[1]
                    : Lexicon.isDefinite(word.text()) && i + 1 < words.size() && personNoun(words.get(i + 1).text())
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

    private static boolean personNoun(String word) {
        return Lexicon.isRoleHead(word) || AGE.matcher(word).matches();
    }

    /**
     * Who a pronoun at {@code offset} stands for: the sentence subject among the last mentions, that is the first
     * fitting mention of the sentence holding the last one. In "Commissioner Lorraine Oduya, who represents the
     * district that includes Pine Hollow, said…", a following "she" is Oduya.
     */
    static Mention antecedent(SegmentedArticle text, Cast cast, int offset, java.util.function.Predicate<CastMember> filter) {
        Mention subject = sentenceSubject(text, cast, cast.lastMentionBefore(offset, filter), filter);
        if (subject == null || !governed(text, subject)) {
            return subject;
        }
        // "He was photographed in long chats with Epstein. “…,” he said": a name after a preposition, or a
        // possessive ("Epstein's mansion"), is seldom who the next "he" is; a subject a few mentions back is.
        int paragraph = text.paragraphAt(subject.start());
        Mention earlier = subject;
        for (int step = 0; step < MAX_ANTECEDENT_STEPS && earlier != null && governed(text, earlier); step++) {
            earlier = sentenceSubject(text, cast, cast.lastMentionBefore(earlier.start(), filter), filter);
        }
        boolean near = earlier != null && text.paragraphAt(earlier.start()) >= paragraph - MAX_ANTECEDENT_PARAGRAPHS;
        return near && !governed(text, earlier) ? earlier : subject;
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
            if (!earlier.quoted() && filter.test(cast.member(earlier.member())) && !governed(text, earlier)) {
                return earlier;
            }
        }
        return mention;
    }

    /**
     * Whether a mention is a possessive or a name modifying a noun ("an Oliver Sacks kind of way"), or follows a
     * preposition, titles between allowed.
     */
    private static boolean governed(SegmentedArticle text, Mention mention) {
        String body = text.body();
        if (modifier(body, mention, body.length()) || attributive(text, mention)) {
            return true;
        }
        List<Token> before = Tokenizer.words(body, Math.max(0, mention.start() - MAX_TITLE_CHARS), mention.start());
        int i = before.size() - 1;
        int end = mention.start();
        // Titles in between, "with Prime Minister X", but no punctuation: "the lawyer of X, Me Y" governs X only.
        while (i >= 0 && qualifies(before.get(i)) && body.substring(before.get(i).end(), end).isBlank()) {
            end = before.get(i).start();
            i--;
        }
        return i >= 0 && body.substring(before.get(i).end(), end).isBlank() && Lexicon.isPreposition(before.get(i).text());
    }

    /**
     * The organisation a "they said in a statement" or "the statement read" at {@code body[start, end)} stands for:
     * the one named last, leaving out names used as modifiers ("a Netflix documentary"); before an unnamed one ("The
     * company denied it.") only the one the sentence before that names alone; or null.
     */
    private static Subject speakingOrganisation(SegmentedArticle text, Cast cast, int start, int end) {
        int floor = unnamedOrganisationBefore(text, start);
        List<Mention> before = cast.mentionsBetween(floor, start);
        for (int i = before.size() - 1; i >= 0; i--) {
            Mention mention = before.get(i);
            if (!mention.quoted() && !cast.member(mention.member()).person() && !attributive(text, mention)) {
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
    private static Subject issuerOfLast(SegmentedArticle text, Cast cast, Token noun, int start) {
        String document = Lexicon.lower(noun.text());
        if (Lexicon.isOrgNoun(document) || Lexicon.isPeopleNoun(document)) {
            return null; // "the company", "the spokesperson": someone, not a document someone issued
        }
        SegmentedArticle.Sentence sentence = text.sentenceAt(start);
        for (int step = 0; sentence != null && step < MAX_STATEMENT_SENTENCES; step++) {
            sentence = text.sentenceBefore(sentence);
            if (sentence == null || sentence.paragraph() < text.paragraphAt(start) - MAX_ANTECEDENT_PARAGRAPHS) {
                return null;
            }
            List<Token> words = Tokenizer.words(text.body(), sentence.start(), sentence.end());
            for (int i = 1; i < words.size(); i++) {
                boolean refersBack = i == 1 || i + 1 < words.size() && Speech.isVerb(words.get(i + 1).text());
                if (!refersBack && !text.insideQuotation(words.get(i).start())
                        && Lexicon.lower(words.get(i).text()).startsWith(document)) {
                    // "issued a statement", "said in a separate statement": introduced here, by the subject; not
                    // "The statement, obtained by…" nor "the statement read", which refer back to one.
                    Subject subject = find(text, cast, sentence.start(), sentence.end());
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
    private static Subject namedSpokesperson(SegmentedArticle text, Cast cast, int start, int end) {
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
                .filter(m -> !m.quoted() && !cast.member(m.member()).person() && !attributive(text, m))
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

    /**
     * Whether a name modifies the noun after it, "a Netflix documentary", "her upcoming Netflix special", rather
     * than naming someone who acts: a determiner stands before it, at most one word away, and a lower-case word
     * follows that is no verb and no function word.
     */
    private static boolean attributive(SegmentedArticle text, Mention mention) {
        String body = text.body();
        List<Token> before = Tokenizer.words(body, Math.max(0, mention.start() - MAX_TITLE_CHARS), mention.start());
        boolean determined = !before.isEmpty() && (Lexicon.isDeterminer(before.getLast().text())
                || before.size() > 1 && !before.getLast().capitalised()
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

    /** The person named last before {@code offset}, as the subject an inverted pronoun stands for ("a-t-il dit"). */
    static Subject lastPerson(SegmentedArticle text, Cast cast, int offset) {
        Mention antecedent = personAntecedent(text, cast, offset);
        return antecedent == null ? null : new Subject(cast.name(antecedent.member()), List.of(antecedent.member()),
                offset, offset, true);
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
            if (!PHRASE_ENDS.contains(Lexicon.lower(words.get(i).text()))) {
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
        if (!word.capitalised() && VERB_FORM.matcher(lower).matches()
                && !Lexicon.isDeterminer(previous.text())) {
            return false; // "the treasurer publishes", "the company announced": the verb ends the subject
        }
        if (PHRASE_ENDS.contains(lower) || Speech.isVerb(lower) || Speech.isParticiple(lower)) {
            return false;
        }
        return !Lexicon.isFunctionWord(lower) || Set.of("of", "for", "at", "the", "and").contains(lower);
    }

    /**
     * Whether the words between an organisation and a person describe the person: titles, with lower-case nouns
     * and "and" among them ("scientist and study co-author"), but no verb ("hired engineer").
     */
    private static boolean describesPerson(List<Token> words) {
        boolean title = false;
        for (Token word : words) {
            String lower = Lexicon.lower(word.text());
            boolean joint = lower.equals("and") || lower.equals("&");
            if (titleWord(word)) {
                title = true;
            } else if (!joint && (word.capitalised() || Lexicon.isFunctionWord(lower) || Speech.isVerb(lower)
                    || VERB_FORM.matcher(lower).matches())) {
                return false;
            }
        }
        return title || words.isEmpty();
    }

    /** A title, whole or as part of a compound: "editor-in-chief", "vice-president", "co-founder". */
    private static boolean titleWord(Token word) {
        if (RoleFinder.isTitle(word)) {
            return true;
        }
        for (String part : word.text().split("-")) {
            if (Lexicon.isRoleHead(part)) {
                return true;
            }
        }
        return false;
    }

    /** The index of the first word after an opening adverbial clause ("With US backing secured, …"). */
    private static int skipOpeners(String body, List<Token> words, int to) {
        int first = 0;
        for (int round = 0; round < 3 && first < words.size(); round++) {
            if (!OPENERS.contains(Lexicon.lower(words.get(first).text()))) {
                break;
            }
            int comma = body.indexOf(',', words.get(first).end());
            if (comma < 0 || comma >= to) {
                break;
            }
            int next = first;
            while (next < words.size() && words.get(next).start() < comma) {
                next++;
            }
            first = next;
        }
        return first;
    }

    /**
     * A possessive, or a name in marks, followed by more words is a modifier ("Zelenskyy’s office"), not the
     * subject.
     */
    private static boolean modifier(String body, Mention mention, int to) {
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

    /** Whether the mention is governed by a preposition or verb before it (titles in between are skipped). */
    private static boolean isObject(String body, List<Token> words, int first, Mention mention) {
        int i = indexBefore(words, mention.start());
        while (i >= first && qualifies(words.get(i))) {
            i--;
        }
        if (i > first && Lexicon.isDeterminer(words.get(i).text())
                && !Lexicon.isPlacePreposition(words.get(i - 1).text())
                && OBJECT_MARKERS.contains(Lexicon.lower(words.get(i - 1).text()))) {
            return true; // "asked about the Muslim Council", "obtained by the Daily Courier", "told the BBC"; a place
                         // after "at the" or "in the" may be where the subject acts, as before
        }
        return i >= first && OBJECT_MARKERS.contains(Lexicon.lower(words.get(i).text()));
    }

    private static boolean onlyTitlesBetween(String body, List<Token> words, int first, int offset) {
        for (int i = first; i < words.size() && words.get(i).start() < offset; i++) {
            Token word = words.get(i);
            if (!qualifies(word) && !Lexicon.isDeterminer(word.text())) {
                return false;
            }
        }
        return true;
    }

    private static boolean qualifies(Token word) {
        return RoleFinder.isTitle(word) || Lexicon.isRoleModifier(word.text()) || Lexicon.isDemonym(word.text())
                || Lexicon.isCountryCode(word.text()) || word.capitalised() && !Lexicon.isFunctionWord(word.text());
    }

    private static int indexBefore(List<Token> words, int offset) {
        int i = words.size() - 1;
        while (i >= 0 && words.get(i).start() >= offset) {
            i--;
        }
        return i;
    }

    /** Whether two names are joined as one subject: by a comma, "and", "&", with titles between allowed. */
    private static boolean joins(String body, int from, int to) {
        String gap = body.substring(from, to).strip();
        boolean comma = gap.startsWith(",");
        String rest = comma ? gap.substring(1).strip() : gap;
        boolean and = rest.equals("and") || rest.equals("&") || rest.startsWith("and ") || rest.startsWith("& ");
        if (and) {
            rest = rest.substring(rest.startsWith("&") ? 1 : 3).strip();
        }
        if (!comma && !and) {
            return false;
        }
        for (Token word : Tokenizer.words(rest, 0, rest.length())) {
            if (!qualifies(word) && !Lexicon.isDeterminer(word.text())) {
                return false;
            }
        }
        return true;
    }
}
