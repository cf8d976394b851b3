package dev.briefs.llm;

import java.time.Duration;
import java.util.Optional;

/**
 * The model turned a call away for being rate limited or overloaded (429, 5xx) beyond what one call waits out: not a
 * failure of the brief, so the engine asks for the event to be delivered again instead of falling back.
 */
final class ModelBusyFailure extends LlmFailure {

    private final transient Optional<Duration> retryAfter;

    ModelBusyFailure(String reason, Optional<Duration> retryAfter, Throwable cause) {
        super(reason, cause);
        this.retryAfter = retryAfter;
    }

    /** How long the server asked to wait, when it said. */
    Optional<Duration> retryAfter() {
        return retryAfter;
    }
}
