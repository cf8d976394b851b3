package dev.briefs.llm;

import dev.briefs.brief.Actor;
import dev.briefs.brief.BriefContent;
import dev.briefs.brief.HeadlineShift;
import dev.briefs.brief.HeadlineShift.ShiftEvidence;
import dev.briefs.brief.NextStep;
import dev.briefs.brief.Quote;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Merges the drafts of an article's parts, in reading order, into one draft. Also applied to a single draft, where it
 * removes the repeats a model sometimes writes.
 * <ul>
 *   <li>headline shift: each of before, after and trigger from the first part that has one, with its evidence, since
 *       the news is told first (the lede) and later parts give background;</li>
 *   <li>actors: one per name, compared without case or spacing; the first role given wins, and a person named by
 *       surname alone in one part is the person with that surname and a full name in another; the evidence of every
 *       part is kept;</li>
 *   <li>quotes: kept verbatim, in order, each once;</li>
 *   <li>next steps: in the order the article gives them, each once.</li>
 * </ul>
 */
final class BriefMerger {

    private BriefMerger() {
    }

    static BriefContent merge(List<BriefContent> drafts) {
        return new BriefContent(headlineShift(drafts), actors(drafts),
                distinct(drafts, BriefContent::quotes, quote -> key(quote.text())),
                distinct(drafts, BriefContent::nextSteps, step -> key(step.actor()) + "\n" + key(step.action())),
                null);
    }

    private static HeadlineShift headlineShift(List<BriefContent> drafts) {
        HeadlineShift before = first(drafts, HeadlineShift::before);
        HeadlineShift after = first(drafts, HeadlineShift::after);
        HeadlineShift trigger = first(drafts, HeadlineShift::trigger);
        return new HeadlineShift(before.before(), after.after(), trigger.trigger(), new ShiftEvidence(
                evidence(before).before(), evidence(after).after(), evidence(trigger).trigger()));
    }

    /** The shift of the first draft that has this part; an empty one when none has. */
    private static HeadlineShift first(List<BriefContent> drafts, Function<HeadlineShift, String> part) {
        return drafts.stream().map(BriefContent::headlineShift).filter(shift -> !part.apply(shift).isBlank())
                .findFirst().orElse(HeadlineShift.EMPTY);
    }

    private static ShiftEvidence evidence(HeadlineShift shift) {
        return shift.evidence() == null ? ShiftEvidence.NONE : shift.evidence();
    }

    private static List<Actor> actors(List<BriefContent> drafts) {
        Map<String, Actor> byName = new LinkedHashMap<>();
        for (BriefContent draft : drafts) {
            for (Actor actor : draft.actors()) {
                byName.merge(key(actor.name()), actor, (kept, repeat) -> new Actor(kept.name(),
                        kept.role().isBlank() ? repeat.role() : kept.role(), kept.type(), 0,
                        union(kept.evidence(), repeat.evidence())));
            }
        }
        List<Actor> unique = new ArrayList<>(byName.values());
        Map<Actor, Actor> surnameOnlyToFullName = new IdentityHashMap<>();
        for (Actor actor : unique) {
            Actor fullName = fullNameOf(actor, unique);
            if (fullName != null) {
                surnameOnlyToFullName.put(actor, fullName);
            }
        }
        List<Actor> merged = new ArrayList<>();
        for (Actor actor : unique) {
            if (surnameOnlyToFullName.containsKey(actor)) {
                continue;
            }
            List<Actor> surnameOnly = surnameOnlyToFullName.entrySet().stream()
                    .filter(entry -> entry.getValue() == actor).map(Map.Entry::getKey).toList();
            String role = actor.role().isBlank() ? surnameOnly.stream().map(Actor::role)
                    .filter(r -> !r.isBlank()).findFirst().orElse("") : actor.role();
            List<Integer> evidence = actor.evidence();
            for (Actor other : surnameOnly) {
                evidence = union(evidence, other.evidence());
            }
            merged.add(new Actor(actor.name(), role, actor.type(), 0, evidence));
        }
        return merged;
    }

    /* The one other person whose last name is this single-word person's name; none when ambiguous or not a person. */
    private static Actor fullNameOf(Actor actor, Iterable<Actor> all) {
        if (!Actor.PERSON.equals(actor.type()) || actor.name().strip().contains(" ")) {
            return null;
        }
        Actor match = null;
        for (Actor other : all) {
            String[] words = other.name().strip().split("\\s+");
            if (other != actor && Actor.PERSON.equals(other.type()) && words.length > 1
                    && words[words.length - 1].equalsIgnoreCase(actor.name().strip())) {
                if (match != null) {
                    return null;
                }
                match = other;
            }
        }
        return match;
    }

    private static <T> List<T> distinct(List<BriefContent> drafts, Function<BriefContent, List<T>> items,
                                        Function<T, String> identity) {
        Set<String> seen = new LinkedHashSet<>();
        List<T> kept = new ArrayList<>();
        for (BriefContent draft : drafts) {
            for (T item : items.apply(draft)) {
                if (seen.add(identity.apply(item))) {
                    kept.add(item);
                }
            }
        }
        return kept;
    }

    /** Both lists' ids, in order, each once; null when both are (no evidence recorded). */
    private static List<Integer> union(List<Integer> first, List<Integer> second) {
        if (first == null || second == null) {
            return first == null ? second : first;
        }
        Set<Integer> ids = new LinkedHashSet<>(first);
        ids.addAll(second);
        return List.copyOf(ids);
    }

    private static String key(String text) {
        return text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
