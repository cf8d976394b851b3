package dev.briefs.engine.extractive;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who a description by role or age stands for ("the judge said", "sagte der Angeklagte", "— говорит паромщик", "the
 * 61-year-old said"): the one person the article gives that role or age where it names them, in a title before the
 * name ("Judge Ana Roe", "L'allenatore Marco Bianchi"), a description set off before it ("the coach of the club, Oren
 * Vale"), an apposition after it ("Tom Bakely, the defendant,", "Martha Quist, 61,") or its predicate ("Piet Lander
 * is the only ferryman left"). When no one or several people
 * carry it, a reader cannot tell whom it means, and neither can this.
 */
final class RoleAntecedents {

    /** How many words of a title may stand before a name, and of a description set off before or after it. */
    private static final int MAX_TITLE_WORDS = 3;
    private static final int MAX_APPOSITION_WORDS = 10;
    /** How far from a name its apposition may reach, which bounds the work per mention. */
    private static final int MAX_APPOSITION_CHARS = 120;
    /** Inflections a role noun takes in the languages read ("Angeklagte"/"Angeklagter", "паромщик"/"паромщика"). */
    private static final int MAX_ENDING_CHARS = 2;
    private static final int MIN_STEM_CHARS = 4;
    /** How far after a verdict's verb the person it falls on is named: "a condamné vendredi soir Gilles Roux". */
    private static final int MAX_VERDICT_WORDS = 5;
    /** What separates the words of a member's role: spaces and elision apostrophes ("l'allenatore"). */
    private static final Pattern ROLE_WORD_BREAKS = Pattern.compile("[\\s’']+");

    /**
     * An age set off right after a name, as a story introduces an ordinary person: "Rui Matos, 47 anos,", "Lucía
     * Ferro, de 52 años,", "Marcel Roux, 70 ans,", "Ellie Vance, 15,", "Ann Roe, 47 years old,", "Anna Berger (54)".
     */
    private static final Pattern AGE_APPOSITION = Pattern.compile(
            ",\\s*(?:de\\s+)?\\d{1,3}(?:\\s+(?:anos|años|ans|anni|Jahre|years(?:\\s+old)?|лет|года|год))?\\s*,|\\s*\\(\\d{1,3}\\)");

    /** The result when no single person carries the description. */
    static final int NOBODY = -1;
    /** The result when several people carry it. */
    static final int SEVERAL = -2;

    private RoleAntecedents() {
    }

    /**
     * The person member whose role or age, as the article gives it before {@code offset}, is {@code noun} (a role
     * noun or an age such as "61-year-old"); {@link #NOBODY} when nobody's is, {@link #SEVERAL} when several people's
     * are.
     */
    static int person(SegmentedArticle text, Cast cast, String noun, int offset) {
        Matcher age = SubjectGrammar.AGE.matcher(noun);
        String wanted = age.matches() ? age.group(1) : withoutElidedArticle(noun);
        Set<Integer> found = new HashSet<>();
        for (Mention mention : cast.mentionsBetween(0, offset)) {
            CastMember member = cast.member(mention.member());
            if (!mention.quoted() && member.person() && !found.contains(member.id())
                    && (carries(member.role(), wanted) || describes(text, mention, wanted))) {
                found.add(member.id());
            }
        }
        if (found.isEmpty() && age.matches()) {
            return agedTopic(text, cast, offset);
        }
        if (found.isEmpty() && Lexicon.isDefendantNoun(wanted)) {
            return convicted(text, cast, offset);
        }
        return found.size() == 1 ? found.iterator().next() : found.isEmpty() ? NOBODY : SEVERAL;
    }

    /**
     * Whether the story introduces the person {@code member} with an age set off after their name before {@code
     * offset} ("Ellie Vance, 15, waits for the bus", "Rui Matos, 47 anos, arranja as redes"): someone with no title,
     * whom the story goes on to describe by a noun of a person, a name or number among its modifiers ("said the Year
     * 11 pupil").
     */
    static boolean introducedWithAge(SegmentedArticle text, Cast cast, int member, int offset) {
        Matcher age = AGE_APPOSITION.matcher(text.body());
        for (Mention mention : cast.mentionsBetween(0, offset)) {
            if (mention.member() == member && !mention.quoted()
                    && age.region(mention.end(), text.body().length()).lookingAt()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Who "the defendant", "l'accusé", "der Angeklagte" stands for when the article gives nobody that role: the one
     * person a verdict falls on before {@code offset}, named within {@value #MAX_VERDICT_WORDS} words after its verb
     * ("La cour a condamné vendredi Gilles Roux", "sentenced Tom Bakely") or before it in its clause ("Tom Bakely was
     * jailed", "Anna Roe wurde zu drei Jahren verurteilt"); {@link #NOBODY} or {@link #SEVERAL} otherwise.
     */
    private static int convicted(SegmentedArticle text, Cast cast, int offset) {
        Set<Integer> found = new HashSet<>();
        for (SegmentedArticle.Sentence sentence : text.sentences()) {
            if (sentence.start() >= offset) {
                break;
            }
            List<Token> words = Tokenizer.words(text.body(), sentence.start(), Math.min(sentence.end(), offset));
            for (int i = 0; i < words.size(); i++) {
                if (!Lexicon.isVerdict(words.get(i).text()) || text.insideQuotation(words.get(i).start())) {
                    continue;
                }
                int clause = text.lastIndexOf(", ", sentence.start(), words.get(i).start());
                int after = words.get(Math.min(words.size() - 1, i + MAX_VERDICT_WORDS)).end();
                for (Mention mention : cast.mentionsBetween(Math.max(sentence.start(), clause), after)) {
                    // before the verb, one with a role is the court's ("Judge Ana Roe sentenced…")
                    boolean object = mention.start() > words.get(i).start();
                    if (!mention.quoted() && cast.member(mention.member()).person()
                            && (object || cast.member(mention.member()).role().isEmpty())) {
                        found.add(mention.member());
                    }
                }
            }
        }
        return found.size() == 1 ? found.iterator().next() : found.isEmpty() ? NOBODY : SEVERAL;
    }

    /**
     * Who a definite age the article gives nobody stands for, its determiner at {@code offset}: "„…“, räumte der
     * 61-Jährige ein", "the 46-year-old said". A writer varies the name of whom the text is about so, and brings in
     * someone new with an indefinite one ("a 46-year-old"); so it is the subject the discourse carries, named in the
     * age's sentence or the one before ({@link #soleTopic}).
     */
    private static int agedTopic(SegmentedArticle text, Cast cast, int offset) {
        SegmentedArticle.Sentence own = text.sentenceAt(offset);
        SegmentedArticle.Sentence before = own == null ? null : text.sentenceBefore(own);
        Mention topic = own == null ? null : soleTopic(text, cast, offset, (before == null ? own : before).start());
        return topic == null ? NOBODY : topic.member();
    }

    /**
     * The subject the discourse carries at a definite description whose determiner is at {@code offset}, agreeing
     * with the determiner's gender where the language marks it, when it is named from {@code earliest} on; null when
     * it is not, or when another person no preposition governs is named from that subject's sentence on ("Nell Roe
     * thanked Ivo Tam. “…,” the 41-year-old said."): a reader could not tell which of them is meant.
     */
    static Mention soleTopic(SegmentedArticle text, Cast cast, int offset, int earliest) {
        List<Token> determiner = Tokenizer.words(text.body(), offset,
                Math.min(text.body().length(), offset + MAX_APPOSITION_CHARS), 1);
        String article = determiner.isEmpty() ? "" : determiner.getFirst().text();
        String elided = Lexicon.afterElidedArticle(article); // "l'accusé": an article with its gender elided
        if (elided == null && !Lexicon.isDefinite(article, text.language())) {
            return null;
        }
        Mention topic = DiscourseSubjects.resolve(text, cast, offset,
                DiscourseSubjects.Gender.ofArticle(article, text.language()));
        SegmentedArticle.Sentence sentence = topic == null ? null : text.sentenceAt(topic.start());
        if (sentence == null || sentence.start() < earliest) {
            return null; // the variation follows the name: a subject further back is one the description may not be
        }
        for (Mention other : cast.mentionsBetween(sentence.start(), offset)) {
            if (!other.quoted() && other.member() != topic.member() && cast.member(other.member()).person()
                    && !SubjectGrammar.governed(text, other) && !describedApposition(text, topic, other)) {
                return null;
            }
        }
        return topic;
    }

    /**
     * Whether {@code other} is a description set off by commas straight after the topic, which the cast read as a
     * name: "Cornelia Ebersbach, Urenkelin des Firmengründers, kämpfte" (German nouns are capitalised; a lower-case
     * word inside tells a description from a second name, "Nell Roe, Ivo Tam, and …").
     */
    private static boolean describedApposition(SegmentedArticle text, Mention topic, Mention other) {
        String body = text.body();
        return other.start() > topic.end() && body.substring(topic.end(), other.start()).strip().equals(",")
                && body.startsWith(",", other.end())
                && Tokenizer.words(body, other.start(), other.end()).stream().anyMatch(word -> !word.capitalised());
    }

    /** Whether the words written around {@code mention} give it the role or the age {@code wanted}. */
    private static boolean describes(SegmentedArticle text, Mention mention, String wanted) {
        String body = text.body();
        SegmentedArticle.Sentence sentence = text.sentenceAt(mention.start());
        int from = sentence == null ? Math.max(0, mention.start() - MAX_APPOSITION_CHARS) : sentence.start();
        int to = sentence == null ? Math.min(body.length(), mention.end() + MAX_APPOSITION_CHARS) : sentence.end();
        List<Token> before = Tokenizer.words(body, Math.max(from, mention.start() - MAX_APPOSITION_CHARS),
                mention.start());
        // "Judge Ana Roe", "Der Angeklagte Martin Keller", "the 61-year-old Martha Quist": a title right before,
        // its complement in lower case included ("a diretora da escola Joana Brito").
        int end = mention.start();
        for (int i = before.size() - 1; i >= 0 && before.size() - i <= MAX_TITLE_WORDS; i--) {
            Token word = before.get(i);
            if (!text.text(word.end(), end).isBlank()
                    || Lexicon.isPreposition(word.text()) && (end == mention.start() || before.get(i + 1).capitalised())) {
                break; // "autarca de Vale Fundo": the name after a preposition is the role's complement, not its holder
            }
            if (matches(word.text(), wanted)) {
                return true;
            }
            end = word.start();
        }
        // "the coach of Riverton FC, Oren Vale": a description set off by a comma before the name.
        int comma = mention.start() - 1;
        while (comma >= from && Character.isWhitespace(body.charAt(comma))) {
            comma--;
        }
        if (comma >= from && body.charAt(comma) == ',') {
            int opens = Math.max(Math.max(from, body.lastIndexOf(',', comma - 1) + 1), comma - MAX_APPOSITION_CHARS);
            if (anyMatches(afterLastCoordinator(text, Tokenizer.words(body, opens, comma)), wanted)) {
                return true;
            }
        }
        // "Piet Lander is the only ferryman left": the name's predicate.
        List<Token> next = Tokenizer.words(body, mention.end(), Math.min(to, mention.end() + MAX_APPOSITION_CHARS));
        if (!next.isEmpty() && Lexicon.isCopula(next.getFirst().text())) {
            for (int i = 1; i < next.size() && i <= MAX_TITLE_WORDS + 1; i++) {
                if (matches(next.get(i).text(), wanted)) {
                    return true;
                }
                if (!text.text(next.get(i - 1).end(), next.get(i).start()).isBlank()) {
                    break;
                }
            }
        }
        // "Tom Bakely, the defendant,", "Martha Quist, 61,", "Marta Quist (61)": an apposition after the name.
        int after = mention.end();
        if (after < to && (body.charAt(after) == ',' || body.startsWith(" (", after))) {
            int close = after + 1;
            int limit = Math.min(to, after + MAX_APPOSITION_CHARS);
            while (close < limit && ",.;:)".indexOf(body.charAt(close)) < 0) {
                close++;
            }
            return anyMatches(Tokenizer.words(body, after + 1, close), wanted);
        }
        return false;
    }

    /**
     * The words after the last coordinator: in a list ("sued the county, Sheriff Ann Roe and the jail's contractor,
     * Pinemark"), the description set off before a name is the last item's, not the items' before it.
     */
    private static List<Token> afterLastCoordinator(SegmentedArticle text, List<Token> words) {
        for (int i = words.size() - 1; i >= 0; i--) {
            if (Lexicon.isCoordinator(words.get(i).text(), text.language())) {
                return words.subList(i + 1, words.size());
            }
        }
        return words;
    }

    /**
     * Whether a description set off by commas gives the role, by a word or a [same-role] phrase ("O presidente da
     * Câmara de …, Joaquim Teles" for "o autarca"): a short phrase that opens as a description does ("the
     * coach of", "coach of", "61"), not as a clause ("who sentenced the defendant", "After meeting the judge").
     */
    private static boolean anyMatches(List<Token> words, String wanted) {
        if (words.isEmpty() || words.size() > MAX_APPOSITION_WORDS
                || Lexicon.isFunctionWord(words.getFirst().text()) && !Lexicon.isDeterminer(words.getFirst().text())) {
            return false;
        }
        for (Token word : words) {
            if (matches(word.text(), wanted)) {
                return true;
            }
        }
        return Lexicon.holdsRolePhrase(String.join(" ", words.stream().map(Token::text).toList()), wanted);
    }

    private static boolean carries(String role, String wanted) {
        for (String word : ROLE_WORD_BREAKS.split(role)) {
            if (!word.isEmpty() && matches(word, wanted)) {
                return true;
            }
        }
        return Lexicon.holdsRolePhrase(role, wanted);
    }

    /**
     * Whether a written word is the wanted role noun or age: the same word or office ("regidor" for "alcalde"), an
     * elided article before it ("l'allenatore"), or an inflection of it ("Angeklagter", "паромщика").
     */
    static boolean matches(String written, String wanted) {
        String word = withoutElidedArticle(written);
        Matcher age = SubjectGrammar.AGE.matcher(word);
        if (age.matches()) {
            word = age.group(1);
        }
        if (word.equals(wanted) || Lexicon.isSameRole(word, wanted)) {
            return true;
        }
        String shorter = word.length() <= wanted.length() ? word : wanted;
        String longer = shorter == word ? wanted : word;
        if (shorter.length() < MIN_STEM_CHARS || !Character.isLetter(shorter.charAt(0))) {
            return false;
        }
        // "juge"/"juges", "паромщик"/"паромщика", "delantero"/"delantera"; not "minister"/"ministry".
        return longer.length() - shorter.length() <= MAX_ENDING_CHARS && longer.startsWith(shorter)
                || longer.length() == shorter.length()
                && longer.regionMatches(0, shorter, 0, shorter.length() - 1);
    }

    /** A word in lower case without the elided article before it: "l'élue" is "élue". */
    private static String withoutElidedArticle(String word) {
        String noun = Lexicon.afterElidedArticle(word);
        return noun != null ? noun : Lexicon.lower(word);
    }
}
