package dev.briefs.pipeline;

import dev.briefs.store.ObjectRef;
import dev.briefs.store.StoredObject;
import dev.briefs.store.ArticleSource;
import dev.briefs.store.Sequencers;
import dev.briefs.store.BriefIds;
import dev.briefs.store.Claim;
import dev.briefs.store.BriefRepository;
import dev.briefs.article.Article;
import dev.briefs.article.ArticleParser;
import dev.briefs.brief.ArticleRejectedException;
import dev.briefs.brief.Brief;
import dev.briefs.brief.BriefContent;
import dev.briefs.brief.BriefError;
import dev.briefs.brief.BriefStatus;
import dev.briefs.brief.FailureCode;
import dev.briefs.brief.Source;
import dev.briefs.engine.BriefEngine;
import dev.briefs.log.BriefMetrics;
import dev.briefs.log.JsonLog;
import dev.briefs.verify.DefinedForms;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The summarize pipeline for one uploaded object: claim, read, parse, brief, store.
 * <p>
 * Permanent problems with the input end as a FAILED record and a normal return, so a poison file is not retried
 * forever. Transient problems (the store or the bucket unavailable) propagate, so the invocation fails and is retried.
 * A JVM {@link OutOfMemoryError} or {@link StackOverflowError} while parsing or briefing one file is such a permanent
 * problem too ({@code RESOURCE_LIMIT}): what it allocated is garbage once the file is given up, so the worker goes on.
 */
public final class SummarizeService {

    private final ArticleSource source;
    private final BriefRepository repository;
    private final ArticleParser parser;
    private final BriefEngine engine;
    private final SummarizeSettings settings;
    private final Clock clock;

    public SummarizeService(ArticleSource source, BriefRepository repository, ArticleParser parser, BriefEngine engine,
                            SummarizeSettings settings, Clock clock) {
        this.source = source;
        this.repository = repository;
        this.parser = parser;
        this.engine = engine;
        this.settings = settings;
        this.clock = clock;
    }

    /** What became of one object. */
    public enum Result { READY, FAILED, SKIPPED_FOLDER_MARKER, SKIPPED_ALREADY_DONE, SKIPPED_NEWER_VERSION, SUPERSEDED }

    /**
     * The outcome of processing one object.
     *
     * @param result what happened
     * @param brief  the brief as stored (or as found, when skipped); null for folder markers
     */
    public record Outcome(Result result, Brief brief) {
    }

    public Outcome process(ObjectRef ref) {
        if (ref.isFolderMarker()) {
            JsonLog.info("folder marker ignored", Map.of("key", ref.key()));
            return new Outcome(Result.SKIPPED_FOLDER_MARKER, null);
        }
        String id = BriefIds.of(ref.bucket(), ref.key());
        JsonLog.put("briefId", id);
        String sequencer = Sequencers.comparable(ref.sequencer());
        Instant started = clock.instant();
        Source announced = new Source(ref.bucket(), ref.key(), ref.etag(), null, ref.size(), null);
        Brief processing = Brief.processing(id, announced, started);
        Claim claim = repository.claim(processing, sequencer, started.plus(settings.lease()), started);
        if (!claim.isGranted()) {
            return skipped(claim, sequencer);
        }

        Brief finished;
        boolean stored;
        try {
            Briefed briefed = brief(ref, processing, announced);
            finished = briefed.brief();
            stored = repository.complete(finished, sequencer, briefed.definedForms());
        } catch (RuntimeException e) {
            releaseQuietly(id, sequencer, e);
            JsonLog.error("transient failure: the event will be retried", Map.of("exception", e.toString()));
            throw e;
        }
        if (!stored) {
            JsonLog.info("result discarded: a newer version of the object took over", Map.of());
            return new Outcome(Result.SUPERSEDED, finished);
        }
        JsonLog.raw(BriefMetrics.of(finished, clock.millis()));
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("status", finished.status());
        fields.put("durationMs", clock.millis() - started.toEpochMilli());
        if (finished.error() != null) {
            fields.put("errorCode", finished.error().code());
            fields.put("errorMessage", finished.error().message());
            JsonLog.warn("brief failed", fields);
        } else {
            fields.put("title", finished.title());
            fields.put("provider", finished.engine().provider());
            JsonLog.info("brief ready", fields);
        }
        return new Outcome(finished.status() == BriefStatus.READY ? Result.READY : Result.FAILED,
                finished);
    }

    /** A finished brief, with the short forms its article defines for its organisations (for the actor index). */
    private record Briefed(Brief brief, Map<String, String> definedForms) {

