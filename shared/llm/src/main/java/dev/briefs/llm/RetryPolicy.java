package dev.briefs.llm;

import dev.briefs.pipeline.Backoff;

import java.time.Duration;

/**
 * How often and how patiently a model call is retried after a 429 or a 5xx. Other failures (a timeout, a 4xx, a
 * broken connection) are not retried: a timeout already cost the whole wait, and a 4xx will fail the same way again.
 *
 * @param maxAttempts    calls in all, the first included
 * @param initialBackoff the wait after the first failure when the server does not say how long to wait; it doubles
 *                       with each further failure, with jitter
 * @param maxBackoff     the longest such wait
 * @param maxRetryAfter  the longest {@code Retry-After} honoured; a server that asks for more is not retried, since
 *                       the function would spend its time limit waiting
 */
public record RetryPolicy(int maxAttempts, Duration initialBackoff, Duration maxBackoff, Duration maxRetryAfter) {

    /** Three calls, 0.25–0.5 s then 0.5–1 s between them, and up to 20 s when the server asks for it. */
    public static final RetryPolicy DEFAULT = new RetryPolicy(3, Duration.ofMillis(500), Duration.ofSeconds(4),
            Duration.ofSeconds(20));

    public RetryPolicy {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1");
        }
    }

    /**
     * The wait after failed call number {@code failedAttempt} (from 1) when the server gave none: exponential, capped,
     * and between half and all of that ("equal jitter"), so that concurrent functions do not retry in step.
     */
    Duration backoff(int failedAttempt) {
        return Backoff.equalJitter(initialBackoff, maxBackoff, failedAttempt);
    }
}
