package dev.briefs.story;

import dev.briefs.brief.Quote;

import java.time.Instant;
import java.util.List;

/**
 * One actor in one READY brief, as the actor index holds it: enough for the actor page and for finding related
 * briefs without reading the briefs themselves.
 *
 * @param key       the normalised name it is found under ({@link ActorNames#key})
 * @param name      the name as the brief gives it
 * @param role      the role the article gives them, or empty
 * @param type      {@code person} or {@code organisation}
 * @param briefId   the brief
 * @param title     the brief's title
 * @param after     the brief's "after" line (its headline shift), or empty
 * @param createdAt when the brief was created: the index's order
 * @param quotes    what this actor says in the brief, verbatim
 */
public record ActorEntry(String key, String name, String role, String type, String briefId, String title, String after,
                         Instant createdAt, List<Quote> quotes) {

    public ActorEntry {
        role = role == null ? "" : role;
        title = title == null ? "" : title;
        after = after == null ? "" : after;
        quotes = List.copyOf(quotes);
    }
}
