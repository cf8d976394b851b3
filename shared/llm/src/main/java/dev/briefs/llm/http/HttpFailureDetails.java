package dev.briefs.llm.http;

import dev.briefs.llm.FailureDetails;

import java.time.Duration;
import java.util.Optional;
import java.util.OptionalInt;

/** Reads the status and wait of calls made through {@link RetryAfterAwareHttpClient}. */
public final class HttpFailureDetails implements FailureDetails {

    public static final HttpFailureDetails INSTANCE = new HttpFailureDetails();

    private HttpFailureDetails() {
    }

    @Override
    public OptionalInt statusCode(Throwable failure) {
        return FailureDetails.findCause(failure, HttpStatusException.class)
                .map(e -> OptionalInt.of(e.statusCode())).orElse(OptionalInt.empty());
    }

    @Override
    public Optional<Duration> retryAfter(Throwable failure) {
        return FailureDetails.findCause(failure, HttpStatusException.class).flatMap(HttpStatusException::retryAfter);
    }
}
