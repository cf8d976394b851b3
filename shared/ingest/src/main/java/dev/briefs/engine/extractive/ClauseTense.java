package dev.briefs.engine.extractive;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How a clause sets its event in time, read from the grammar words of its language rather than from phrases: a span
 * counted back from the news ("a year ago", "hace un año", "il y a trois semaines", "vor einem Jahr", "un anno fa",
 * "há um ano", "год назад"), the pluperfect (a clause whose auxiliary is the past of "have": what held before the
 * news), and the future or a plan (a future ending, a modal or verb of intent). The shift reads the first two as the
 * state before; next steps read them as the past and the last as what lies ahead.
 */
final class ClauseTense {

    /**
     * The words that count a span back from the news, per language: "[elapsed]" lines hold "_" where the span stands
     * ("hace _", "_ fa"). The span is a unit of time ("[units]") after at most two words of count ("un", "drei",
     * "a few"), or none ("Год назад", "hace años").
     */
    private static final Map<String, Optional<Pattern>> ELAPSED = Lexicon.perLanguage(language -> spans("elapsed", language));
    /** The words that tell how long a state lasted, in "[lasted]" frames as "[elapsed]"'s: "for _", "depuis _", "per _". */
    private static final Map<String, Optional<Pattern>> LASTED = Lexicon.perLanguage(language -> spans("lasted", language));
    /** The time a party is given to act, in "[deadline]" frames: "tem _ para", "hat _ zeit". */
    private static final Map<String, Optional<Pattern>> DEADLINE = Lexicon.perLanguage(language -> spans("deadline", language));
    /** The past tenses of "have" that make the pluperfect ("had", "hatte", "avait", "había", "aveva", "tinha"). */
    private static final Map<String, Set<String>> PLUPERFECT = Lexicon.perLanguage(language ->
            Lexicon.lookupSet(Lexicon.cues("pluperfect", language)));
    /** The pasts of "be" that make the pluperfect of the verbs whose perfect takes "be" ("war", "était", "era"). */
    private static final Map<String, Set<String>> PLUPERFECT_BE = Lexicon.perLanguage(language ->
            Lexicon.lookupSet(Lexicon.cues("pluperfect-be", language)));
    /**
     * The participles of those verbs and the passive's ("gekommen", "worden", "venu", "rimast-"), each with its
     * endings of agreement ("venues", "rimasta"); a word ending in one is one, so prefixed verbs count ("devenu").
     */
    private static final Map<String, List<String>> BE_PARTICIPLES = Lexicon.perLanguage(language -> {
        List<String> agreements = new ArrayList<>(List.of(""));
        agreements.addAll(Lexicon.cues("participle-agreement", language));
        return Lexicon.cues("be-participles", language).stream()
                .flatMap(stem -> agreements.stream().map(ending -> stem + ending)).toList();
    });
    /** Reflexive pronouns before the auxiliary, whose verb always takes "be" ("si era impegnato"). */
    private static final Map<String, Set<String>> REFLEXIVE_CLITICS = Lexicon.perLanguage(language ->
            Lexicon.lookupSet(Lexicon.cues("reflexive-clitics", language)));
    /** The marks that end a clause, for the reach of an auxiliary to its participle. */
    private static final String CLAUSE_ENDS = ",;:.!?\n";
    /** The present auxiliaries of the perfect ("hat", "a", "ha", "tem"): [auxiliaries] without the pluperfect's. */
    private static final Map<String, Set<String>> PERFECT = Lexicon.perLanguage(language -> Lexicon.lookupSet(
            Lexicon.cues("auxiliaries", language).stream().filter(word -> !PLUPERFECT.get(language).contains(word)).toList()));
    /** English words that look ahead; the other languages add their one-word cues of plan and future endings. */
    private static final Set<String> ENGLISH_AHEAD = Set.of("will", "would", "shall", "due", "scheduled", "set", "plans",
            "plan", "planned", "expect", "expects", "expected", "hope", "hopes", "upcoming", "next", "until");
    private static final Map<String, Set<String>> AHEAD = Lexicon.perLanguage(language -> {
        Set<String> words = new HashSet<>(ENGLISH_AHEAD);
        Lexicon.cues("forward", language).stream().filter(cue -> cue.indexOf(' ') < 0).forEach(words::add);
        return Lexicon.lookupSet(words);
    });
    /** The lexicon sections of verb endings: the future ("présenteront") and the conditional ("présenteraient"). */
    static final String FUTURE = "future";
    static final String CONDITIONAL = "conditional";
    /** Per language, a verb read by an ending of {@link #FUTURE} or {@link #CONDITIONAL}, which a noun may share. */
    private static final Map<String, Pattern> BY_ENDING = Lexicon.perLanguage(language -> {
        String alternatives = endingAlternative(FUTURE, language) + endingAlternative(CONDITIONAL, language);
        return Pattern.compile(alternatives.isEmpty() ? "(?!)" : "(?iu)" + alternatives.substring(1));
    });
    /**
     * A word whose future or conditional ending follows an accented vowel, which no such verb form has ("faria",
     * "seria", "hará"): an adjective or noun ("concessionária", "necessária", "história").
     */
    private static final Map<String, Pattern> ACCENT_BEFORE_ENDING = Lexicon.perLanguage(language -> {
        List<String> endings = new ArrayList<>(Lexicon.cues(FUTURE, language));
        endings.addAll(Lexicon.cues(CONDITIONAL, language));
        return Pattern.compile(endings.isEmpty() ? "(?!)" : "(?iu)\\p{L}*[áàâéèêíìóòôú](?:" + String.join("|", endings) + ")");
    });

