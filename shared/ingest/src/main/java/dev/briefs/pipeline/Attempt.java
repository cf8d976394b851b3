package dev.briefs.pipeline;

import java.time.Duration;

/**
 * Which delivery of an event this is, as the queue tells it.
 *
 * @param receiveCount this delivery's number, from 1 (SQS's {@code ApproximateReceiveCount})
 * @param maxReceives  the delivery after which the queue moves the event to its dead-letter queue
 * @param age          how long ago the event was first queued
 * @param messageId    the queue message's id, the same on every delivery of it; null outside a queue
 */
public record Attempt(int receiveCount, int maxReceives, Duration age, String messageId) {

    /** A first delivery with more to come, for callers outside a queue. */
    public static final Attempt FIRST = new Attempt(1, Integer.MAX_VALUE, Duration.ZERO, null);

    /** Whether no delivery follows this one if it fails: the event goes to the dead-letter queue instead. */
    public boolean isLast() {
        return receiveCount >= maxReceives;
    }
}
