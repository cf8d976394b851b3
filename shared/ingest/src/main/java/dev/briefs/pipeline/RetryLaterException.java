package dev.briefs.pipeline;

import java.time.Duration;

/**
 * The event cannot be handled now but may be later (another invocation holds the work, a dependency is down, the
 * model is rate limited): the delivery fails, and the event should come back after {@link #delay()}.
 */
public class RetryLaterException extends RuntimeException {

    private final Duration delay;

    public RetryLaterException(String message, Throwable cause, Duration delay) {
        super(message, cause);
        this.delay = delay;
    }

    /** How long the queue should keep the event out of sight before delivering it again. */
    public Duration delay() {
        return delay;
    }
}