    private ClauseTense() {
    }

    /** The spans of time the language's {@code category} frames hold: each frame's words around a unit and its count. */
    private static Optional<Pattern> spans(String category, String language) {
        List<String> frames = Lexicon.cues(category, language);
        List<String> units = Lexicon.cues("units", language);
        if (frames.isEmpty() || units.isEmpty()) {
            return Optional.empty();
        }
        // not a unit's possessive: "For this years' edition"
        String span = "(?:[\\p{L}\\p{N}]{1,12}\\s+){0,2}?" + Lexicon.anyPhrase(units) + "(?![’'])";
        StringBuilder alternatives = new StringBuilder();
        for (String frame : frames) {
            int gap = frame.indexOf('_');
            String before = frame.substring(0, gap).strip();
            String after = frame.substring(gap + 1).strip();
            alternatives.append(alternatives.isEmpty() ? "" : "|")
                    .append(before.isEmpty() ? "" : Lexicon.anyPhrase(List.of(before)) + "\\s+")
                    .append("(?<![\\p{L}\\p{N}])").append(span)
                    .append(after.isEmpty() ? "" : "\\s+" + Lexicon.anyPhrase(List.of(after)));
        }
        return Optional.of(Pattern.compile("(?iu:" + alternatives + ")"));
    }

    /** The regular expression of a span counted back from the news in the language, if it has one. */
    static Optional<Pattern> elapsed(String language) {
        return ELAPSED.get(language);
    }

    /** An optional pattern as a further alternative of a larger one ("|…"), or nothing when there is none. */
    static String alternative(Optional<Pattern> pattern) {
        return pattern.map(present -> "|" + present.pattern()).orElse("");
    }

    /** The regular expression of how long a state lasted in the language ("for years", "depuis nonante ans"), if any. */
    static Optional<Pattern> lasted(String language) {
        return LASTED.get(language);
    }

    /** The regular expression of the time a party is given to act in the language ("tem 60 dias para"), if any. */
    static Optional<Pattern> deadline(String language) {
        return DEADLINE.get(language);
    }

    /**
     * Whether the word is an auxiliary of the language's pluperfect: a past of "have" ("had", "hatte", "avait"), or a
     * past of "be" whose clause holds a participle of a verb that takes "be" ("war … gereist", "était partie", "era
     * stata chiusa", "war geschlossen worden") or after a reflexive pronoun ("si era impegnato"). "Be" alone is the
     * imperfect of a state ("Die Lage war ernst", "le maire était absent"), which is no pluperfect.
     */
    static boolean isPluperfectAuxiliary(SegmentedArticle text, Token word) {
        String lower = Lexicon.lower(word.bare());
        String language = text.language();
        if (PLUPERFECT.get(language).contains(lower)) {
            return true;
        }
        return PLUPERFECT_BE.get(language).contains(lower) && (afterReflexive(text.body(), word, language)
                || participleInClause(text.body(), word, language));
    }

    private static boolean afterReflexive(String body, Token auxiliary, String language) {
        List<Token> before = Tokenizer.words(body, Math.max(0, auxiliary.start() - MAX_WORD_CHARS), auxiliary.start());
        return !before.isEmpty() && body.substring(before.getLast().end(), auxiliary.start()).isBlank()
                && REFLEXIVE_CLITICS.get(language).contains(Lexicon.lower(before.getLast().text()));
    }

