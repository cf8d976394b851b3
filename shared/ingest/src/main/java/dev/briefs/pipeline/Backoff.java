package dev.briefs.pipeline;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * How long to wait before trying again: exponential backoff with jitter, so that a burst of failures does not come
 * back in step, and never less than a server asked for ({@code Retry-After}).
 */
public final class Backoff {

    static final Duration FIRST_REDELIVERY = Duration.ofSeconds(2);
    /** SQS allows up to 12 hours; a quarter of an hour keeps a recovered dependency from idling. */
    static final Duration LONGEST_REDELIVERY = Duration.ofMinutes(15);

    private Backoff() {
    }

    /**
     * The wait after failed try {@code attempt} (from 1): {@code first} doubling per try up to {@code longest}, of
     * which a random half to all ("equal jitter").
     */
    public static Duration equalJitter(Duration first, Duration longest, int attempt) {
        long exponential = first.toMillis() << Math.min(Math.max(attempt, 1) - 1, 20);
        long capped = Math.min(exponential, longest.toMillis());
        return Duration.ofMillis(capped / 2 + ThreadLocalRandom.current().nextLong(capped / 2 + 1));
    }

    /**
     * How long a failed event stays out of sight before its next delivery, after failed delivery
     * {@code receiveCount}. Without {@code askedFor}: 2 s doubling per delivery up to 15 min, with equal jitter. With
     * it: that long, plus up to half as long again (at least 1 s) at random, so that the callers a rate limit turned
     * away do not all return in the same second.
     */
    public static Duration redelivery(int receiveCount, Optional<Duration> askedFor) {
        if (askedFor.isEmpty()) {
            return equalJitter(FIRST_REDELIVERY, LONGEST_REDELIVERY, receiveCount);
        }
        long asked = askedFor.get().toMillis();
        long jitter = ThreadLocalRandom.current().nextLong(Math.max(1000, asked / 2) + 1);
        return Duration.ofMillis(Math.min(asked + jitter, LONGEST_REDELIVERY.toMillis()));
    }
}
