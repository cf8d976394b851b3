package dev.briefs.llm.http;

import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads how long a server asked to wait: {@code Retry-After} as seconds or as an HTTP date (RFC 9110), or
 * {@code retry-after-ms}, which OpenAI and Azure send for sub-second waits and which wins when both are present.
 */
public final class RetryAfterHeader {

    private RetryAfterHeader() {
    }

    /**
     * The wait the headers ask for.
     *
     * @param headers response headers, names in any case
     * @param clock   the clock an HTTP date is measured against
     * @return the wait, never negative; empty when the headers ask for none or cannot be read
     */
    public static Optional<Duration> parse(Map<String, List<String>> headers, Clock clock) {
        Optional<Duration> millis = first(headers, "retry-after-ms").flatMap(value -> {
            try {
                return Optional.of(Duration.ofMillis(Math.max(0, (long) Double.parseDouble(value))));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        });
        return millis.isPresent() ? millis : first(headers, "retry-after").flatMap(value -> parse(value, clock));
    }

    /** One {@code Retry-After} value: delta-seconds or an HTTP date. */
    static Optional<Duration> parse(String value, Clock clock) {
        try {
            return Optional.of(Duration.ofSeconds(Math.max(0, Long.parseLong(value))));
        } catch (NumberFormatException notSeconds) {
            try {
                ZonedDateTime at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME);
                Duration wait = Duration.between(clock.instant(), at.toInstant());
                return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
            } catch (DateTimeParseException notDate) {
                return Optional.empty();
            }
        }
    }

    private static Optional<String> first(Map<String, List<String>> headers, String name) {
        return headers.entrySet().stream()
                .filter(entry -> entry.getKey() != null && entry.getKey().equalsIgnoreCase(name))
                .flatMap(entry -> entry.getValue().stream())
                .map(String::strip)
                .filter(value -> !value.isEmpty())
                .findFirst();
    }
}