    /**
     * Whether a participle of a verb that takes "be" stands in the auxiliary's clause, after it or, in a clause whose
     * verb comes last, before it ("nachdem der Fluss gestiegen war"): a lower-case word, not after a determiner or a
     * preposition, which would make it a noun ("la sortie", "le passé").
     */
    private static boolean participleInClause(String body, Token auxiliary, String language) {
        int from = auxiliary.start();
        while (from > 0 && CLAUSE_ENDS.indexOf(body.charAt(from - 1)) < 0) {
            from--;
        }
        int to = auxiliary.end();
        while (to < body.length() && CLAUSE_ENDS.indexOf(body.charAt(to)) < 0) {
            to++;
        }
        List<String> participles = BE_PARTICIPLES.get(language);
        List<Token> clause = Tokenizer.words(body, from, to);
        for (int i = 0; i < clause.size(); i++) {
            Token word = clause.get(i);
            if (word.start() != auxiliary.start() && !word.capitalised() && participles.stream().anyMatch(word.text()::endsWith)
                    && (i == 0 || !Lexicon.isDeterminer(clause.get(i - 1).text()) && !Lexicon.isPreposition(clause.get(i - 1).text()))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Where the first present auxiliary of the perfect in {@code body[from, to)} ends, or -1: a cue after it is its
     * participle ("Am Montag hat die Firma … angekündigt"), so the clause tells the announcing, and what stands
     * before the auxiliary is the announcing's field, its day among it.
     */
    static int perfectAuxiliaryEnd(SegmentedArticle text, int from, int to) {
        Set<String> perfect = PERFECT.get(text.language());
        return Tokenizer.words(text.body(), from, to).stream().filter(word -> perfect.contains(Lexicon.lower(word.text())))
                .mapToInt(Token::end).findFirst().orElse(-1);
    }

    /**
     * Whether the sentence's own clause is in the pluperfect: an auxiliary of it stands before any relative clause or
     * verb of speech ("La mairie avait promis un parking", not "The council approved the plan, which it had rejected"
     * nor "Brant said the bypass had cut traffic", whose pluperfect is the reported clause's).
     */
    static boolean pluperfectSentence(SegmentedArticle text, SegmentedArticle.Sentence sentence) {
        String body = text.body();
        for (Token word : Tokenizer.words(body, sentence.start(), sentence.end())) {
            if (isPluperfectAuxiliary(text, word)) {
                return true;
            }
            if (Speech.isVerb(word.text()) || Speech.isParticiple(word.text()) || opensRelative(text, word)) {
                return false;
            }
        }
        return false;
    }

    /**
     * Whether the word opens a relative clause: a relative pronoun that is no article ("who", "qui", "che"), or one
     * that is, in any of its cases, after a comma or a dash ("…, die das ausgeschlossen hatte"; not "nach dem
     * Schlusspfiff").
     */
    private static boolean opensRelative(SegmentedArticle text, Token word) {
        if (!Lexicon.isRelative(word.text(), text.language())) {
            return false;
        }
        String body = text.body();
        int before = word.start() - 1;
        while (before >= 0 && Character.isWhitespace(body.charAt(before))) {
            before--;
        }
        boolean article = Lexicon.isDeterminer(word.text()) || Lexicon.isArticle(word.text(), text.language());
        return !article || before >= 0 && ",—–".indexOf(body.charAt(before)) >= 0;
    }

    /** Whether an auxiliary of the language's pluperfect stands in {@code body[from, to)}. */
    static boolean pluperfect(SegmentedArticle text, int from, int to) {
        return Tokenizer.words(text.body(), from, to).stream()
                .anyMatch(word -> isPluperfectAuxiliary(text, word));
    }

    /**
     * The verbs of the language with an ending of {@code section} as a pattern alternative ("|…"), or empty: a future
     * ("presentará", "rendront") or a conditional ("presentaría", "rendraient", "presenterebbe").
     */
    static String endingAlternative(String section, String language) {
        List<String> endings = Lexicon.cues(section, language);
        return endings.isEmpty() ? "" : "|(?<![\\p{L}\\p{N}])\\p{L}+(?:" + String.join("|", endings) + ")(?![\\p{L}\\p{N}])";
    }

    /**
     * Whether {@code body[start, end)}, a word read as a verb by its ending, is a noun: it follows a determiner or a
     * preposition, which no verb does ("la mayoría", "une caméra", "della categoria"), or its ending follows an accented
     * vowel ("a empresa concessionária").
     */
    static boolean nounByEnding(SegmentedArticle text, int start, int end) {
        Pattern byEnding = BY_ENDING.get(text.language());
        if (!byEnding.matcher(text.body()).region(start, end).matches()
                || AHEAD.get(text.language()).contains(Lexicon.lower(text.text(start, end)))) {
            return false;
        }
        if (ACCENT_BEFORE_ENDING.get(text.language()).matcher(text.body()).region(start, end).matches()) {
            return true;
        }
        List<Token> before = Tokenizer.words(text.body(), Math.max(0, start - MAX_WORD_CHARS), start);
        return !before.isEmpty() && (Lexicon.isDeterminer(before.getLast().text()) || Lexicon.isPreposition(before.getLast().text()));
    }

    /** How far back the word before another is looked for. */
    private static final int MAX_WORD_CHARS = 30;

    /** Whether a word of {@code text[from, to)} looks ahead: a modal or cue of plan, or a verb with a future ending. */
    static boolean looksAhead(String text, int from, int to, String language) {
        Set<String> ahead = AHEAD.get(language);
        List<String> endings = Lexicon.cues(FUTURE, language);
        for (Token word : Tokenizer.words(text, from, to)) {
            String lower = Lexicon.lower(word.bare());
            if (ahead.contains(lower) || endings.stream().anyMatch(ending -> lower.length() > ending.length() && lower.endsWith(ending))) {
                return true;
            }
        }
        return false;
    }
}
