package dev.briefs.llm;

import java.time.Duration;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What a provider's failed call said at the HTTP level. LangChain4j maps failures to exception types
 * ({@code RateLimitException}, {@code InternalServerException}) but keeps neither the status code nor the
 * {@code Retry-After} header on them; each transport keeps them on its own exception in the cause chain.
 */
public interface FailureDetails {

    /** The HTTP status of the failed call, when the failure was an HTTP response. */
    OptionalInt statusCode(Throwable failure);

    /** How long the server asked the client to wait before retrying, when it said. */
    Optional<Duration> retryAfter(Throwable failure);

    /** The first cause of {@code type} in the chain of {@code failure}. */
    static <T extends Throwable> Optional<T> findCause(Throwable failure, Class<T> type) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (type.isInstance(cause)) {
                return Optional.of(type.cast(cause));
            }
        }
        return Optional.empty();
    }
}
