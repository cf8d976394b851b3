package dev.briefs.pipeline;

import dev.briefs.store.ObjectRef;
import dev.briefs.store.StoredObject;
import dev.briefs.store.ArticleSource;
import dev.briefs.store.Sequencers;
import dev.briefs.store.BriefIds;
import dev.briefs.store.Claim;
import dev.briefs.store.BriefRepository;
import dev.briefs.store.ParsedArticleStore;
import dev.briefs.article.Article;
import dev.briefs.article.ArticleParser;
import dev.briefs.article.NumberedSentences;
import dev.briefs.brief.ParsedArticle;
import dev.briefs.brief.ArticleRejectedException;
import dev.briefs.brief.Brief;
import dev.briefs.brief.BriefContent;
import dev.briefs.brief.BriefError;
import dev.briefs.brief.BriefStatus;
import dev.briefs.brief.FailureCode;
import dev.briefs.brief.Source;
import dev.briefs.engine.BriefEngine;
import dev.briefs.engine.EngineBusyException;
import dev.briefs.log.BriefMetrics;
import dev.briefs.log.JsonLog;
import dev.briefs.verify.DefinedForms;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The summarize pipeline for one uploaded object: claim, read, parse, brief, store the parsed article and the brief.
 * <p>
 * Permanent problems with the input end as a FAILED record and a normal return, so a poison file is not retried
 * forever. Transient problems (the store or the bucket unavailable, a busy model) become a
 * {@link RetryLaterException}, so the event is delivered again after a delay; on its last delivery the brief becomes
 * FAILED with {@code RETRIES_EXHAUSTED} instead of staying PROCESSING.
 * A JVM {@link OutOfMemoryError} or {@link StackOverflowError} while parsing or briefing one file is such a permanent
 * problem too ({@code RESOURCE_LIMIT}): what it allocated is garbage once the file is given up, so the worker goes on.
 */
public final class SummarizeService {

    private final ArticleSource source;
    private final BriefRepository repository;
    private final ParsedArticleStore articles;
    private final ArticleParser parser;
    private final BriefEngine engine;
    private final SummarizeSettings settings;
    private final Clock clock;

