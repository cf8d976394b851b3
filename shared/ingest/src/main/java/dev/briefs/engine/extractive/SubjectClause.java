package dev.briefs.engine.extractive;

import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * A name as the subject of its clause: the verb that follows it ("Roe said", "WeWork declined", "Roe was elected"),
 * the verb of speech that introduces it ("said Ann Roe", "according to Roe"), the agent after "by", and the clauses
 * (relative, background) whose verb is not the name's own.
 */
final class SubjectClause {

    /** Past and third-person forms: "declined", "kept", "says". */
    static final Pattern VERB_FORM = Pattern.compile("\\p{Ll}{2,}(?:ed|[^s]s)|kept|left|made|took|won|lost|sent"
            + "|went|came|gave|put|set|led|held|met|ran|saw|got|beat|fell|rose|sold|bought|paid|hit|cut"
            // The past of the other languages: "pidió", "anunciaron", "cobrou", "negò", "sagte", "пообещал".
            + "|\\p{Ll}{3,}(?:ó|aron|ieron|ou|aram|eram|iu|ò|te|ten)|\\p{IsCyrillic}{3,}(?:ла|ли|л)"
            // Their imperfect and the Portuguese past in -eu: "lamentaba", "lamentait", "spiegava", "suspendeu".
            + "|\\p{Ll}{3,}(?:aba|aban|ían|aient|ava|avam|avano|eva|evano|iva|ivano|eu)|\\p{Ll}{2,}(?<!tr)ait");
    /** A French past participle, after which a one-letter auxiliary is "avoir": "a mobilisé", "a pris", "a dit". */
    private static final Pattern PARTICIPLE = Pattern.compile("\\p{Ll}{2,}(?:é|ée|és|ées|i|is|it|u|us|ert|int)");
    /** Forms of "be", after which a state rather than a deed may follow: "Roe was eager", "Roe has been absent". */
    private static final Set<String> COPULAS = Set.of("is", "are", "was", "were", "been", "be");
    /**
     * Adverbs of time between a form of "be" and its verb: "Paramount is still deciding". Alone after a name they
     * make no verb ("a Samsung TV just to try").
     */
    private static final Set<String> STILL = Set.of("still", "just");
    /** An adverb of manner or stance between a subject and its verb: "reportedly", "quickly" (not "family"). */
    private static final Pattern ADVERB = Pattern.compile("\\p{Ll}{3,}(?<!i|p|mb)ly");
    /** Verbs of speech whose object is the one spoken to or of ("told NBC News", "praised Ann Roe"), not a speaker. */
    private static final Set<String> ADDRESSING = Set.of("told", "tells", "tell", "asked", "asks", "urged", "urges",
            "warned", "warns", "accused", "praised", "criticised", "criticized", "slammed", "blasted", "hailed", "called",
            "calls", "described", "describes", "dubbed", "branded", "labelled", "labeled", "assured", "texted", "emailed",
            "answered", "thanked", "informed", "reminded");
    /** The words that join two names into one subject: "Ruiz and Cho". German capitalises nouns, so not "und". */
    private static final Set<String> PAIR_JOINERS = Set.of("and", "y", "e", "et", "и");
    /** How many lower-case words of a role may stand between "and" and the name: "and trade envoy Rui Cho". */
    private static final int MAX_LOWER_CASE_ROLE_WORDS = 3;
    /** Words that open the object after a verb: "recognize that", "want the deal", "quieren el acuerdo". */
    private static final Set<String> OBJECT_OPENERS = Set.of("that", "the", "a", "an", "to", "it", "them", "this",
            "their", "que", "el", "la", "los", "las", "il", "lo", "le", "les", "o", "os", "as", "che", "что");
    /** Words that may stand between a verb of speech and the name it introduces: "said the agency's chief, Ann Roe". */
    private static final Set<String> LEAD_IN_WORDS = Set.of("the", "a", "an", "of", "and", "at", "for", "to", "o", "os",
            "el", "los", "la", "las", "il", "lo", "le", "les", "un", "una", "une", "der", "die", "das", "des", "dem", "den",
            "de", "da", "do", "dos", "del", "della", "di", "du", "deren", "dessen", "sein", "seine", "ihr", "ihre", "su",
            "sus", "suo", "sua", "son", "sa", "ses", "seu");
    /** The particles that open the complement of a role: "chief of", "presidente do", "directrice de". */
    static final Set<String> COMPLEMENT_PARTICLES = Set.of("of", "for", "at", "de", "del", "della", "di", "du",
            "da", "do", "dos", "das", "des", "von", "vom");
    /** How many words an aside in brackets after a name may have. */
    private static final int MAX_ASIDE_WORDS = 6;
    /** How far a verb of speech may stand before the name it introduces. */
    private static final int MAX_LEAD_IN_WORDS = 9;
    /** Relative pronouns that open a clause of background. */
    private static final Set<String> RELATIVE_PRONOUNS = Set.of("which", "whose", "where", "whom");
    /** How far back in its clause a relative pronoun may stand before a name. */
    private static final int MAX_CLAUSE_WORDS = 10;

