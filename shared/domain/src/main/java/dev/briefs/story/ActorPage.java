package dev.briefs.story;

import java.time.Instant;
import java.util.List;

/**
 * What one actor did across briefs, newest first: {@code GET /actors/{name}}.
 *
 * @param name       the actor's name, as the newest brief gives it (the name asked for when no brief has it)
 * @param briefs     the briefs the actor acts in, with the role each article gives them
 * @param quotes     what the actor said, brief by brief
 * @param nextCursor where the next page starts, or null
 */
public record ActorPage(String name, List<Appearance> briefs, List<Said> quotes, String nextCursor) {

    public ActorPage {
        briefs = List.copyOf(briefs);
        quotes = List.copyOf(quotes);
    }

    /** The page of the entries of one key. */
    public static ActorPage of(String askedFor, List<ActorEntry> entries, String nextCursor) {
        String name = entries.isEmpty() ? askedFor : entries.getFirst().name();
        List<Appearance> briefs = entries.stream().map(entry -> new Appearance(entry.briefId(), entry.title(),
                entry.createdAt(), entry.role(), entry.after())).toList();
        List<Said> quotes = entries.stream().flatMap(entry -> entry.quotes().stream()
                .map(quote -> new Said(entry.briefId(), quote.speaker(), quote.text()))).toList();
        return new ActorPage(name, briefs, quotes, nextCursor);
    }

    /**
     * A brief the actor acts in.
     *
     * @param id        the brief's id
     * @param title     its title
     * @param createdAt when it was created
     * @param role      the actor's role as that article gives it, or empty
     * @param after     the brief's "after" line, or empty
     */
    public record Appearance(String id, String title, Instant createdAt, String role, String after) {
    }

    /**
     * A quote of the actor.
     *
     * @param briefId the brief it is from
     * @param speaker the speaker as the article names them
     * @param text    the words, verbatim
     */
    public record Said(String briefId, String speaker, String text) {
    }
}