    public SummarizeService(ArticleSource source, BriefRepository repository, ParsedArticleStore articles,
                            ArticleParser parser, BriefEngine engine, SummarizeSettings settings, Clock clock) {
        this.source = source;
        this.repository = repository;
        this.articles = articles;
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

    /** As {@link #process(ObjectRef, Attempt)} for a delivery that will be followed by others if it fails. */
    public Outcome process(ObjectRef ref) {
        return process(ref, Attempt.FIRST);
    }

    /**
     * Briefs one object.
     *
     * @throws RetryLaterException when the event should be delivered again later (the claim is released); on the
     *                             last delivery the brief is FAILED with {@code RETRIES_EXHAUSTED} first
     */
    public Outcome process(ObjectRef ref, Attempt attempt) {
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
        Claim claim = repository.claim(processing, sequencer, started.plus(settings.lease()), started,
                attempt.messageId());
        if (!claim.isGranted()) {
            return skipped(claim, sequencer);
        }

        Brief finished;
        boolean stored;
        try {
            Briefed briefed = brief(ref, processing, announced, attempt);
            finished = briefed.brief();
            // Stored before the brief, so a READY brief never cites an article that is not there yet.
            if (briefed.article() != null) {
                articles.put(briefed.article(), finished.source().sha256());
            }
            stored = repository.complete(finished, sequencer, briefed.definedForms());
        } catch (EngineBusyException busy) {
            releaseQuietly(id, sequencer, busy);
            Duration delay = Backoff.redelivery(attempt.receiveCount(), busy.retryAfter());
            JsonLog.warn("the model is busy: the event goes back on the queue",
                    Map.of("reason", busy.getMessage(), "delayMs", delay.toMillis()));
            throw new RetryLaterException("The model is busy: " + busy.getMessage(), busy, delay);
        } catch (RuntimeException e) {
            if (attempt.isLast()) {
                giveUpQuietly(processing, announced, sequencer, e);
            } else {
                releaseQuietly(id, sequencer, e);
            }
            JsonLog.error(attempt.isLast() ? "transient failure on the last delivery: RETRIES_EXHAUSTED"
                    : "transient failure: the event will be retried", Map.of("exception", e.toString()));
            throw new RetryLaterException(e.toString(), e, Backoff.redelivery(attempt.receiveCount(), Optional.empty()));
        }
        if (!stored) {
            JsonLog.info("result discarded: a newer version of the object took over", Map.of());
            return new Outcome(Result.SUPERSEDED, finished);
        }
        removeReplacedArticles(finished);
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

    /**
     * Removes the brief of a deleted object (and everything derived from it), unless a newer version of the object
     * holds the record.
     */
    public boolean remove(ObjectRef ref) {
        String id = BriefIds.of(ref.bucket(), ref.key());
        JsonLog.put("briefId", id);
        boolean removed = repository.delete(id, Sequencers.comparable(ref.sequencer()));
        if (removed) {
            articles.delete(id);
        }
        JsonLog.info(removed ? "object deleted: brief removed" : "object deleted: no brief of that version to remove",
                Map.of());
        return removed;
    }

    /**
     * A finished brief and, when READY, its parsed article to store and the short forms its article defines for
     * its organisations (for the actor index).
     *
     * @param brief        the READY or FAILED brief
     * @param article      the article as numbered sentences, or null for a FAILED brief
     * @param definedForms the short forms the article defines, empty for a FAILED brief
     */
    private record Briefed(Brief brief, ParsedArticle article, Map<String, String> definedForms) {

        static Briefed failed(Brief brief) {
            return new Briefed(brief, null, Map.of());
        }
    }

    /**
     * Removes what a finished brief no longer cites: the articles of replaced content after a READY brief, every
     * article after a FAILED one. The brief is stored already, so a failure here is logged rather than retried: a
     * retried event would find the brief done and stop before this step.
     */
    private void removeReplacedArticles(Brief finished) {
        try {
            if (finished.status() == BriefStatus.READY) {
                articles.retainOnly(finished.id(), finished.source().sha256());
            } else {
                articles.delete(finished.id());
            }
        } catch (RuntimeException e) {
            JsonLog.warn("replaced parsed articles were not removed", Map.of("exception", e.toString()));
        }
    }

    private Briefed brief(ObjectRef ref, Brief processing, Source announced, Attempt attempt) {
        if (ref.size() != null && ref.size() > settings.maxArticleBytes()) {
            ArticleRejectedException tooLarge = ArticleRejectedException.tooLarge(ref.size(), settings.maxArticleBytes());
            return Briefed.failed(failed(processing, announced, tooLarge.code(), tooLarge.getMessage()));
        }
        StoredObject object;
        try {
            object = source.read(ref, settings.maxArticleBytes());
        } catch (ArticleRejectedException e) {
            return Briefed.failed(failed(processing, announced, e.code(), e.getMessage()));
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
            BriefContent content = twin.map(SummarizeService::contentOf).orElseGet(() -> engineBrief(article, attempt));
            if (twin.isPresent()) {
                JsonLog.info("identical content already briefed: reusing its analysis", Map.of("reusedFrom", twin.get().id()));
            }
            Brief ready = processing.ready(parsed, article.title(), content, clock.instant())
                    .withPublished(article.metadata().publication());
            return new Briefed(ready, NumberedSentences.of(article).toParsedArticle(processing.id(), article.title()),
                    DefinedForms.of(article, ready.actors()));
        } catch (ArticleRejectedException e) {
            return Briefed.failed(failed(processing, read, e.code(), e.getMessage()));
        } catch (EngineBusyException e) {
            throw e;
        } catch (RuntimeException e) {
            // A bug in an engine is not cured by retrying the event: record it where people look.
            JsonLog.error("engine error", Map.of("exception", e.toString()));
            return Briefed.failed(failed(processing, read, FailureCode.ENGINE_ERROR, "The brief engine failed: " + e));
        } catch (OutOfMemoryError | StackOverflowError e) {
            // Retrying would only exhaust the next worker the same way.
            JsonLog.error("resource limit", Map.of("exception", e.toString()));
            return Briefed.failed(failed(processing, read, FailureCode.RESOURCE_LIMIT, "Briefing the file exhausted the"
                    + " worker's " + (e instanceof StackOverflowError ? "stack (the file nests too deeply)" : "memory")
                    + ": " + e));
        }
    }

    /**
     * The engine's brief. A busy model is waited out by putting the event back on the queue, while the event is
     * younger than the rate-limit budget and has deliveries left; after that the fallback engine briefs the article.
     */
    private BriefContent engineBrief(Article article, Attempt attempt) {
        try {
            return engine.brief(article);
        } catch (EngineBusyException busy) {
            if (attempt.isLast()) {
                return busy.fallback("no delivery of the event is left to wait with");
            }
            if (attempt.age().compareTo(settings.rateLimitBudget()) >= 0) {
                return busy.fallback("the event waited " + attempt.age().toSeconds() + " s, the budget of "
                        + settings.rateLimitBudget().toSeconds() + " s (BRIEFS_RATE_LIMIT_BUDGET_SECONDS)");
            }
            throw busy;
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

    private void giveUpQuietly(Brief processing, Source announced, String sequencer, RuntimeException cause) {
        Brief exhausted = failed(processing, announced, FailureCode.RETRIES_EXHAUSTED,
                "Every delivery of the event failed; the last: " + cause);
        try {
            repository.giveUp(exhausted, sequencer);
        } catch (RuntimeException e) {
            // The store is down too: the lease expires and the sweeper delivers the event again.
            cause.addSuppressed(e);
        }
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
            throw new RetryLaterException("Brief " + claim.existing().id() + " is being made by another invocation", null,
                    Backoff.redelivery(1, Optional.empty()));
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
