package dev.briefs.verify;

import dev.briefs.article.Whitespace;
import dev.briefs.article.Article;
import dev.briefs.article.NumberedSentences;
import dev.briefs.brief.Actor;
import dev.briefs.brief.BriefContent;
import dev.briefs.brief.HeadlineShift;
import dev.briefs.brief.HeadlineShift.ShiftEvidence;
import dev.briefs.brief.NextStep;
import dev.briefs.brief.Quote;
import dev.briefs.brief.Verification;
import dev.briefs.brief.Verification.DroppedItem;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Checks an engine's brief against the article it claims to describe and removes what the article does not support.
 *
 * <p>"The article" is the title and the parsed body: boilerplate the parser removed (a trailing "Read also" list,
 * share prompts) is not part of it, so a name that appears only there is unsupported. Each item also cites the
 * article's sentences ({@code evidence}, ids of {@link NumberedSentences}), and the citations are checked too
 * ({@link Citations}). The rules:
 * <ul>
 *   <li><b>quotes</b> must occur verbatim, after normalising only whitespace and quotation-mark style
 *       (see {@link NormalisedText}); a kept quote's text is replaced by the article's own characters for it, and
 *       must lie inside the sentences it cites;</li>
 *   <li><b>actors</b> must be named in the article as whole words, with the case rules of
 *       {@link ArticleIndex#findName}, and in the sentences they cite; their {@code mentions} are counted in the
 *       article, whatever the engine said;</li>
 *   <li><b>speakers</b> must be one of the kept actors or be named in the article, and be named in or next to the
 *       quote's sentences, or in a cited sentence a few before them with no other actor of their kind named
 *       in between (the one a "he added" stands for); a quote whose speaker is not loses the speaker, since a
 *       misattributed quotation is worse than an unattributed one, and is kept with an empty speaker when it has
 *       more than {@value #MAX_UNATTRIBUTED_FRAGMENT_WORDS} words (a shorter fragment is dropped with its
 *       speaker);</li>
 *   <li><b>next steps</b> must have an action, their actor, when one is given, follows the speaker rule, and the
 *       cited sentences must hold at least half of the action's content words (its support score);</li>
 *   <li>the headline shift's <b>after</b> and <b>trigger</b> are paraphrases by design, held to the support score
 *       like a next step; the <b>before</b> is often background the article implies, so it is kept whatever its
 *       score.</li>
 * </ul>
 * An item whose citations do not support it, or that cites nothing or ids out of range, is re-anchored to the
 * sentences that support it when the article has them, and dropped otherwise. Everything dropped is listed, with the
 * reason, in the returned engine info's {@link Verification}, with the count of re-anchored items and the claims'
 * support scores. Thread-safe and stateless.
 */
public final class BriefVerifier {

    /** Name suffixes that are not a surname: "Martin Luther King Jr." is mentioned as "King". */
    private static final Set<String> NAME_SUFFIXES = Set.of("jr", "jr.", "sr", "sr.", "ii", "iii", "iv");
    /** The most words a quote may have and still be a fragment, not worth keeping without its speaker. */
    private static final int MAX_UNATTRIBUTED_FRAGMENT_WORDS = 3;

    /**
     * Verifies {@code candidate} against {@code article}.
     *
     * @param article   the parsed article the brief was made from
     * @param candidate the engine's brief; its engine info must be present and is kept, with the verification added
     * @return the supported part of the brief, actors' mentions counted, and what was dropped in
     *         {@code engine().verification()}
     */
    public BriefContent verify(Article article, BriefContent candidate) {
        Objects.requireNonNull(candidate.engine(), "candidate.engine");
        ArticleIndex text = new ArticleIndex(article);
        Citations citations = new Citations(NumberedSentences.of(article));
        Drops drops = new Drops();

        HeadlineShift shift = verifyShift(candidate.headlineShift(), citations, drops);
        List<Actor> actors = verifyActors(text, candidate.actors(), citations, drops);
        List<Quote> quotes = verifyQuotes(text, candidate.quotes(), actors, citations, drops);
        List<NextStep> nextSteps = verifyNextSteps(text, candidate.nextSteps(), actors, citations, drops);
        List<Actor> counted = countMentions(text, actors);

        return new BriefContent(shift, counted, quotes, nextSteps,
                candidate.engine().withVerification(drops.toVerification(citations)));
    }

    /** The after and the trigger must be supported or go; the before is kept, with what support it has. */
    private static HeadlineShift verifyShift(HeadlineShift shift, Citations citations, Drops drops) {
        ShiftEvidence cited = shift.evidence() == null ? ShiftEvidence.NONE : shift.evidence();
        String before = clean(shift.before());
        List<Integer> beforeEvidence = List.of();
        if (!before.isEmpty()) {
            Optional<List<Integer>> supported = citations.claim("before", 0, before, cited.before());
            if (supported.isEmpty()) {
                citations.unsupported("before", before);
            }
            beforeEvidence = supported.orElse(List.of());
        }
        String after = clean(shift.after());
        Optional<List<Integer>> afterEvidence = shiftPart("after", after, cited.after(), citations, drops);
        String trigger = clean(shift.trigger());
        Optional<List<Integer>> triggerEvidence = shiftPart("trigger", trigger, cited.trigger(), citations, drops);
        return new HeadlineShift(before, afterEvidence.isPresent() ? after : "",
                triggerEvidence.isPresent() ? trigger : "",
                new ShiftEvidence(beforeEvidence, afterEvidence.orElse(List.of()), triggerEvidence.orElse(List.of())));
    }

    /** A part of the headline shift with its evidence; empty when it is dropped. "" is kept, citing nothing. */
    private static Optional<List<Integer>> shiftPart(String kind, String text, List<Integer> cited,
                                                     Citations citations, Drops drops) {
        if (text.isEmpty()) {
            return Optional.of(List.of());
        }
        Optional<List<Integer>> supported = citations.claim(kind, 0, text, cited);
        if (supported.isEmpty()) {
            drops.shiftPart(kind, text, unsupportedReason(citations, text));
        }
        return supported;
    }

    private static String unsupportedReason(Citations citations, String claim) {
        return "no sentence of the article says it: the closest holds "
                + Math.round(citations.bestScore(claim) * 100) + "% of its content words (at least "
                + Math.round(Citations.MIN_SUPPORT * 100) + "% needed)";
    }

    private static List<Actor> verifyActors(ArticleIndex text, List<Actor> candidates, Citations citations,
                                            Drops drops) {
        List<Actor> kept = new ArrayList<>();
        Set<String> keptNames = new HashSet<>();
        for (Actor actor : candidates) {
            String name = actor.name() == null ? "" : actor.name();
            Optional<String> supported = text.findName(name);
            if (supported.isEmpty()) {
                drops.actor(name, name.isBlank() ? "the actor has no name"
                        : "\"" + name.strip() + "\" does not occur in the article");
                continue;
            }
            // Removing a possessive can turn "Starmer's" into a name already kept: that is a repeat, not a new actor.
            if (keptNames.add(key(supported.get()))) {
                kept.add(new Actor(supported.get(), clean(actor.role()), actor.type(), 0,
                        citations.actor(supported.get(), actor.type(), actor.evidence())));
            }
        }
        return kept;
    }

    private static List<Quote> verifyQuotes(ArticleIndex text, List<Quote> candidates, List<Actor> actors,
                                            Citations citations, Drops drops) {
        List<Quote> kept = new ArrayList<>();
        for (Quote quote : candidates) {
            String words = quote.text() == null ? "" : quote.text();
            String speaker = quote.speaker() == null ? "" : quote.speaker();
            Optional<String> verbatim = text.findQuote(words);
            if (verbatim.isEmpty()) {
                drops.quote(describe(quote), "the quoted words do not occur verbatim in the article");
                continue;
            }
            if (speaker.isBlank()) {
                // Words the article quotes without saying whose: kept, verbatim, with no speaker rather than a guess.
                kept.add(new Quote("", verbatim.get(), citations.quote(verbatim.get(), quote.evidence())));
                continue;
            }
            Optional<String> attributed = supportedPerson(text, speaker, actors);
            List<Integer> evidence = citations.quote(verbatim.get(), quote.evidence());
            if (attributed.isEmpty()) {
                unattributed(quote, verbatim.get(), evidence, kept, drops,
                        "the speaker \"" + speaker.strip() + "\" is neither an actor nor named in the article");
                continue;
            }
            if (!evidence.isEmpty() && !citations.namedNear(attributed.get(), evidence)) {
                int naming = citations.chainedAttribution(attributed.get(), evidence, quote.evidence(),
                        rivals(attributed.get(), actors));
                if (naming < 0 && person(attributed.get(), actors)) {
                    // "…," the judge said: the article may have named her with that title long before.
                    naming = citations.describedAttribution(attributed.get(), verbatim.get(), evidence);
                }
                if (naming < 0) {
                    naming = citations.headlinedAttribution(attributed.get(), evidence); // "Ann Roe: «…»" over the story
                }
                if (naming < 0) {
                    unattributed(quote, verbatim.get(), evidence, kept, drops, "the speaker \"" + attributed.get()
                            + "\" is not named in or next to the quote's sentences " + evidence);
                    continue;
                }
                evidence = Stream.concat(Stream.of(naming), evidence.stream()).toList();
            }
            kept.add(new Quote(attributed.get(), verbatim.get(), evidence));
        }
        return kept;
    }

    /**
     * A quote whose speaker the article does not support: the words are still verbatim evidence, so the quote is kept
     * with no speaker rather than a wrong one; a fragment of a few words is dropped, since without someone who said
     * it, it is more likely a scare quote or a title than a statement.
     */
    private static void unattributed(Quote quote, String verbatim, List<Integer> evidence, List<Quote> kept,
                                     Drops drops, String reason) {
        boolean statement = words(verbatim).size() > MAX_UNATTRIBUTED_FRAGMENT_WORDS;
        drops.speaker(describe(quote), reason + (statement ? "; the quote is kept without a speaker" : ""));
        if (statement) {
            kept.add(new Quote("", verbatim, evidence));
        }
    }

    private static List<NextStep> verifyNextSteps(ArticleIndex text, List<NextStep> candidates, List<Actor> actors,
                                                  Citations citations, Drops drops) {
        List<NextStep> kept = new ArrayList<>();
        for (NextStep step : candidates) {
            String action = clean(step.action());
            String actor = clean(step.actor());
            if (action.isEmpty()) {
                drops.nextStep(describe(step), "the next step has no action");
                continue;
            }
            Optional<String> attributed = actor.isEmpty() ? Optional.of("") : supportedPerson(text, actor, actors);
            if (attributed.isEmpty()) {
                drops.nextStep(describe(step),
                        "the actor \"" + actor + "\" is neither an actor nor named in the article");
                continue;
            }
            Optional<List<Integer>> evidence = citations.claim("nextStep", kept.size(), action, step.evidence());
            if (evidence.isEmpty()) {
                drops.nextStep(describe(step), unsupportedReason(citations, action));
                continue;
            }
            kept.add(new NextStep(attributed.get(), action, clean(step.when()), evidence.get()));
        }
        return kept;
    }

    /**
     * A speaker or a next step's actor, as kept: one of the verified actors (by full name, by part of it such as a
     * surname, or by a longer form that contains it, "Prime Minister Keir Starmer"), or a name the article contains.
     */
    private static Optional<String> supportedPerson(ArticleIndex text, String who, List<Actor> actors) {
        String cleaned = clean(who);
        if (cleaned.isEmpty()) {
            return Optional.empty();
        }
        List<String> whoWords = words(cleaned);
        for (Actor actor : actors) {
            if (sameName(words(actor.name()), whoWords)) {
                return Optional.of(cleaned);
            }
        }
        return text.findName(cleaned);
    }

    /** Whether the speaker is one of the actors who are people. */
    private static boolean person(String speaker, List<Actor> actors) {
        List<String> speakerWords = words(speaker);
        return actors.stream().anyMatch(actor -> Actor.PERSON.equals(actor.type())
                && sameName(words(actor.name()), speakerWords));
    }

    /**
     * The actors a pronoun could stand for instead of the speaker: those of the speaker's kind (person or
     * organisation) that are not the speaker; every other actor when the speaker is none of them.
     */
    private static List<Actor> rivals(String speaker, List<Actor> actors) {
        List<String> speakerWords = words(speaker);
        List<Actor> others = new ArrayList<>();
        String type = null;
        for (Actor actor : actors) {
            if (sameName(words(actor.name()), speakerWords)) {
                type = actor.type();
            } else {
                others.add(actor);
            }
        }
        String kind = type;
        return kind == null ? others : others.stream().filter(actor -> kind.equals(actor.type())).toList();
    }

    /** Counts each actor's mentions: the full name, plus a person's surname and an organisation's short forms. */
    private static List<Actor> countMentions(ArticleIndex text, List<Actor> actors) {
        List<Actor> counted = new ArrayList<>(actors.size());
        for (Actor actor : actors) {
            boolean[] claimed = new boolean[text.length()];
            int mentions = 0;
            for (String form : mentionForms(text, actor, actors)) {
                for (int[] at : text.occurrences(NormalisedText.normalise(form))) {
                    if (!overlaps(claimed, at)) {
                        Arrays.fill(claimed, at[0], at[1], true);
                        mentions++;
                    }
                }
            }
            counted.add(new Actor(actor.name(), actor.role(), actor.type(), Math.max(1, mentions), actor.evidence()));
        }
        return counted;
    }

    /*
     * Longer forms first, so a full-name mention is not counted again as a surname mention. A surname two persons in the
     * brief share ("Ed Miliband", "David Miliband") says nothing about which one is meant, so it is not counted.
     */
    private static List<String> mentionForms(ArticleIndex text, Actor actor, List<Actor> all) {
        List<String> forms = new ArrayList<>();
        forms.add(actor.name());
        if (Actor.PERSON.equals(actor.type())) {
            String surname = surname(actor.name());
            boolean shared = all.stream().filter(other -> other != actor && Actor.PERSON.equals(other.type()))
                    .anyMatch(other -> surname.equalsIgnoreCase(surname(other.name())));
            if (!surname.isEmpty() && !surname.equals(actor.name()) && !shared) {
                forms.add(surname);
            }
        } else {
            if (actor.name().regionMatches(true, 0, "the ", 0, 4)) {
                forms.add(actor.name().substring(4));
            }
            // The definition "International Monetary Fund (IMF)" is one mention, so it is claimed before its parts.
            List<String> abbreviations = text.definedAbbreviations(NormalisedText.normalise(actor.name()));
            abbreviations.forEach(abbreviation -> forms.addFirst(actor.name() + " (" + abbreviation + ")"));
            forms.addAll(abbreviations);
        }
        return forms;
    }

    private static String surname(String name) {
        List<String> words = words(name);
        for (int i = words.size() - 1; i > 0; i--) {
            String word = words.get(i).replaceAll("[,]+$", "");
            if (!NAME_SUFFIXES.contains(word.toLowerCase(Locale.ROOT)) && word.length() > 1
                    && Character.isUpperCase(word.charAt(0))) {
                return word;
            }
        }
        return "";
    }

    private static boolean overlaps(boolean[] claimed, int[] at) {
        for (int i = at[0]; i < at[1]; i++) {
            if (claimed[i]) {
                return true;
            }
        }
        return false;
    }

    /** Whether one name is part of the other: "Starmer", "Keir Starmer", "Prime Minister Keir Starmer". */
    private static boolean sameName(List<String> one, List<String> other) {
        return containsRun(one, other) || containsRun(other, one);
    }

    /** Whether {@code run} occurs as consecutive words of {@code words}, ignoring case. */
    private static boolean containsRun(List<String> words, List<String> run) {
        if (run.isEmpty() || run.size() > words.size()) {
            return false;
        }
        for (int start = 0; start + run.size() <= words.size(); start++) {
            boolean all = true;
            for (int i = 0; i < run.size() && all; i++) {
                all = words.get(start + i).equalsIgnoreCase(run.get(i));
            }
            if (all) {
                return true;
            }
        }
        return false;
    }

    private static List<String> words(String text) {
        String normalised = ArticleIndex.stripPossessive(NormalisedText.normalise(text));
        return normalised.isEmpty() ? List.of() : List.of(normalised.split(" "));
    }

    private static String key(String name) {
        return NormalisedText.normalise(name).toLowerCase(Locale.ROOT);
    }

    private static String clean(String text) {
        return text == null ? "" : Whitespace.collapse(text);
    }

    private static String describe(Quote quote) {
        return clean(quote.speaker()) + ": \"" + clean(quote.text()) + "\"";
    }

    private static String describe(NextStep step) {
        String actor = clean(step.actor());
        String when = clean(step.when());
        return (actor.isEmpty() ? "" : actor + ": ") + clean(step.action()) + (when.isEmpty() ? "" : " (" + when + ")");
    }

    /** What was dropped so far, in the order it was found. */
    private static final class Drops {

        private final List<DroppedItem> items = new ArrayList<>();
        private int quotes;
        private int actors;
        private int speakers;
        private int nextSteps;

        void actor(String value, String reason) {
            actors++;
            items.add(new DroppedItem("actor", value, reason));
        }

        void quote(String value, String reason) {
            quotes++;
            items.add(new DroppedItem("quote", value, reason));
        }

        void speaker(String value, String reason) {
            speakers++;
            items.add(new DroppedItem("speaker", value, reason));
        }

        void nextStep(String value, String reason) {
            nextSteps++;
            items.add(new DroppedItem("nextStep", value, reason));
        }

        /** A part of the headline shift: listed, without a count of its own. */
        void shiftPart(String kind, String value, String reason) {
            items.add(new DroppedItem(kind, value, reason));
        }

        Verification toVerification(Citations citations) {
            return new Verification(quotes, actors, speakers, nextSteps, items, citations.reanchored(),
                    citations.support());
        }
    }
}
