package dev.briefs.engine;

import dev.briefs.brief.BriefContent;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;

/**
 * The engine's model is rate limited or overloaded beyond what one call may wait out. The article is fine and the
 * model may answer later, so the caller should deliver the event again after {@link #retryAfter()}; only when it
 * cannot wait any longer does it take {@link #fallback(String)}, the brief of the fallback engine.
 */
public final class EngineBusyException extends RuntimeException {

    private final transient Optional<Duration> retryAfter;
    private final transient Function<String, BriefContent> fallback;

    /**
     * @param reason     what the model answered, in words a reader of the brief understands
     * @param retryAfter how long the model asked to wait, when it said
     * @param fallback   the fallback engine's brief, given the reason the caller stopped waiting
     */
    public EngineBusyException(String reason, Optional<Duration> retryAfter, Function<String, BriefContent> fallback,
                               Throwable cause) {
        super(reason, cause);
        this.retryAfter = retryAfter;
        this.fallback = fallback;
    }

    public Optional<Duration> retryAfter() {
        return retryAfter;
    }

    /** The fallback engine's brief, its {@code fallbackReason} saying that the model was busy and why waiting ended. */
    public BriefContent fallback(String whyNoMoreWaiting) {
        return fallback.apply(whyNoMoreWaiting);
    }
}
