package dev.briefs.store;

import dev.briefs.brief.Brief;
import dev.briefs.story.ActorEntry;
import dev.briefs.story.BriefQuery;
import dev.briefs.story.RelatedBrief;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where briefs are stored (DynamoDB). Every state change is one conditional write, so concurrent or repeated
 * deliveries of the same event cannot produce two briefs.
 */
public interface BriefRepository {

    /** The brief with this id. */
    Optional<Brief> get(String id);

    /**
     * The brief with this id as the JSON document it is stored as (what {@code BriefJson} writes), served without
     * decoding and encoding it again.
     */
    Optional<String> getDocument(String id);

    /**
     * Starts processing: writes {@code processing} unless the record already holds this or a newer version
     * ({@code sequencer}), or another invocation holds a lease on it that has not expired. A claim made by the same
     * {@code claimant} (an earlier delivery of the same queue message, which the queue hides from everyone else while
     * it is being handled) does not block: that delivery failed, or its invocation died, before it could finish.
     * A granted claim over a READY brief drops its actor index entries: it is being briefed again.
     *
     * @param processing a PROCESSING record
     * @param sequencer  the version's position in the key's event order (see {@link Sequencers})
     * @param leaseUntil when the claim expires if this invocation never finishes
     * @param now        the current time, to judge other leases
     * @param claimant   who claims (the queue message's id), or null
     */
    Claim claim(Brief processing, String sequencer, Instant leaseUntil, Instant now, String claimant);

    /** As {@link #claim(Brief, String, Instant, Instant, String)}, for a claimant that never comes back. */
    default Claim claim(Brief processing, String sequencer, Instant leaseUntil, Instant now) {
        return claim(processing, sequencer, leaseUntil, now, null);
    }

    /**
     * Finishes processing: writes the READY or FAILED record if the record still belongs to this version.
     *
     * @return false when a newer version took the record over meanwhile (the result is then discarded)
     */
    default boolean complete(Brief finished, String sequencer) {
        return complete(finished, sequencer, Map.of());
    }

    /**
     * Finishes processing like {@link #complete(Brief, String)}, and indexes a READY brief's actors
     * ({@link dev.briefs.story.ActorIndex}). The entries of the version it replaces were dropped by its claim.
     *
     * @param definedForms short form → long form of the organisations the article links ("IMF" → "International
     *                     Monetary Fund")
     */
    boolean complete(Brief finished, String sequencer, Map<String, String> definedForms);

    /**
     * Gives up a claim after a transient failure, so that the retried event need not wait for the lease to expire.
     * Does nothing when the record no longer belongs to this version.
     */
    void release(String id, String sequencer);

    /**
     * Gives up on a version after its last delivery failed: writes {@code failed} (FAILED, {@code RETRIES_EXHAUSTED})
     * if the record is still this version's PROCESSING claim, and leaves it claimable by a redelivery of the same
     * version (from the dead-letter queue), unlike other FAILED records.
     *
     * @return false when the record was no longer this version's claim (nothing written)
     */
    boolean giveUp(Brief failed, String sequencer);

    /**
     * Removes the brief of a deleted object, and everything indexed with it (its actor index entries too), unless the record holds a newer version
     * than the removal ({@code sequencer}). The one place where a brief is removed.
     *
     * @return false when there was nothing to remove, or a newer version holds the record
     */
    boolean delete(String id, String sequencer);

    /** Up to {@code limit} PROCESSING briefs whose lease ran out before {@code cutoff}, oldest lease first. */
    List<AbandonedClaim> findAbandoned(Instant cutoff, int limit);

    /**
     * Forgets the stored event order of this brief (its sequencer) and any lease, so that the next event for its key
     * is taken whatever came before: how a key wedged by an event with a bogus, far-future sequencer is freed.
     */
    void resetOrder(String id);

    /** Briefs newest first; {@code after} is a position from an earlier page, or null for the first page. */
    default Page<Brief> list(int limit, String after) {
        return list(BriefQuery.ALL, limit, after);
    }

    /**
     * Briefs newest first that match {@code query} (an actor's briefs come from the actor index);
     * {@code after} is a position from an earlier page of the same query, or null. A page may hold fewer than
     * {@code limit} briefs while {@code nextCursor} says there are more: a status filter is applied after reading.
     */
    Page<Brief> list(BriefQuery query, int limit, String after);

    /** The actor index entries under {@code actorKey}, newest first, in the query's time range. */
    Page<ActorEntry> actorEntries(String actorKey, BriefQuery query, int limit, String after);

    /** The earlier briefs of this brief's story, created at most {@code window} before it (see RelatedBriefs). */
    List<RelatedBrief> related(String id, Duration window);

    /** The briefs made from objects with this key (in any bucket), newest first. */
    List<Brief> findBySourceKey(String key);

    /** A READY brief of identical content (same SHA-256), to reuse instead of briefing it again. */
    Optional<Brief> findReadyBySha256(String sha256);
}
