package dev.briefs.story;

import java.time.Instant;
import java.util.List;

/**
 * An earlier brief of the same story.
 *
 * @param id           its id
 * @param title        its title
 * @param createdAt    when it was created
 * @param sharedActors the actors both briefs name, as this brief names them
 * @param score        how closely it is related: one per shared actor plus the subject overlap (0 to 1)
 */
public record RelatedBrief(String id, String title, Instant createdAt, List<String> sharedActors, double score) {

    public RelatedBrief {
        sharedActors = List.copyOf(sharedActors);
    }
}
