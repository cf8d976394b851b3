package dev.briefs.store;

import java.time.Duration;

/** The queue that feeds the summarize function (SQS): how work is handed to it, and handed back for later. */
public interface EventQueue {

    /** Queues {@code event} as a bucket notification would. */
    void send(ObjectEvent event);

    /** Keeps a received message out of sight for {@code delay}, after which the queue delivers it again. */
    void delay(String receiptHandle, Duration delay);
}
