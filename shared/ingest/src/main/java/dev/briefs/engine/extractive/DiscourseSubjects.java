package dev.briefs.engine.extractive;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The subject the discourse carries, for a clause that names no subject of its own: a pronoun ("he said", "sagt
 * er", "a-t-elle lancé", "призналась она"), a verb alone ("afirmó", "ha dichiarato ai cronisti", "— добавил"). As a
 * reader does (centering), it takes the subject of the nearest sentence before it whose subject agrees with it in
 * gender where the language marks it, within its discourse unit: on a live page the entry it stands in, never the
 * entry printed above. A sentence's subject is the first person its main clause names that no preposition governs
 * (the last coordinated clause first: "…, y Galíndez dice que…"); a pronoun or a description in that place comes
 * first. A pronoun there carries the subject before it on; a description stands for the person named in apposition to
 * it ("l'avocate générale, Isabelle Rouvière") or the one person the article gives its role; a description of
 * someone else ("a neighbour", "un vecino", a role nobody or several people have) ends the search empty, since no
 * speaker is better than a wrong one.
 * <p>
 * One instance serves one article ({@link Cast#discourse}): every implicit subject asks for the subjects of the
 * sentences before it and the gender of the people they name, and each of those is computed once per article.
 */
final class DiscourseSubjects {

    /** How many sentences back a subject is looked for, not counting those that are all quotation. */
    private static final int MAX_SENTENCES = 10;
    /** How far after a description the name set off after it may start. */
    private static final int MAX_APPOSITION_CHARS = 80;
    /**
     * A French verb with its subject pronoun after it: "a-t-il", "dit-elle", a reflexive "s'emporte-t-il"; the verb
     * is group 1, the pronoun 2.
     */
    static final Pattern INVERTED_PRONOUN = Pattern.compile("(?i)(?:s['’])?(\\p{L}+)(?:-t)?-(il|elle)");
    /** The words of a cast name, split where a title's full stop or a space ends one: "Mme", "Dr.". */
    private static final Pattern NAME_WORDS = Pattern.compile("[\\s.]+");
    /** What may stand between a title and the name after it: nothing, or the title's full stop. */
    private static final Pattern TITLE_GAP = Pattern.compile("\\.?");
    private static final Pattern RUSSIAN_FEMININE_SURNAME = Pattern.compile(".*(?:ова|ева|ёва|ина|ына|ая)");
    private static final Pattern RUSSIAN_MASCULINE_SURNAME = Pattern.compile(".*(?:ов|ев|ёв|ин|ын|ий|ой|ый|ого|его)");
    private static final Pattern RUSSIAN_FEMININE_FIRST_NAME = Pattern.compile(".*[ая]");

    /** The gender a form marks: a pronoun, a Russian past verb, a title or a name. */
    enum Gender {
        UNKNOWN, MASCULINE, FEMININE;

        boolean agrees(Gender other) {
            return this == UNKNOWN || other == UNKNOWN || this == other;
        }

        /**
         * The gender of a pronoun or a title: "she", "elle", "она", "Mrs", "Frau" are feminine, "he", "il", "он",
         * "Mr", "Herr" masculine.
         */
        static Gender ofPronoun(String word) {
            return Lexicon.isFeminine(word) ? FEMININE : Lexicon.isMasculine(word) ? MASCULINE : UNKNOWN;
        }

        /**
         * The gender an article of {@code language} marks its noun with: "la", "die", "a" feminine; "le", "il", "o"
         * masculine.
         */
        static Gender ofArticle(String article, String language) {
            return Lexicon.isFeminineArticle(article, language) ? FEMININE
                    : Lexicon.isMasculineArticle(article, language) ? MASCULINE : UNKNOWN;
        }

        /**
         * The gender a verb form marks: a Russian past tense agrees with its subject ("сказала", "призналась" are
         * hers, "сказал", "добавил" his); other languages' finite verbs mark none.
         */
        static Gender ofVerb(String word) {
            String lower = Lexicon.lower(word);
            if (lower.isEmpty() || Character.UnicodeScript.of(lower.charAt(0)) != Character.UnicodeScript.CYRILLIC) {
                return UNKNOWN;
            }
            return lower.endsWith("ла") || lower.endsWith("лась") ? FEMININE
                    : lower.endsWith("л") || lower.endsWith("лся") ? MASCULINE : UNKNOWN;
        }
    }

    /** What stands in a sentence's subject place. */
    private enum Kind {
        /** a person the cast knows, by name or by a description only they answer */
        NAMED,
        /** a pronoun: the subject before goes on */
        CARRIED,
        /** someone the article does not name: the search ends empty */
        UNNAMED
    }

    /** What stands in a sentence's subject place, from its word {@code at} on. */
    private record Subject(Kind kind, Mention mention, Gender gender, int at) {
    }

    private final SegmentedArticle text;
    private final Cast cast;
    /** The live page the text is, or null. */
    private final LiveBlog blog;
    /** Each member's gender, null until first asked. */
    private final Gender[] genders;
    /** The subject of each whole sentence, by its start and the gender wanted ({@link #wholeSentence}). */
    private final Map<Long, SentenceSubject> wholeSentenceSubjects = new HashMap<>();

    DiscourseSubjects(SegmentedArticle text, Cast cast) {
        this.text = text;
        this.cast = cast;
        this.blog = LiveBlog.of(text);
        this.genders = new Gender[cast.size()];
    }

    /** Whether this instance reads {@code other}, the very text it was made for. */
    boolean reads(SegmentedArticle other) {
        return text == other;
    }

    /**
     * The person an implicit subject at {@code offset} stands for, agreeing with {@code gender}; null when the
     * subject the discourse carries is no one the cast knows.
     */
    static Mention resolve(SegmentedArticle text, Cast cast, int offset, Gender gender) {
        return cast.discourse(text).resolve(offset, gender);
    }

    /** The person the main clause of {@code sentence} is about, its pronoun resolved ("…, sagt sie."), or null. */
    static Mention subjectOf(SegmentedArticle text, Cast cast, SegmentedArticle.Sentence sentence) {
        return cast.discourse(text).subjectOf(sentence);
    }

    private Mention resolve(int offset, Gender gender) {
        SegmentedArticle.Sentence sentence = sentenceUpTo(offset);
        int first = unitStart(sentence == null ? text.paragraphAt(offset) : sentence.paragraph());
        Gender wanted = gender;
        int to = offset;
        int steps = 0;
        while (sentence != null && steps < MAX_SENTENCES && sentence.paragraph() >= first) {
            SentenceSubject read = to >= sentence.end() ? wholeSentence(sentence, wanted)
                    : sentenceSubject(sentence, to, wanted);
            steps += read.narrated() ? 1 : 0;
            Subject subject = read.subject();
            if (subject != null && subject.kind() == Kind.NAMED) {
                return subject.mention();
            }
            if (subject != null && subject.kind() == Kind.UNNAMED) {
                return null;
            }
            if (subject != null) {
                wanted = subject.gender() == Gender.UNKNOWN ? wanted : subject.gender();
            }
            sentence = text.sentenceBefore(sentence);
            to = Integer.MAX_VALUE;
        }
        return null;
    }

    private Mention subjectOf(SegmentedArticle.Sentence sentence) {
        Subject subject = wholeSentence(sentence, Gender.UNKNOWN).subject();
        if (subject == null || subject.kind() == Kind.UNNAMED) {
            return null;
        }
        return subject.kind() == Kind.NAMED ? subject.mention() : resolve(sentence.start(), subject.gender());
    }

    /** What a sentence's narration before {@code to} has in its subject place, and whether it has any narration. */
    private record SentenceSubject(Subject subject, boolean narrated) {
    }

    /** The subject of the whole of {@code sentence} that agrees with {@code wanted}, read once per article. */
    private SentenceSubject wholeSentence(SegmentedArticle.Sentence sentence, Gender wanted) {
        long key = (long) sentence.start() * Gender.values().length + wanted.ordinal();
        SentenceSubject read = wholeSentenceSubjects.get(key);
        if (read == null) {
            read = sentenceSubject(sentence, sentence.end(), wanted);
            wholeSentenceSubjects.put(key, read);
        }
        return read;
    }

    private SentenceSubject sentenceSubject(SegmentedArticle.Sentence sentence, int to, Gender wanted) {
        int end = Math.min(to, sentence.end());
        List<Token> words = narration(sentence, end);
        return new SentenceSubject(subjectOf(words, end, wanted), !words.isEmpty());
    }

    /** The sentence holding {@code offset}, or the last one before it when it falls between sentences. */
    private SegmentedArticle.Sentence sentenceUpTo(int offset) {
        SegmentedArticle.Sentence at = text.sentenceAt(offset);
        if (at != null) {
            return at;
        }
        SegmentedArticle.Sentence before = null;
        for (SegmentedArticle.Sentence sentence : text.sentences()) {
            if (sentence.start() >= offset) {
                break;
            }
            before = sentence;
        }
        return before;
    }

    /** The first paragraph of the discourse unit of {@code paragraph}: its live page entry's, else the page's. */
    private int unitStart(int paragraph) {
        if (blog != null) {
            for (LiveBlog.Entry entry : blog.entries()) {
                if (entry.holds(paragraph)) {
                    return entry.first();
                }
            }
        }
        return 0;
    }

    /**
     * The subject of a sentence's narrated {@code words} (before {@code to}) that agrees with {@code wanted}: that of
     * its last coordinated main clause when it names one, else that of the sentence from its start; or null.
     */
    private Subject subjectOf(List<Token> words, int to, Gender wanted) {
        int clause = lastCoordinatedClause(words);
        Subject subject = clause > 0 ? subjectFrom(words, clause, words.size(), wanted) : null;
        if (subject == null && !words.isEmpty()) {
            // "When Ana Roe arrived, …" opens on a clause of its own; "But Ana Roe said that…, …" does not.
            int skipped = SubjectFinder.skipOpeners(text, words, to);
            int opened = Lexicon.isCoordinator(words.getFirst().text(), text.language()) ? 1
                    : speaksBefore(words, skipped) ? 0 : skipped;
            subject = subjectFrom(words, opened, words.size(), wanted);
            if (subject == null && opened > 1 && Lexicon.isFraming(words.getFirst().text())) {
                // "For Ann Roe, whose shop closed, the wait was long": when the main clause's subject is nobody, the
                // person the frame sets up is the topic the discourse goes on about.
                subject = subjectFrom(words, 1, opened, wanted);
            }
            if (subject == null && Lexicon.isFraming(words.getFirst().text())) {
                int frame = SubjectFinder.afterComma(text.body(), words, 0, to);
                subject = frame > 1 && frame < words.size() ? framedPerson(words, frame, wanted) : null;
            }
        }
        if (subject != null && subject.kind() == Kind.CARRIED && subject.at() > 0) {
            // "When Ana Roe announced it, she said…", "Ana Roe arrived, and she said…": the pronoun is the subject of
            // the clause before it in its sentence.
            Subject before = subjectFrom(words, 0, subject.at(), subject.gender() == Gender.UNKNOWN
                    ? wanted : subject.gender());
            if (before != null && before.kind() != Kind.CARRIED) {
                return before;
            }
        }
        return subject;
    }

    /**
     * The person named last in a frame, {@code words[1, frame)}, right before the comma that closes it, after the
     * description that introduces them: "Para el sociólogo de la Universidad de X Tomás Ibarra, el resultado…";
     * or null. The name follows an organisation's there, so it reads as governed by that name's preposition.
     */
    private Subject framedPerson(List<Token> words, int frame, Gender wanted) {
        List<Mention> framed = cast.mentionsBetween(words.get(1).start(), words.get(frame - 1).end());
        Mention last = framed.isEmpty() ? null : framed.getLast();
        boolean closesFrame = last != null && text.text(last.end(), words.get(frame).start()).strip().equals(",");
        return closesFrame && !last.quoted() && cast.member(last.member()).person() && wanted.agrees(gender(last.member()))
                ? new Subject(Kind.NAMED, last, Gender.UNKNOWN, frame - 1) : null;
    }

    /**
     * Whether a verb of speech stands in {@code words[0, end)}: then what opens the sentence up to its first comma is
     * the main clause, the speaker in it ("In der Pressekonferenz sagte Ana Roe, das Land werde…", "In May Ana Roe
     * said, …"), and no opening phrase to pass over.
     */
    private static boolean speaksBefore(List<Token> words, int end) {
        for (int i = 0; i < end; i++) {
            if (Speech.isVerb(words.get(i).text())) {
                return true;
            }
        }
        return false;
    }

    /** The words of {@code sentence} before {@code to} that stand outside quotations. */
    private List<Token> narration(SegmentedArticle.Sentence sentence, int to) {
        List<Token> words = new ArrayList<>();
        for (Token word : Tokenizer.words(text.body(), sentence.start(), to)) {
            if (!text.insideQuotation(word.start())) {
                words.add(word);
            }
        }
        return words;
    }

    /**
     * The index of the first word of the last clause a coordinator joins after a comma ("…, y Galíndez, de 74 años,
     * dice…", "…, and she said"), or 0.
     */
    private int lastCoordinatedClause(List<Token> words) {
        for (int i = words.size() - 2; i > 0; i--) {
            if (Lexicon.isCoordinator(words.get(i).text(), text.language())
                    && text.text(words.get(i - 1).end(), words.get(i).start()).strip().equals(",")) {
                return i + 1;
            }
        }
        return 0;
    }

    /** The first subject in {@code words[from, to)} that agrees with {@code wanted}, or null. */
    private Subject subjectFrom(List<Token> words, int from, int to, Gender wanted) {
        for (int i = from; i < to; i++) {
            Token word = words.get(i);
            boolean governed = i > 0 && Lexicon.isPreposition(words.get(i - 1).text());
            Mention mention = mentionAt(word);
            if (mention != null) {
                if (cast.member(mention.member()).person() && !SubjectGrammar.governed(text, mention)
                        && (wanted == Gender.UNKNOWN || wanted.agrees(gender(mention.member())))) {
                    return new Subject(Kind.NAMED, mention, Gender.UNKNOWN, i);
                }
                continue;
            }
            Matcher inverted = INVERTED_PRONOUN.matcher(word.text());
            if (inverted.matches() || !governed && Lexicon.isPersonPronoun(word.text())
                    && PronounAntecedents.pronoun(text, words, i)) {
                Gender gender = Gender.ofPronoun(inverted.matches() ? inverted.group(2) : word.text());
                if (wanted.agrees(gender)) {
                    return new Subject(Kind.CARRIED, null, gender, i);
                }
                continue;
            }
            Subject described = governed ? null : described(words, i);
            boolean disagrees = described != null && described.kind() == Kind.NAMED && wanted != Gender.UNKNOWN
                    && !wanted.agrees(gender(described.mention().member()));
            if (described != null && !disagrees) {
                return described; // "la ministre Claire Roux" is no "il"
            }
        }
        return null;
    }

    /**
     * The subject a description at {@code words[i]} gives: the person named in apposition to it, or the one person
     * of its role ("la jueza", "der Angeklagte"); someone unnamed when nobody or several people have the role or an
     * indefinite determiner introduces someone new ("a neighbour", "un vecino"); or null when it describes no person.
     */
    private Subject described(List<Token> words, int i) {
        Token role = DescribedSubjects.roleNoun(words, i);
        if (role != null) {
            Mention apposed = apposedPerson(role);
            if (apposed != null) {
                return new Subject(Kind.NAMED, apposed, Gender.UNKNOWN, i);
            }
            int member = RoleAntecedents.person(text, cast, role.text(), words.get(i).start());
            return member >= 0 ? new Subject(Kind.NAMED, new Mention(member, words.get(i).start(), role.end(),
                    false, false), Gender.UNKNOWN, i) : new Subject(Kind.UNNAMED, null, Gender.UNKNOWN, i);
        }
        boolean indefinite = Lexicon.isDeterminer(words.get(i).text()) && !Lexicon.isDefinite(words.get(i).text());
        if (indefinite && i + 1 < words.size() && SubjectGrammar.personNoun(words.get(i + 1).text())) {
            return new Subject(Kind.UNNAMED, null, Gender.UNKNOWN, i);
        }
        return null;
    }

    /**
     * The person named right after a description and its complements, set off by a comma or not, after titles:
     * "l'avocate générale, Isabelle Rouvière", "l'avocat de Gilles Roux, Me Ana Delcourt", "der 47-jährige Frank
     * Albers"; or null.
     */
    private Mention apposedPerson(Token role) {
        for (Mention mention : cast.mentionsBetween(role.end(), role.end() + MAX_APPOSITION_CHARS)) {
            if (mention.quoted() || SubjectGrammar.governed(text, mention)) {
                continue; // "de Gilles Roux": a complement of the description
            }
            String gap = text.text(role.end(), mention.start());
            int comma = gap.lastIndexOf(',');
            boolean apposed = cast.member(mention.member()).person()
                    && gap.chars().noneMatch(c -> ".;:()!?".indexOf(c) >= 0)
                    && Tokenizer.words(gap, comma + 1, gap.length()).stream().allMatch(SubjectGrammar::qualifies);
            return apposed ? mention : null;
        }
        return null;
    }

    /** The mention outside quotations that starts at {@code word}, or null. */
    private Mention mentionAt(Token word) {
        for (Mention mention : cast.mentionsBetween(word.start(), word.start() + 1)) {
            if (!mention.quoted()) {
                return mention;
            }
        }
        return null;
    }

    /**
     * The gender the article marks a person by: a title in or before a mention that has one ("Mrs", "Frau", "Mme",
     * "Sr."), or a Russian name's own form ("Ирина Петрова", "Олег Сафронов"); else the gender the article teaches
     * by a pronoun that can stand for nobody else ({@link #taughtByPronoun}). Each member's is read once.
     */
    private Gender gender(int member) {
        if (genders[member] == null) {
            Gender marked = markedGender(member);
            genders[member] = marked != Gender.UNKNOWN ? marked : taughtByPronoun(member);
        }
        return genders[member];
    }

    /** The gender a person's name, or a title before one of its mentions, marks. */
    private Gender markedGender(int member) {
        String name = cast.name(member);
        Gender named = russianName(name);
        if (named != Gender.UNKNOWN) {
            return named;
        }
        Gender titled = Gender.ofPronoun(NAME_WORDS.split(name)[0]); // "Mme Claire Dufour"
        if (titled != Gender.UNKNOWN) {
            return titled;
        }
        for (Mention mention : cast.mentionsBetween(0, text.body().length())) {
            if (mention.member() != member) {
                continue;
            }
            List<Token> before = Tokenizer.words(text.body(), Math.max(0, mention.start() - SubjectGrammar.MAX_TITLE_CHARS),
                    mention.start());
            if (before.isEmpty()
                    || !TITLE_GAP.matcher(text.text(before.getLast().end(), mention.start()).strip()).matches()) {
                continue;
            }
            Gender title = Gender.ofPronoun(before.getLast().text());
            if (title != Gender.UNKNOWN) {
                return title;
            }
            Gender described = describedGender(before);
            if (described != Gender.UNKNOWN) {
                return described;
            }
        }
        return Gender.UNKNOWN;
    }

    /**
     * The gender the article of a noun right before a name marks: "la jueza Ana Roe", "le maire Paul Roux", "o juiz
     * Rui Sá"; unknown when the words before the name are no article and a lower-case noun.
     */
    private Gender describedGender(List<Token> before) {
        if (before.size() < 2) {
            return Gender.UNKNOWN;
        }
        Token article = before.get(before.size() - 2);
        Token noun = before.getLast();
        if (noun.capitalised() || Lexicon.isFunctionWord(Lexicon.lower(noun.text()))
                || !text.text(article.end(), noun.start()).isBlank()) {
            return Gender.UNKNOWN;
        }
        return Gender.ofArticle(article.text(), text.language());
    }

    /**
     * The gender of the pronouns that can stand for {@code member} alone: after a sentence that names them, the next
     * sentence's subject is a pronoun ("Ann Roe, 54, has run the shop since 1990. She opened…") and no other person
     * is named from the sentence before theirs up to that pronoun, so a reader has no one else to take it for. English
     * names mark no gender, and this is how a reader learns it: the pronoun later tells two people apart. Pronouns of
     * both genders so taught, or none, teach nothing.
     */
    private Gender taughtByPronoun(int member) {
        Gender taught = Gender.UNKNOWN;
        for (Mention mention : cast.mentionsBetween(0, text.body().length())) {
            SegmentedArticle.Sentence sentence = text.sentenceAt(mention.start());
            if (mention.member() != member || mention.quoted() || sentence == null
                    || SubjectGrammar.governed(text, mention)) {
                continue;
            }
            Gender gender = pronounAfter(member, sentence);
            if (gender != Gender.UNKNOWN && taught != Gender.UNKNOWN && gender != taught) {
                return Gender.UNKNOWN;
            }
            taught = gender == Gender.UNKNOWN ? taught : gender;
        }
        return taught;
    }

    /**
     * The gender of the pronoun that is the subject of the sentence after {@code sentence}, when every person named
     * from the sentence before {@code sentence} up to that pronoun is {@code member}; else unknown.
     */
    private Gender pronounAfter(int member, SegmentedArticle.Sentence sentence) {
        SegmentedArticle.Sentence next = text.sentenceAfter(sentence);
        if (next == null) {
            return Gender.UNKNOWN;
        }
        List<Token> words = narration(next, next.end());
        int opened = words.isEmpty() ? 0 : SubjectFinder.skipOpeners(text, words, next.end());
        Subject subject = opened >= words.size() ? null : subjectFrom(words, opened, words.size(), Gender.UNKNOWN);
        boolean carried = subject != null && subject.kind() == Kind.CARRIED;
        int at = carried ? subject.at() : opened;
        // "He took over…": a pronoun not spelt like an article opening the sentence is its subject, whatever follows
        boolean opening = at < words.size() && Lexicon.isPersonPronoun(words.get(at).text())
                && !Lexicon.isDeterminer(words.get(at).text());
        Gender gender = carried ? subject.gender() : opening ? Gender.ofPronoun(words.get(at).text()) : Gender.UNKNOWN;
        if (gender == Gender.UNKNOWN) {
            return Gender.UNKNOWN;
        }
        SegmentedArticle.Sentence before = text.sentenceBefore(sentence);
        int from = before == null ? sentence.start() : before.start();
        for (Mention other : cast.mentionsBetween(from, words.get(at).start())) {
            if (!other.quoted() && other.member() != member && cast.member(other.member()).person()) {
                return Gender.UNKNOWN;
            }
        }
        return gender;
    }

    /** A Russian name's gender: its surname's ending ("-ова", "-ина", "-ая" hers), else its first name's. */
    private static Gender russianName(String name) {
        String lower = Lexicon.lower(name);
        if (lower.isEmpty() || Character.UnicodeScript.of(lower.charAt(0)) != Character.UnicodeScript.CYRILLIC) {
            return Gender.UNKNOWN;
        }
        String[] parts = Tokenizer.WHITE_SPACE.split(lower);
        String surname = parts[parts.length - 1];
        if (RUSSIAN_FEMININE_SURNAME.matcher(surname).matches()) {
            return Gender.FEMININE;
        }
        if (RUSSIAN_MASCULINE_SURNAME.matcher(surname).matches()) { // "-ого": a genitive, no woman's name
            return Gender.MASCULINE;
        }
        return parts.length > 1 && RUSSIAN_FEMININE_FIRST_NAME.matcher(parts[0]).matches() ? Gender.FEMININE
                : Gender.UNKNOWN;
    }
}
