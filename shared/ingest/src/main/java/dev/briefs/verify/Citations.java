package dev.briefs.verify;

import dev.briefs.article.ContentWords;
import dev.briefs.article.NumberedSentences;
import dev.briefs.brief.Actor;
import dev.briefs.brief.Verification;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks the sentences an item cites against the item, for one brief: a quote must lie inside them, an actor be named
 * in them, a claim (a next step, a part of the headline shift) share its content words with them. An item whose
 * citations do not support it is re-anchored to the sentences that do, when the article has them. Ids that number
 * no sentence are no evidence. Counts re-anchored items and records each claim's support score. Not thread-safe:
 * one per verification.
 */
final class Citations {

    /** The share of a claim's content words its sentences must contain: half, since a claim may be paraphrased. */
    static final double MIN_SUPPORT = 0.5;
    /** An actor re-anchored cites the first sentences that name them, as the extractive engine does. */
    static final int MAX_ACTOR_SENTENCES = 5;
    /** How short a word may be and still tell a description ("judge", "coach"), and how far around a name one stands. */
    private static final int MIN_DESCRIPTION_CHARS = 4;
    private static final int MAX_TITLE_WORDS = 3;
    /** How long the word before a description may be: an article ("the", "der", "le"), not a verb ("said"). */
    private static final int MAX_ARTICLE_CHARS = 3;
    private static final int MAX_APPOSITION_CHARS = 80;
    /** A Russian first name and patronymic, how a story addresses a person it has named in full: "Анна Сергеевна". */
    private static final Pattern ADDRESS_FORM = Pattern.compile("\\p{IsCyrillic}{2,} \\p{IsCyrillic}{2,}(?:овна|евна|ична|ович|евич|ич)");
    /** An age, alone ("61") or as a description writes it ("61-year-old"). */
    private static final Pattern AGE = Pattern.compile("(\\d{1,3})(?!\\d)");
    /** Words in quotation marks, as a headline or a deck prints them. */
    private static final Pattern QUOTED = Pattern.compile("[«“„\"»]([^«»“”„\"]{1,300})[»”“\"«]");
    private static final int MIN_HEADLINED_WORDS = 3;
    private static final double MIN_HEADLINED_SHARE = 2.0 / 3;
    /** A word, with the apostrophe of an elided article ("l'allenatore") and inner hyphens. */
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’-][\\p{L}\\p{N}]+)*");

    private final NumberedSentences sentences;
    private final List<Verification.Support> support = new ArrayList<>();
    private int reanchored;

    Citations(NumberedSentences sentences) {
        this.sentences = sentences;
    }

    /** The cited ids that number a sentence of the article, each once, in the order given. */
    List<Integer> valid(List<Integer> cited) {
        if (cited == null) {
            return List.of();
        }
        LinkedHashSet<Integer> ids = new LinkedHashSet<>();
        for (Integer id : cited) {
            if (id != null && sentences.has(id)) {
                ids.add(id);
            }
        }
        return List.copyOf(ids);
    }

    /**
     * The sentences of a verbatim quotation: the occurrence its citations cover, else the first one (re-anchored).
     *
     * @param words the article's own words for the quote, as {@link ArticleIndex#findQuote} returns them
     */
    List<Integer> quote(String words, List<Integer> cited) {
        List<Integer> valid = valid(cited);
        List<List<Integer>> occurrences = sentences.occurrences(words);
        for (List<Integer> occurrence : occurrences) {
            if (valid.containsAll(occurrence)) {
                return occurrence;
            }
        }
        if (occurrences.isEmpty()) {
            return List.of();
        }
        reanchored++;
        return occurrences.getFirst();
    }

    /**
     * Whether the speaker is named in the quote's sentences or next to them (see {@link NumberedSentences#around}):
     * by the name given or, for a longer name, its last word ("Starmer" for "Keir Starmer").
     */
    boolean namedNear(String speaker, List<Integer> quoteSentences) {
        for (int id : sentences.around(quoteSentences)) {
            if (namesSpeaker(id, speaker)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The cited sentence that names a quote's speaker further back than {@link #namedNear} looks, or -1: a pronoun
     * ("he added") or a quotation running on over paragraphs stands for the one named last, so that sentence counts
     * when it stands at most {@link NumberedSentences#MAX_ATTRIBUTION_DISTANCE} sentences before the quote (before
     * the first question, for an interview's answer) and no rival (another actor of the speaker's kind) is named
     * after it, before the quote (or that question; a rival the interview's introduction is not about is no rival
     * there, see {@link #introducedOver}).
     */
    int chainedAttribution(String speaker, List<Integer> quoteSentences, List<Integer> cited, List<Actor> rivals) {
        int interview = sentences.interviewStart(quoteSentences.getFirst());
        int first = interview > 0 ? interview : quoteSentences.getFirst();
        int naming = -1;
        for (int id : valid(cited)) {
            if (id < first && id > naming && first - id <= NumberedSentences.MAX_ATTRIBUTION_DISTANCE
                    && namesSpeaker(id, speaker)) {
                naming = id;
            }
        }
        IntPredicate speaks = id -> namedInFullOrBySurname(id, speaker);
        for (int id = naming + 1; naming > 0 && id < first; id++) {
            for (Actor rival : rivals) {
                if (naming(id, rival) && (interview < 0 || !introducedOver(first, speaks, at -> naming(at, rival)))) {
                    return -1;
                }
            }
        }
        return naming;
    }

    private boolean naming(int id, Actor actor) {
        return named(id, actor.name()) || Actor.PERSON.equals(actor.type()) && named(id, lastWord(actor.name()));
    }

    /**
     * Whether an interview's introduction, the title and the body before its first question, is about the speaker
     * rather than a rival named after them: the interviewee is the person a title naming one of them names, else the
     * one the body's sentences name more often than a voice the introduction quotes in passing.
     */
    private boolean introducedOver(int firstQuestion, IntPredicate speaker, IntPredicate rival) {
        int speakerNamed = 0;
        int rivalNamed = 0;
        for (int id = 1; id < firstQuestion; id++) {
            boolean title = sentences.get(id).block() < 0;
            if (title && speaker.test(id) != rival.test(id)) {
                return speaker.test(id);
            }
            speakerNamed += !title && speaker.test(id) ? 1 : 0;
            rivalNamed += !title && rival.test(id) ? 1 : 0;
        }
        return speakerNamed > rivalNamed;
    }

    /**
     * The sentence before a quote that names its speaker, a person, by the description the quote's attribution refers
     * back to, or -1: "…," the judge said, after "Judge Ana Roe, who presided over the trial, dismissed the case",
     * however far back. The description is a word of the quote's sentences outside the quotation, of at least
     * {@value #MIN_DESCRIPTION_CHARS} letters or an age, after a short word such as an article ("the judge", "der
     * Angeklagte") or closing its clause ("— говорит паромщик."); it must stand next to the name there, in a title of
     * at most {@value #MAX_TITLE_WORDS} words right before it or in the apposition set off after it ("Martha Quist,
     * 61,"). The extractive engine resolves such a description only to the one person the article describes so.
     */
    int describedAttribution(String speaker, String quote, List<Integer> quoteSentences) {
        List<Integer> valid = valid(quoteSentences);
        if (valid.isEmpty()) {
            return -1;
        }
        String attribution = sentences.text(valid).replace(quote, " ");
        Set<String> described = new HashSet<>();
        List<MatchResult> words = WORD.matcher(attribution).results().toList();
        for (int i = 0; i < words.size(); i++) {
            String word = descriptionWord(words.get(i).group());
            int after = words.get(i).end();
            boolean closes = after >= attribution.length() || ".,;:!?—–»”\"".indexOf(attribution.charAt(after)) >= 0;
            if (word != null && (i > 0 && words.get(i - 1).group().length() <= MAX_ARTICLE_CHARS || closes)) {
                described.add(word);
            }
        }
        WORD.matcher(speaker).results().map(w -> descriptionWord(w.group())).forEach(described::remove);
        String surname = lastWord(speaker);
        for (int id = valid.getFirst() - 1; id >= 1 && !described.isEmpty(); id--) {
            String text = sentences.get(id).text();
            int at = text.indexOf(surname);
            if (at >= 0 && named(id, surname) && describedNext(text, text.indexOf(speaker) >= 0
                    && text.indexOf(speaker) <= at ? text.indexOf(speaker) : at, at + surname.length(), described)) {
                return id;
            }
        }
        return -1;
    }

    /**
     * The sentence before a quote that names its speaker next to a quotation most of whose words the quote's sentences
     * or those next to them repeat, or -1: a headline or deck prints "Ann Roe: «…»" over a story that quotes the words
     * at length with only a description ("…,” the coach said) or nothing for whose they are. The quotation there has
     * at least {@value #MIN_HEADLINED_WORDS} words and shares at least {@value #MIN_HEADLINED_SHARE} of them.
     */
    int headlinedAttribution(String speaker, List<Integer> quoteSentences) {
        List<Integer> valid = valid(quoteSentences);
        if (valid.isEmpty()) {
            return -1;
        }
        Set<String> around = words(sentences.text(sentences.around(valid)));
        for (int id = 1; id < valid.getFirst(); id++) {
            if (!namesSpeaker(id, speaker)) {
                continue;
            }
            Matcher quoted = QUOTED.matcher(sentences.get(id).text());
            while (quoted.find()) {
                Set<String> headlined = words(quoted.group(1));
                long shared = headlined.stream().filter(around::contains).count();
                if (headlined.size() >= MIN_HEADLINED_WORDS && shared >= MIN_HEADLINED_SHARE * headlined.size()) {
                    return id;
                }
            }
        }
        return -1;
    }

    private static Set<String> words(String text) {
        Set<String> words = new HashSet<>();
        WORD.matcher(text).results().forEach(word -> words.add(word.group().toLowerCase(Locale.ROOT)));
        return words;
    }

    /** Whether a word of {@code described} stands in the title right before {@code text[start, end)} or after it. */
    private static boolean describedNext(String text, int start, int end, Set<String> described) {
        List<MatchResult> before = WORD.matcher(text.substring(0, start)).results().toList();
        int edge = start;
        for (int i = before.size() - 1; i >= 0 && before.size() - i <= MAX_TITLE_WORDS; i--) {
            if (!text.substring(before.get(i).end(), edge).isBlank()) {
                break;
            }
            if (described.contains(descriptionWord(before.get(i).group()))) {
                return true;
            }
            edge = before.get(i).start();
        }
        if (end >= text.length() || text.charAt(end) != ',') {
            return false;
        }
        int close = end + 1;
        while (close < text.length() && close - end <= MAX_APPOSITION_CHARS && ",.;:".indexOf(text.charAt(close)) < 0) {
            close++;
        }
        return WORD.matcher(text.substring(end + 1, close)).results()
                .anyMatch(word -> described.contains(descriptionWord(word.group())));
    }

    /** A word as a description is told by, lower case, an age as its number ("61-year-old" is "61"); or null. */
    private static String descriptionWord(String word) {
        Matcher age = AGE.matcher(word);
        if (age.lookingAt()) {
            return age.group(1);
        }
        return word.length() >= MIN_DESCRIPTION_CHARS ? word.toLowerCase(Locale.ROOT) : null;
    }

    /** The sentences of a verified actor: the cited ones that name them, else (re-anchored) the first that do. */
    List<Integer> actor(String name, String type, List<Integer> cited) {
        String surname = Actor.PERSON.equals(type) ? lastWord(name) : name;
        List<Integer> naming = valid(cited).stream().filter(id -> named(id, name) || named(id, surname)).toList();
        if (!naming.isEmpty()) {
            return naming;
        }
        List<Integer> found = sentences.naming(name, MAX_ACTOR_SENTENCES);
        if (found.isEmpty()) {
            found = sentences.naming(surname, MAX_ACTOR_SENTENCES);
        }
        reanchored += found.isEmpty() ? 0 : 1;
        return found;
    }

    /**
     * The sentences that support a claim: the cited ones when they hold at least {@link #MIN_SUPPORT} of its content
     * words, else (re-anchored) the sentence holding most of them if it holds enough; empty when none does. A kept
     * claim's score is recorded.
     *
     * @param kind the claim's kind in {@link Verification.Support}
     * @param item its position in its list
     */
    Optional<List<Integer>> claim(String kind, int item, String text, List<Integer> cited) {
        List<Integer> valid = valid(cited);
        double share = score(text, valid);
        if (share >= MIN_SUPPORT) {
            support.add(new Verification.Support(kind, item, rounded(share)));
            return Optional.of(valid);
        }
        NumberedSentences.Match best = sentences.bestSupport(text);
        if (best.score() >= MIN_SUPPORT) {
            reanchored++;
            support.add(new Verification.Support(kind, item, rounded(best.score())));
            return Optional.of(best.ids());
        }
        return Optional.empty();
    }

    /** What the best sentence of the article scores for a claim: the figure a dropped claim's reason gives. */
    double bestScore(String text) {
        return rounded(sentences.bestSupport(text).score());
    }

    /** Records the score of a claim kept without support (the headline shift's "before"). */
    void unsupported(String kind, String text) {
        support.add(new Verification.Support(kind, 0, bestScore(text)));
    }

    int reanchored() {
        return reanchored;
    }

    List<Verification.Support> support() {
        return support;
    }

    private double score(String text, List<Integer> ids) {
        return ContentWords.share(ContentWords.of(text), ContentWords.of(sentences.text(ids)));
    }

    /**
     * Whether sentence {@code id} names the speaker: in full, by surname, or, for a Russian name in three words, by
     * the first name and patronymic a story goes on to address its person with ("Анна Сергеевна Белова" …
     * "Анна Сергеевна").
     */
    private boolean namesSpeaker(int id, String speaker) {
        if (namedInFullOrBySurname(id, speaker)) {
            return true;
        }
        String[] words = speaker.strip().split("\\s+");
        String address = words.length == 3 ? words[0] + " " + words[1] : "";
        return ADDRESS_FORM.matcher(address).matches() && named(id, address);
    }

    private boolean namedInFullOrBySurname(int id, String speaker) {
        return named(id, speaker) || named(id, lastWord(speaker));
    }

    /* The article may capitalise a name's first letter where the brief does not ("the Treasury", "The Treasury"). */
    private boolean named(int id, String name) {
        if (name.isEmpty()) {
            return false;
        }
        String swapped = (Character.isUpperCase(name.charAt(0)) ? name.substring(0, 1).toLowerCase(Locale.ROOT)
                : name.substring(0, 1).toUpperCase(Locale.ROOT)) + name.substring(1);
        // A name in capitals names the same person, as ArticleIndex reads it: a transcript's label "KALANI:".
        return sentences.names(id, name) || sentences.names(id, swapped)
                || sentences.names(id, name.toUpperCase(Locale.ROOT));
    }

    private static String lastWord(String name) {
        String stripped = ArticleIndex.stripPossessive(name.strip());
        int space = stripped.lastIndexOf(' ');
        return space < 0 ? stripped : stripped.substring(space + 1);
    }

    private static double rounded(double score) {
        return Math.round(score * 100) / 100.0;
    }
}
