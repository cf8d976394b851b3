package dev.briefs.verify;

import dev.briefs.article.ContentWords;
import dev.briefs.article.NumberedSentences;
import dev.briefs.brief.Actor;
import dev.briefs.brief.Verification;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

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
            if (named(id, speaker) || named(id, lastWord(speaker))) {
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
     * after it, before the quote (or that question).
     */
    int chainedAttribution(String speaker, List<Integer> quoteSentences, List<Integer> cited, List<Actor> rivals) {
        int interview = sentences.interviewStart(quoteSentences.getFirst());
        int first = interview > 0 ? interview : quoteSentences.getFirst();
        int naming = -1;
        for (int id : valid(cited)) {
            if (id < first && id > naming && first - id <= NumberedSentences.MAX_ATTRIBUTION_DISTANCE
                    && (named(id, speaker) || named(id, lastWord(speaker)))) {
                naming = id;
            }
        }
        for (int id = naming + 1; naming > 0 && id < first; id++) {
            for (Actor rival : rivals) {
                if (named(id, rival.name()) || Actor.PERSON.equals(rival.type()) && named(id, lastWord(rival.name()))) {
                    return -1;
                }
            }
        }
        return naming;
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