    private SubjectClause() {
    }

    /**
     * Whether a verb follows the name, as it follows a subject: a verb of action, an auxiliary or modal, or a word
     * inflected like a verb ("WeWork declined", "the hospital will close", "Nadal kept").
     */
    static boolean subject(String body, List<Token> tokens, int to) {
        int aside = afterAside(body, tokens, to);
        if (aside > 0) {
            return verbAt(tokens, aside); // "Sabine Roe (Grüne Liste) ließ das nicht gelten"
        }
        if (to >= tokens.size() || !body.substring(tokens.get(to - 1).end(), tokens.get(to).start()).isBlank()) {
            return false;
        }
        if (!tokens.get(to).capitalised() && Lexicon.isCompanySuffix(tokens.get(to).bare())) {
            return subject(body, tokens, to + 1); // "Milchwerke Sandhofen eG haben": a legal form in lower case
        }
        String word = tokens.get(to).text();
        if (COPULAS.contains(word) || Lexicon.isPreVerb(word) && to + 1 < tokens.size()
                && COPULAS.contains(tokens.get(to + 1).text())) {
            return verbAfterCopula(tokens, COPULAS.contains(word) ? to + 1 : to + 2); // "Roe was", "Roe has been"
        }
        return verbAt(tokens, to);
    }

    /**
     * The index of the word after an aside in brackets right after the name, its party or place ("Sabine Roe (Grüne
     * Liste Hallbrunn) ließ", "Ann Roe (D-Ore.) voted"), or -1 when none closes within a few words.
     */
    private static int afterAside(String body, List<Token> tokens, int to) {
        if (to >= tokens.size() || !body.substring(tokens.get(to - 1).end(), tokens.get(to).start()).equals(" (")) {
            return -1;
        }
        for (int j = to + 1; j < tokens.size() && j - to <= MAX_ASIDE_WORDS; j++) {
            String gap = body.substring(tokens.get(j - 1).end(), tokens.get(j).start());
            if (gap.indexOf(')') >= 0) {
                return gap.strip().equals(")") && !gap.endsWith(")") ? j : -1;
            }
            if (gap.indexOf('(') >= 0 || gap.indexOf('\n') >= 0) {
                return -1;
            }
        }
        return -1;
    }

    /** Whether a postposition of report follows the name: "Kreisbrandmeister Ulf Roe zufolge sind 400 Kräfte …". */
    static boolean reportedAfter(String body, List<Token> tokens, int to) {
        return to < tokens.size() && body.substring(tokens.get(to - 1).end(), tokens.get(to).start()).equals(" ")
                && Lexicon.isAccordingAfter(tokens.get(to).text());
    }

