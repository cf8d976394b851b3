package dev.briefs.story;

import dev.briefs.brief.Actor;
import dev.briefs.brief.Brief;
import dev.briefs.brief.BriefStatus;
import dev.briefs.brief.Quote;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The actor index entries of a brief. Names are resolved within the brief, the way a reader of the article would:
 * <ul>
 *   <li>a surname written alone ("Starmer") belongs to the one person of the brief with that surname
 *       ("Keir Starmer");</li>
 *   <li>an organisation's short form belongs to its long form when the article links them ("International Monetary
 *       Fund (IMF)"): the entry is written under both keys, so either name finds it;</li>
 *   <li>a joint statement ("Emmanuel Macron and Keir Starmer") is a quote of each of its speakers.</li>
 * </ul>
 */
public final class ActorIndex {

    /** The index covers the brief's first actors (the engines list the most mentioned first): a bounded write. */
    public static final int MAX_ACTORS = 24;
    /** What joins the speakers of a joint statement. */
    private static final Pattern JOINT = Pattern.compile("\\s+(?:and|&)\\s+|\\s*,\\s*");

    private ActorIndex() {
    }

    /**
     * The entries of a READY brief (none for any other status).
     *
     * @param brief        the brief
     * @param definedForms short form → long form, as the article defines them
     */
    public static List<ActorEntry> entries(Brief brief, Map<String, String> definedForms) {
        if (brief.status() != BriefStatus.READY) {
            return List.of();
        }
        Resolver resolver = new Resolver(brief.actors(), definedForms);
        Map<String, List<Quote>> quotes = new LinkedHashMap<>();
        for (Quote quote : brief.quotes()) {
            for (String speaker : speakers(quote.speaker())) {
                resolver.canonical(speaker).ifPresent(actor -> {
                    List<Quote> said = quotes.computeIfAbsent(ActorNames.key(actor.name()), k -> new ArrayList<>());
                    if (!said.contains(quote)) {
                        said.add(quote);
                    }
                });
            }
        }
        String after = brief.headlineShift() == null ? "" : brief.headlineShift().after();
        Map<String, ActorEntry> entries = new LinkedHashMap<>();
        for (Actor actor : resolver.canonicalActors()) {
            if (entries.size() >= MAX_ACTORS) {
                break;
            }
            String key = ActorNames.key(actor.name());
            List<Quote> said = quotes.getOrDefault(key, List.of());
            for (String alias : resolver.keysOf(actor)) {
                entries.putIfAbsent(alias, new ActorEntry(alias, actor.name(), actor.role(), actor.type(), brief.id(),
                        brief.title(), after, brief.createdAt(), said));
            }
        }
        return List.copyOf(entries.values());
    }

    /** The speaker, or each of them for a joint statement ("Emmanuel Macron and Keir Starmer"). */
    static List<String> speakers(String speaker) {
        if (speaker == null) {
            return List.of();
        }
        List<String> speakers = new ArrayList<>(List.of(speaker));
        for (String part : JOINT.split(speaker)) {
            if (!part.isBlank() && !speakers.contains(part.strip())) {
                speakers.add(part.strip());
            }
        }
        return speakers;
    }

    /** Which actor of the brief a written name means. */
    private static final class Resolver {

        private final List<Actor> canonical = new ArrayList<>();
        private final Map<String, Actor> byKey = new LinkedHashMap<>();
        private final Map<String, List<String>> aliases = new LinkedHashMap<>();

        Resolver(List<Actor> actors, Map<String, String> definedForms) {
            Map<String, String> shortToLong = new LinkedHashMap<>();
            definedForms.forEach((shortForm, longForm) ->
                    shortToLong.put(ActorNames.key(shortForm), ActorNames.key(longForm)));
            Map<String, Actor> persons = new LinkedHashMap<>();
            for (Actor actor : actors) {
                String key = ActorNames.key(actor.name());
                if (!key.isEmpty() && !byKey.containsKey(key)) {
                    byKey.put(key, actor);
                    if (Actor.PERSON.equals(actor.type())) {
                        persons.put(key, actor);
                    }
                }
            }
            for (Map.Entry<String, Actor> entry : byKey.entrySet()) {
                String key = entry.getKey();
                Actor actor = entry.getValue();
                Optional<Actor> owner = Optional.ofNullable(shortToLong.get(key)).map(byKey::get)
                        .or(() -> fullNameOf(key, persons));
                if (owner.isPresent() && owner.get() != actor) {
                    aliases.computeIfAbsent(ActorNames.key(owner.get().name()), k -> new ArrayList<>()).add(key);
                    byKey.put(key, owner.get());
                } else {
                    canonical.add(actor);
                }
            }
            // A defined short form the brief does not list as an actor still finds the long form.
            shortToLong.forEach((shortKey, longKey) -> {
                Actor longForm = byKey.get(longKey);
                if (longForm != null && !byKey.containsKey(shortKey) && !shortKey.isEmpty()) {
                    byKey.put(shortKey, longForm);
                    aliases.computeIfAbsent(longKey, k -> new ArrayList<>()).add(shortKey);
                }
            });
        }

        /** The one person whose full name ends with this single-word name, if exactly one does. */
        private static Optional<Actor> fullNameOf(String key, Map<String, Actor> persons) {
            if (key.contains(" ")) {
                return Optional.empty();
            }
            List<Actor> owners = persons.entrySet().stream()
                    .filter(person -> person.getKey().endsWith(" " + key)).map(Map.Entry::getValue).toList();
            return owners.size() == 1 ? Optional.of(owners.getFirst()) : Optional.empty();
        }

        List<Actor> canonicalActors() {
            return canonical;
        }

        Optional<Actor> canonical(String name) {
            String key = ActorNames.key(name == null ? "" : name);
            Actor actor = byKey.get(key);
            if (actor == null && !key.contains(" ")) {
                // A speaker named by surname only who is not an actor of their own.
                Map<String, Actor> persons = new LinkedHashMap<>();
                canonical.stream().filter(a -> Actor.PERSON.equals(a.type()))
                        .forEach(a -> persons.put(ActorNames.key(a.name()), a));
                return fullNameOf(key, persons);
            }
            return Optional.ofNullable(actor);
        }

        /** The keys an actor is indexed under: its own, then its aliases. */
        List<String> keysOf(Actor actor) {
            String key = ActorNames.key(actor.name());
            List<String> keys = new ArrayList<>();
            keys.add(key);
            keys.addAll(aliases.getOrDefault(key, List.of()));
            return keys;
        }
    }
}
