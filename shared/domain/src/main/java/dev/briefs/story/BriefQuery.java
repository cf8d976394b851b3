package dev.briefs.story;

import dev.briefs.brief.BriefStatus;

import java.time.Instant;

/**
 * Which briefs a listing holds: all of them by default, or those with one status, created in a time range, or in
 * which one actor acts. Every part is optional (null).
 *
 * @param status   only briefs with this status
 * @param since    only briefs created at or after this instant
 * @param until    only briefs created at or before this instant
 * @param actorKey only briefs in which this actor acts ({@link ActorNames#key}); the actor index holds READY briefs
 */
public record BriefQuery(BriefStatus status, Instant since, Instant until, String actorKey) {

    public static final BriefQuery ALL = new BriefQuery(null, null, null, null);

    public BriefQuery {
        if (since != null && until != null && since.isAfter(until)) {
            throw new IllegalArgumentException("since must not be after until");
        }
    }

    /** Whether a brief with this status and creation time belongs to the listing (the actor aside). */
    public boolean admits(BriefStatus briefStatus, Instant createdAt) {
        return (status == null || status == briefStatus)
                && (since == null || !createdAt.isBefore(since))
                && (until == null || !createdAt.isAfter(until));
    }
}