    /**
     * Whether a verb follows a form of "be" (a passive or progressive: "Roe was elected", "Roe is seeking"): a state
     * such as "Roe has been eager" or "Roe is popular" is no part in the events.
     */
    private static boolean verbAfterCopula(List<Token> tokens, int j) {
        while (j < tokens.size() && (tokens.get(j).text().equals("been") || Lexicon.isPreVerb(tokens.get(j).text())
                || STILL.contains(tokens.get(j).text()) || ADVERB.matcher(tokens.get(j).text()).matches())) {
            j++;
        }
        if (j >= tokens.size()) {
            return false;
        }
        String word = tokens.get(j).text();
        return word.endsWith("ing") || Lexicon.isActingVerb(word) || Speech.isVerb(word) || word.equals("to")
                || !Lexicon.isFunctionWord(word) && VERB_FORM.matcher(word).matches();
    }

    /**
     * Whether the run ends a pair of names ("Ruiz and trade envoy Rui Cho") and a plain word follows it with its
     * object, as the plural verb of both does: "Ruiz and Cho recognize that…", "Ruiz and Cho want the deal".
     */
    static boolean pluralVerbAfterPair(String body, NameSpan span, int to) {
        int and = span.from() - 1;
        while (and > 0 && span.from() - and <= MAX_LOWER_CASE_ROLE_WORDS && !span.token(and).capitalised()
                && !Lexicon.isFunctionWord(span.token(and).text())) {
            and--; // "Ruiz and trade envoy Rui Cho"
        }
        if (and < 1 || to + 1 >= span.tokens().size() || !PAIR_JOINERS.contains(span.token(and).text())
                || !OBJECT_OPENERS.contains(span.token(to + 1).text())
                || !span.token(and - 1).capitalised()
                || !body.substring(span.token(and - 1).end(), span.token(and + 1).start())
                .equals(" " + span.token(and).text() + " ")
                || !body.substring(span.token(to - 1).end(), span.token(to).start()).equals(" ")) {
            return false;
        }
        String word = span.token(to).text();
        return word.length() >= 3 && word.chars().allMatch(Character::isLowerCase) && !Lexicon.isFunctionWord(word)
                && !word.endsWith("s");
    }

    /**
     * Whether a verb of speech introduces the name, as in "said study co-author Ann Roe" or "according to Ann Roe": the
     * verb stands a few words before it in the sentence, with only a role between.
     */
    static boolean introducedBySpeech(SegmentedArticle text, List<Token> tokens, int from) {
        SegmentedArticle.Sentence sentence = text.sentenceAt(tokens.get(from).start());
        int sentenceStart = sentence == null ? 0 : sentence.start();
        for (int j = from - 1; j >= Math.max(0, from - MAX_LEAD_IN_WORDS) && tokens.get(j).start() >= sentenceStart; j--) {
            Token word = tokens.get(j);
            String gap = text.body().substring(word.end(), tokens.get(j + 1).start()).strip();
            if (!gap.isEmpty() && !gap.equals(",")) {
                return false;
            }
            if (Speech.isVerb(word.text())) {
                return !ADDRESSING.contains(Lexicon.lower(word.text())) && !text.insideQuotation(word.start());
            }
            if (Speech.isAccording(tokens, j)
                    || word.text().equals("so") && "de".equals(text.language()) && j > 0
                    && text.body().substring(tokens.get(j - 1).end(), word.start()).strip().endsWith(",")) {
                return true; // "según Ana Roe", "laut Roe", "«…», so Kämmerer Ann Roe"
            }
            if (word.start() == sentenceStart && !text.language().isEmpty() && !"en".equals(text.language())
                    && Lexicon.isFraming(word.text())) {
                return true; // langs4: "Para Roe, el empate fue injusto", "Pour la CGT, …": whose view the sentence tells
            }
            // "sagte der Bevollmächtigte Thorsten Engel": German capitalises the noun its article governs before a name
            boolean roleWord = word.capitalised() ? RoleFinder.isTitle(word) || inComplement(tokens, j)
                    || j == from - 1 && j > 0 && "de".equals(text.language())
                    && CandidateReader.germanNounAfter(tokens.get(j - 1))
                    : !Lexicon.isFunctionWord(word.bare())
                    || LEAD_IN_WORDS.contains(word.text()) || word.possessive();
            if (!roleWord) {
                return false;
            }
        }
        return false;
    }