        Briefed(Brief failed) {
            this(failed, Map.of());
        }
    }

    private Briefed brief(ObjectRef ref, Brief processing, Source announced) {
        if (ref.size() != null && ref.size() > settings.maxArticleBytes()) {
            ArticleRejectedException tooLarge = ArticleRejectedException.tooLarge(ref.size(), settings.maxArticleBytes());
            return new Briefed(failed(processing, announced, tooLarge.code(), tooLarge.getMessage()));
        }
        StoredObject object;
        try {
            object = source.read(ref, settings.maxArticleBytes());
        } catch (ArticleRejectedException e) {
            return new Briefed(failed(processing, announced, e.code(), e.getMessage()));
        }
        String sha256 = BriefIds.sha256Hex(object.bytes());
        Source read = new Source(ref.bucket(), ref.key(), object.etag() != null ? object.etag() : ref.etag(), sha256,
                (long) object.bytes().length, object.contentType());
        try {
            Article article = parser.parse(object.bytes(), ref.key(), object.contentType());
            Source parsed = new Source(read.bucket(), read.key(), read.etag(), sha256, read.size(),
                    article.format().contentType());
            Optional<Brief> twin = repository.findReadyBySha256(sha256)
                    .filter(found -> isReusable(found, processing.id()));
            BriefContent content = twin.map(SummarizeService::contentOf).orElseGet(() -> engine.brief(article));
            if (twin.isPresent()) {
                JsonLog.info("identical content already briefed: reusing its analysis", Map.of("reusedFrom", twin.get().id()));
            }
            Brief ready = processing.ready(parsed, article.title(), content, clock.instant())
                    .withPublished(article.metadata().publication());
            return new Briefed(ready, DefinedForms.of(article, ready.actors()));
        } catch (ArticleRejectedException e) {
            return new Briefed(failed(processing, read, e.code(), e.getMessage()));
        } catch (RuntimeException e) {
            // A bug in an engine is not cured by retrying the event: record it where people look.
            JsonLog.error("engine error", Map.of("exception", e.toString()));
            return new Briefed(failed(processing, read, FailureCode.ENGINE_ERROR, "The brief engine failed: " + e));
        } catch (OutOfMemoryError | StackOverflowError e) {
            // Retrying would only exhaust the next worker the same way.
            JsonLog.error("resource limit", Map.of("exception", e.toString()));
            return new Briefed(failed(processing, read, FailureCode.RESOURCE_LIMIT, "Briefing the file exhausted the worker's "
                    + (e instanceof StackOverflowError ? "stack (the file nests too deeply)" : "memory") + ": " + e));
        }
    }

    /**
     * Whether a READY brief of identical content may stand in for running the engine. Not when it is this very
     * object's brief (a stale index entry during a reprocess: the point is to brief again), nor when its engine fell
     * back (after the LLM is fixed, reprocessing must reach the LLM instead of copying the fallback).
     */
    static boolean isReusable(Brief twin, String id) {
        return !twin.id().equals(id) && twin.engine() != null && twin.engine().fallbackReason() == null;
    }

    private static BriefContent contentOf(Brief brief) {
        return new BriefContent(brief.headlineShift(), brief.actors(), brief.quotes(), brief.nextSteps(), brief.engine());
    }

    private Brief failed(Brief processing, Source known, FailureCode code, String message) {
        return processing.failed(known, BriefError.of(code, message), clock.instant());
    }

    private void releaseQuietly(String id, String sequencer, RuntimeException cause) {
        try {
            repository.release(id, sequencer);
        } catch (RuntimeException e) {
            // The store is down too: the lease expires by itself.
            cause.addSuppressed(e);
        }
    }

    private static Outcome skipped(Claim claim, String sequencer) {
        if (claim.verdict() == Claim.Verdict.IN_FLIGHT) {
            // Another invocation holds a live lease: fail, so Lambda retries later and finds the finished brief.
            throw new RetryLaterException("Brief " + claim.existing().id() + " is being made by another invocation", null);
        }
        Result result = switch (claim.verdict()) {
            case ALREADY_DONE -> Result.SKIPPED_ALREADY_DONE;
            case NEWER_VERSION -> Result.SKIPPED_NEWER_VERSION;
            case IN_FLIGHT, GRANTED -> throw new IllegalStateException("not a refusal: " + claim.verdict());
        };
        JsonLog.info("event skipped", Map.of("result", result, "sequencer", sequencer));
        return new Outcome(result, claim.existing());
    }
}
