package dev.briefs.local;

import dev.briefs.brief.Brief;
import dev.briefs.brief.BriefStatus;
import dev.briefs.brief.FailureCode;
import dev.briefs.pipeline.Sweeper;
import dev.briefs.standins.LocalS3;
import dev.briefs.store.BriefIds;
import dev.briefs.store.BriefRepository;
import dev.briefs.store.EventQueue;
import dev.briefs.store.ObjectEvent;
import dev.briefs.store.ObjectRef;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Object;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What the local stack does as it starts, in place of a queue that survives restarts: every event that was queued,
 * in flight or dead-lettered when the stack stopped (or was killed) is queued again. A stack that starts knows that
 * none of its invocations survived, so every PROCESSING brief is abandoned, whatever its lease says. Then every
 * object of the bucket without a brief of its current content (no brief, another ETag, or one given up on with
 * {@code RETRIES_EXHAUSTED}) is announced again, as a new event.
 */
final class StartupSweep {

    /** Every lease a stack that has just started can find: none of them is held any more. */
    private static final Duration EVERY_LEASE = Duration.ofDays(365 * 100);

    private final BriefRepository repository;
    private final S3Client s3;
    private final EventQueue queue;

    StartupSweep(BriefRepository repository, S3Client s3, EventQueue queue) {
        this.repository = repository;
        this.s3 = s3;
        this.queue = queue;
    }

    /** @return how many events were queued */
    int requeueUnfinished(String bucket) {
        int queued = new Sweeper(repository, queue).requeueAbandoned(Instant.now().plus(EVERY_LEASE));
        for (S3Object object : s3.listObjectsV2Paginator(r -> r.bucket(bucket)).contents()) {
            String etag = object.eTag() == null ? null : object.eTag().replace("\"", "");
            Optional<Brief> brief = repository.get(BriefIds.of(bucket, object.key()));
            if (brief.isEmpty() || isUnfinished(brief.get(), etag)) {
                queue.send(new ObjectEvent("ObjectCreated:Put", new ObjectRef(bucket, object.key(), object.size(),
                        etag, null, LocalS3.nextSequencer())));
                queued++;
            }
        }
        if (queued > 0) {
            System.err.println("start-up sweep: " + queued + (queued == 1 ? " object" : " objects")
                    + " queued again (unfinished when the stack stopped)");
        }
        return queued;
    }

    private static boolean isUnfinished(Brief brief, String currentEtag) {
        if (brief.status() == BriefStatus.PROCESSING) {
            return false; // queued again above, with the claim's own sequencer
        }
        boolean givenUp = brief.error() != null && FailureCode.RETRIES_EXHAUSTED.name().equals(brief.error().code());
        return givenUp || !Objects.equals(brief.source().etag(), currentEtag);
    }
}
