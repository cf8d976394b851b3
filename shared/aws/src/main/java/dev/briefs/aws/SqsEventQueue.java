package dev.briefs.aws;

import dev.briefs.store.EventQueue;
import dev.briefs.store.ObjectEvent;
import software.amazon.awssdk.services.sqs.SqsClient;

import java.time.Duration;
import java.util.Map;

/**
 * The summarize function's SQS queue: events go on it as S3 notifications ({@link S3EventMessages}), and a delivery
 * that failed is put back out of sight for a while (a visibility change) instead of waiting out the queue's
 * visibility timeout.
 */
public final class SqsEventQueue implements EventQueue {

    /** The environment variable with the queue's URL. */
    public static final String QUEUE_URL_VARIABLE = "BRIEFS_QUEUE_URL";
    /** SQS refuses visibility timeouts above 12 hours. */
    static final Duration LONGEST_DELAY = Duration.ofHours(12);

    private final SqsClient sqs;
    private final String queueUrl;
    private final String region;

    public SqsEventQueue(SqsClient sqs, String queueUrl, String region) {
        this.sqs = sqs;
        this.queueUrl = queueUrl;
        this.region = region;
    }

    /** The queue {@value #QUEUE_URL_VARIABLE} names; fails naming the variable when it is not set. */
    public static String urlFrom(Map<String, String> env) {
        String value = env.get(QUEUE_URL_VARIABLE);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException(QUEUE_URL_VARIABLE + " is not set: it names the SQS queue of upload events");
        }
        return value.strip();
    }

    @Override
    public void send(ObjectEvent event) {
        sqs.sendMessage(r -> r.queueUrl(queueUrl).messageBody(S3EventMessages.write(event, region)));
    }

    @Override
    public void delay(String receiptHandle, Duration delay) {
        long seconds = Math.min(LONGEST_DELAY.toSeconds(), Math.max(1, (delay.toMillis() + 999) / 1000));
        sqs.changeMessageVisibility(r -> r.queueUrl(queueUrl).receiptHandle(receiptHandle)
                .visibilityTimeout((int) seconds));
    }
}
