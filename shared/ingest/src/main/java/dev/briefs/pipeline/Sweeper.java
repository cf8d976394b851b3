package dev.briefs.pipeline;

import dev.briefs.brief.Source;
import dev.briefs.log.JsonLog;
import dev.briefs.store.AbandonedClaim;
import dev.briefs.store.BriefRepository;
import dev.briefs.store.EventQueue;
import dev.briefs.store.ObjectEvent;
import dev.briefs.store.ObjectRef;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Finds briefs left PROCESSING by an invocation that died (a crash, a time-out, a lost event) and puts their objects'
 * events back on the queue, each with the sequencer of the claimed version so that the redelivery may take the claim
 * over. Runs on a schedule in AWS, and when the local stack starts.
 */
public final class Sweeper {

    /** Claims handled per run; a run that finds more leaves the rest to the next. */
    static final int BATCH = 500;

    private final BriefRepository repository;
    private final EventQueue queue;

    public Sweeper(BriefRepository repository, EventQueue queue) {
        this.repository = repository;
        this.queue = queue;
    }

    /**
     * Queues again the object of every PROCESSING brief whose lease ran out before {@code cutoff}, after releasing
     * the claim so that the redelivery may take it even when the lease has not run out yet (a local stack that
     * restarts knows that no invocation of its own survived).
     *
     * @return how many were queued
     */
    public int requeueAbandoned(Instant cutoff) {
        List<AbandonedClaim> abandoned = repository.findAbandoned(cutoff, BATCH);
        for (AbandonedClaim claim : abandoned) {
            Source source = claim.brief().source();
            repository.release(claim.brief().id(), claim.sequencer());
            queue.send(new ObjectEvent("ObjectCreated:Put", new ObjectRef(source.bucket(), source.key(), source.size(),
                    source.etag(), null, claim.sequencer())));
        }
        if (!abandoned.isEmpty()) {
            JsonLog.info("abandoned briefs queued again", Map.of("count", abandoned.size()));
        }
        return abandoned.size();
    }
}
