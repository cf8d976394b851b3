package dev.briefs.llm.http;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RetryAfterHeaderTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T12:00:00Z"), ZoneOffset.UTC);

    private static Optional<Duration> parse(String name, String value) {
        return RetryAfterHeader.parse(Map.of(name, List.of(value)), CLOCK);
    }

    @Test
    void readsSecondsDatesAndMilliseconds() {
        assertEquals(Optional.of(Duration.ofSeconds(30)), parse("Retry-After", "30"));
        assertEquals(Optional.of(Duration.ofSeconds(90)), parse("retry-after", "Sun, 01 Mar 2026 12:01:30 GMT"));
        assertEquals(Optional.of(Duration.ZERO), parse("Retry-After", "Sun, 01 Mar 2026 11:00:00 GMT"),
                "a date in the past means now");
        assertEquals(Optional.of(Duration.ofMillis(1500)), parse("retry-after-ms", "1500"));
        assertEquals(Optional.of(Duration.ofMillis(250)), RetryAfterHeader.parse(
                Map.of("Retry-After", List.of("1"), "retry-after-ms", List.of("250.0")), CLOCK));
    }

    @Test
    void ignoresWhatItCannotRead() {
        assertEquals(Optional.empty(), parse("Retry-After", "soon"));
        assertEquals(Optional.empty(), parse("X-Other", "5"));
        assertEquals(Optional.of(Duration.ZERO), parse("Retry-After", "-3"));
    }
}