    /**
     * Whether the capitalised word at {@code j} belongs to a name in the complement of a role, after its particle:
     * "said the chief executive of Velda Motors, Ann Roe", "disse o presidente do Sindicato dos Ferroviários, X".
     */
    private static boolean inComplement(List<Token> tokens, int j) {
        int k = j;
        while (k > 0 && tokens.get(k).capitalised() && !RoleFinder.isTitle(tokens.get(k))) {
            k--;
        }
        return k < j && COMPLEMENT_PARTICLES.contains(tokens.get(k).text());
    }

    /**
     * Whether the run stands in a relative clause ("where Ann Roe unveiled it", "on whose board Roe sat"), which tells
     * the background of something else.
     */
    static boolean inRelativeClause(SegmentedArticle text, NameSpan span) {
        SegmentedArticle.Sentence sentence = text.sentenceAt(span.start());
        int sentenceStart = sentence == null ? 0 : sentence.start();
        for (int j = span.from() - 1; j >= Math.max(0, span.from() - MAX_CLAUSE_WORDS); j--) {
            Token word = span.token(j);
            if (word.start() < sentenceStart) {
                return false;
            }
            if (RELATIVE_PRONOUNS.contains(word.text())) {
                return true;
            }
            String gap = text.body().substring(word.end(), span.token(j + 1).start());
            if (!gap.isBlank()) {
                return false;
            }
        }
        return false;
    }

    /** Whether the run opens a sentence or a clause ("…, Ann Roe, the attorney, said"), where a subject stands. */
    static boolean opensClause(SegmentedArticle text, NameSpan span) {
        if (span.from() == 0) {
            return true;
        }
        SegmentedArticle.Sentence sentence = text.sentenceAt(span.start());
        if (sentence != null && sentence.start() == span.start()) {
            return true;
        }
        String gap = text.body().substring(span.token(span.from() - 1).end(), span.start()).strip();
        return !gap.isEmpty() && ",\"”»".indexOf(gap.charAt(gap.length() - 1)) >= 0;
    }

    /**
     * Whether the word at {@code j} is a verb as it follows a subject: "said", "was", "ha annunciato", "a signé",
     * "hat … unterschrieben", "unterschrieb".
     */
    static boolean verbAt(List<Token> tokens, int j) {
        if (j >= tokens.size() || tokens.get(j).capitalised()) {
            return false;
        }
        String word = tokens.get(j).text();
        return Speech.isVerb(word) || Lexicon.isActingVerb(word) || Lexicon.isPreVerb(word)
                || word.length() > 1 && Lexicon.isAuxiliary(word) // "ha annunciato", not the "a" of "Ann Roe, a lawyer"
                || Lexicon.isAuxiliary(word) && j + 1 < tokens.size() && PARTICIPLE.matcher(tokens.get(j + 1).text()).matches()
                || !Lexicon.isFunctionWord(word) && (VERB_FORM.matcher(word).matches() || Lexicon.isStrongPast(word));
    }

    /**
     * Whether a verb that passes {@code verbs} follows the name, perhaps after auxiliaries: "Ann Roe said",
     * "NBC News has reported".
     */
    static boolean verbFollows(String body, List<Token> tokens, int to, Predicate<String> verbs) {
        int j = to;
        while (j < tokens.size() && (Lexicon.isPreVerb(tokens.get(j).text()) || Lexicon.isAuxiliary(tokens.get(j).text())
                || ADVERB.matcher(tokens.get(j).text()).matches())
                && body.substring(tokens.get(j - 1).end(), tokens.get(j).start()).isBlank()) {
            j++; // "Roe has said", "Roe reportedly agreed"
        }
        return j < tokens.size() && body.substring(tokens.get(j - 1).end(), tokens.get(j).start()).isBlank()
                && verbs.test(tokens.get(j).text());
    }

    /** Whether the name is the agent of a passive or a deed: "released by Downing Street", "a review by the CQC". */
    static boolean agent(List<Token> tokens, int from) {
        int by = from >= 1 && tokens.get(from - 1).text().equals("the") ? from - 2 : from - 1;
        return by >= 0 && tokens.get(by).text().equals("by");
    }
}
