package dev.briefs.engine.extractive;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds who a clause is about: the first people or organisations it names as its subject ("Macron and Starmer" in
 * "The official statement from Macron and Starmer, released by Downing Street, underlined…"), skipping an opening
 * adverbial ("With US backing secured, …") and names that are objects ("talks with Trump", "released by Downing
 * Street"). Without a name it falls back to a pronoun or a short description ({@link DescribedSubjects}), resolved
 * against the cast when it can be ("the coalition").
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

    /** How many words a description set off before a name may have ("la ponente del texto"). */
    private static final int MAX_DESCRIPTION_WORDS = 6;

    private SubjectFinder() {
    }

    /** The subject of the clause {@code body[from, to)}, or null when it names no one. */
    static Subject find(SegmentedArticle text, Cast cast, int from, int to) {
        String body = text.body();
        List<Token> words = Tokenizer.words(body, from, to);
        int first = skipOpeners(text, words, to);
        while (first < words.size() && leadsClause(words.get(first), text.language())) {
            first++;
        }
        if (first >= words.size()) {
            return null;
        }
        int start = words.get(first).start();
        List<Mention> group = new ArrayList<>();
        for (Mention mention : cast.mentionsBetween(start, to)) {
            if (group.isEmpty()) {
                if (!mention.quoted() && !SubjectGrammar.modifier(body, mention, to)
                        && !isObject(body, words, first, mention)) {
                    if (ofDescription(words, first, mention)) {
                        break; // "the coach of Riverton FC said": the club qualifies the one who speaks
                    }
                    group.add(mention);
                }
            } else if (joins(body, group.getLast().end(), mention.start()) && !mention.quoted()) {
                group.add(mention);
            } else {
                break;
            }
        }
        if (group.size() == 2 && apposedAfterPlace(body, words, cast, group)) {
            group.removeFirst(); // "le préfet du Morbihan, Didier Marchetti": the place qualifies, the name speaks
        }
        if (group.size() == 1 && qualifiesRoleNoun(body, cast, group.getFirst(), to)) {
            Subject described = DescribedSubjects.describe(text, cast, words, first, to);
            if (described != null && described.members().stream().anyMatch(m -> cast.member(m).person())) {
                return described; // "the Independent councillor said": the councillor the article names
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
            boolean leading = onlyTitlesBetween(body, words, first, group.getFirst().start())
                    || describedBefore(body, words, first, group.getFirst().start());
            String written = body.substring(group.getFirst().start(), group.getLast().end());
            // "the DEA says": an organisation keeps the acronym the article names it by there, as a reader quotes it.
            String names = members.size() == 1 && !cast.member(members.getFirst()).person() && acronym(written)
                    ? written : joinNames(cast, members);
            return new Subject(names, members, group.getFirst().start(), group.getLast().end(), leading);
        }
        return DescribedSubjects.describe(text, cast, words, first, to);
    }

    /**
     * Whether an organisation's name is an adjective of the role noun after it, with no person named after that: "the
     * Independent councillor said", "the Labour senator" describe a person, and the party is no speaker when the
     * description resolves to one; "a Treasury spokesman" it does not, and the Treasury speaks.
     */
    private static boolean qualifiesRoleNoun(String body, Cast cast, Mention mention, int to) {
        List<Token> after = Tokenizer.words(body, mention.end(), to);
        return !cast.member(mention.member()).person() && !after.isEmpty() && !after.getFirst().capitalised()
                && body.substring(mention.end(), after.getFirst().start()).isBlank()
                && Lexicon.isRoleHead(after.getFirst().text())
                && cast.mentionsBetween(mention.end(), to).stream().noneMatch(m -> cast.member(m.member()).person());
    }

    /**
     * Whether the pair is a place or organisation after a preposition and a person set off by a comma alone: "the
     * mayor of Dunmore, Ann Roe", "le préfet du Var, Jean Dupuis"; the person is in apposition to the description.
     */
    private static boolean apposedAfterPlace(String body, List<Token> words, Cast cast, List<Mention> group) {
        Mention place = group.getFirst();
        Mention person = group.getLast();
        int before = indexBefore(words, place.start());
        return !cast.member(place.member()).person() && cast.member(person.member()).person()
                && before >= 0 && Lexicon.isPreposition(words.get(before).text())
                && body.substring(place.end(), person.start()).strip().equals(",");
    }

    static boolean acronym(String name) {
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
                    || SubjectGrammar.VERB_FORM.matcher(lower).matches())) {
                return false;
            }
        }
        return title || words.isEmpty();
    }

    /** A title, whole or as part of a compound: "editor-in-chief", "vice-president", "co-founder". */
    static boolean titleWord(Token word) {
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

    /**
     * Whether a mention completes a description of a person by role that opens the clause: "the coach of", "el
     * delantero del", "the deputy head at".
     */
    private static boolean ofDescription(List<Token> words, int first, Mention mention) {
        int before = indexBefore(words, mention.start());
        if (before <= first || !Lexicon.isPreposition(words.get(before).text())) {
            return false;
        }
        Token role = DescribedSubjects.roleNoun(words, first);
        return role != null && role.end() <= words.get(before).start();
    }

    /**
     * Whether a word leads a clause without being its subject, however capitalised: an adverb ("Puis il a ajouté :")
     * or a conjunction that opens the sentence ("Y agregó:"); "…» and accused him of …" keeps its lower-case
     * conjunction, which joins the clause to the one before.
     */
    static boolean leadsClause(Token word, String language) {
        return Lexicon.isClauseAdverb(word.text(), language)
                || word.capitalised() && Lexicon.isCoordinator(word.text(), language);
    }

    /**
     * The index of the first word after an opening adverbial clause ("With US backing secured, …"). A participle's
     * phrase that names the person it was put by takes that person's name set off after it and a relative clause
     * about them along: in "Interpellée par la députée, Ana Roe, dont la circonscription…, la ministre a annoncé" the
     * subject is the minister.
     */
    static int skipOpeners(SegmentedArticle text, List<Token> words, int to) {
        String body = text.body();
        int first = 0;
        for (int round = 0; round < 3 && first < words.size(); round++) {
            String opener = Lexicon.lower(words.get(first).text());
            if (!OPENERS.contains(opener) && !Lexicon.isClauseOpener(opener)) {
                break;
            }
            int next = afterComma(body, words, first, to);
            if (next < 0) {
                first = afterDocumentPhrase(words, first);
                break;
            }
            boolean byPerson = Lexicon.isClauseOpener(opener)
                    && words.subList(first + 1, next).stream().anyMatch(w -> SubjectGrammar.personNoun(w.text()));
            first = next;
            while (byPerson && first < words.size()) {
                int after = afterComma(body, words, first, to);
                boolean apposed = after > first && words.subList(first, after).stream().allMatch(Token::capitalised);
                if (after < 0 || after >= words.size()
                        || !apposed && !Lexicon.isRelative(words.get(first).text(), text.language())) {
                    break;
                }
                first = after;
            }
        }
        return first;
    }

    /** The index of the first word after the first comma following {@code words[from]}, or -1 when none is before {@code to}. */
    static int afterComma(String body, List<Token> words, int from, int to) {
        int comma = body.indexOf(',', words.get(from).end());
        if (comma < 0 || comma >= to) {
            return -1;
        }
        return Tokenizer.indexFrom(words, from, comma);
    }

    /**
     * "In a statement the operator said:", "En un comunicado la empresa afirmó": an opening phrase that names the
     * document, set off by no comma, ends at the document's noun, so the subject after it is the clause's (the
     * discourse's last person is not). Returns the index after that noun, or {@code first} when the words at
     * {@code first} are no such phrase.
     */
    private static int afterDocumentPhrase(List<Token> words, int first) {
        if (!Lexicon.isPreposition(words.get(first).text())) {
            return first;
        }
        for (int i = first + 1; i < words.size() && i <= first + 3; i++) {
            if (OrganisationVoices.isDocument(words.get(i).text())) {
                return i + 1 < words.size() ? i + 1 : first;
            }
            if (!Lexicon.isDeterminer(words.get(i).text()) && words.get(i).capitalised()) {
                return first;
            }
        }
        return first;
    }

    /** Whether the mention is governed by a preposition or verb before it (titles in between are skipped). */
    private static boolean isObject(String body, List<Token> words, int first, Mention mention) {
        int i = indexBefore(words, mention.start());
        while (i >= first && SubjectGrammar.qualifies(words.get(i))) {
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

    /**
     * "la ponente del texto, la eurodiputada Ana Ruiz", "le préfet du Var, Jean Dupont": a description of a person,
     * opened by a determiner and set off by a comma, then only titles before the name; the name is who it describes.
     */
    private static boolean describedBefore(String body, List<Token> words, int first, int offset) {
        int comma = body.lastIndexOf(',', offset);
        if (comma <= words.get(first).end() || !Lexicon.isDeterminer(words.get(first).text())) {
            return false;
        }
        int afterComma = first;
        boolean role = false;
        while (afterComma < words.size() && words.get(afterComma).start() < comma) {
            role |= SubjectGrammar.personNoun(words.get(afterComma).text());
            afterComma++;
        }
        return role && afterComma - first <= MAX_DESCRIPTION_WORDS && body.indexOf(',', words.get(first).end()) == comma
                && afterComma < words.size() && onlyTitlesBetween(body, words, afterComma, offset);
    }

    private static boolean onlyTitlesBetween(String body, List<Token> words, int first, int offset) {
        for (int i = first; i < words.size() && words.get(i).start() < offset; i++) {
            Token word = words.get(i);
            if (!SubjectGrammar.qualifies(word) && !Lexicon.isDeterminer(word.text())) {
                return false;
            }
        }
        return true;
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
            if (!SubjectGrammar.qualifies(word) && !Lexicon.isDeterminer(word.text())) {
                return false;
            }
        }
        return true;
    }
}
