package dev.briefs.llm.http;

import dev.langchain4j.exception.HttpException;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A non-2xx response, as LangChain4j's {@link HttpException} (so its exception mapping still applies) plus the wait
 * the server asked for, which LangChain4j's own HTTP client drops.
 */
public final class HttpStatusException extends HttpException {

    private final transient Optional<Duration> retryAfter;

    HttpStatusException(int statusCode, String body, Map<String, List<String>> headers) {
        super(statusCode, body);
        this.retryAfter = RetryAfterHeader.parse(headers, Clock.systemUTC());
    }

    /** The wait the response's {@code Retry-After} (or {@code retry-after-ms}) header asked for. */
    public Optional<Duration> retryAfter() {
        return retryAfter;
    }
}
