package dev.briefs.functions.summarize;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.amazonaws.services.lambda.runtime.events.SQSEvent.SQSMessage;
import dev.briefs.aws.S3EventMessages;
import dev.briefs.log.JsonLog;
import dev.briefs.pipeline.Attempt;
import dev.briefs.pipeline.Backoff;
import dev.briefs.pipeline.RetryLaterException;
import dev.briefs.pipeline.SummarizeService;
import dev.briefs.store.EventQueue;
import dev.briefs.store.ObjectEvent;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Lambda entry point for the upload queue (SQS, through an event source mapping with partial batch responses): each
 * message holds S3 event notifications; created objects are briefed and removed ones lose their brief. A message whose
 * event must be tried again is reported as a batch item failure, and put out of sight for the delay the pipeline
 * asks for, so the queue delivers it again then (and, after its last delivery, moves it to the dead-letter queue).
 */
public final class SummarizeHandler implements RequestHandler<SQSEvent, SQSBatchResponse> {

    private final SummarizeService service;
    private final EventQueue queue;
    private final int maxReceives;
    private final Optional<TimeoutRule> timeoutRule;
    /** Set once the rule held: the time limit does not change within a container. */
    private volatile boolean timeoutRuleHolds;

    /** The constructor the Lambda runtime calls: the service is built once per container. */
    public SummarizeHandler() {
        this(SummarizeFunction.service(), SummarizeFunction.queue(), SummarizeFunction.maxReceives(),
                TimeoutRule.fromEnvironment(System.getenv()));
    }

    /**
     * @param maxReceives the queue's redrive {@code maxReceiveCount}: the delivery after which a failed message goes
     *                    to the dead-letter queue
     * @param timeoutRule the time limit the configured engine needs, checked on the first invocation
     */
    SummarizeHandler(SummarizeService service, EventQueue queue, int maxReceives, Optional<TimeoutRule> timeoutRule) {
        this.service = service;
        this.queue = queue;
        this.maxReceives = maxReceives;
        this.timeoutRule = timeoutRule;
    }

    @Override
    public SQSBatchResponse handleRequest(SQSEvent event, Context context) {
        if (!timeoutRuleHolds && context != null) {
            timeoutRule.ifPresent(rule -> rule.enforce(Duration.ofMillis(context.getRemainingTimeInMillis())));
            timeoutRuleHolds = true;
        }
        List<SQSBatchResponse.BatchItemFailure> failures = new ArrayList<>();
        for (SQSMessage message : event.getRecords()) {
            Optional<Duration> retry = handle(message, context);
            if (retry.isPresent()) {
                delayQuietly(message, retry.get());
                failures.add(new SQSBatchResponse.BatchItemFailure(message.getMessageId()));
            }
        }
        return new SQSBatchResponse(failures);
    }

    /** Handles one message; empty when it is done with, else how long to wait before its next delivery. */
    private Optional<Duration> handle(SQSMessage message, Context context) {
        Attempt attempt = attempt(message);
        List<ObjectEvent> events;
        try {
            events = S3EventMessages.read(message.getBody());
        } catch (IllegalArgumentException e) {
            // No delivery will make it readable: let the queue's redrive move it to the dead-letter queue.
            JsonLog.error("unreadable message", Map.of("messageId", message.getMessageId(), "exception", e.toString()));
            return Optional.of(Backoff.redelivery(attempt.receiveCount(), Optional.empty()));
        }
        for (ObjectEvent objectEvent : events) {
            JsonLog.context(Map.of("requestId", context == null ? "" : context.getAwsRequestId(),
                    "key", objectEvent.object().key(), "messageId", message.getMessageId(),
                    "receiveCount", Integer.toString(attempt.receiveCount())));
            try {
                if (objectEvent.isRemoved()) {
                    service.remove(objectEvent.object());
                } else if (objectEvent.isCreated()) {
                    service.process(objectEvent.object(), attempt);
                }
            } catch (RetryLaterException e) {
                return Optional.of(e.delay());
            } catch (RuntimeException e) {
                JsonLog.error("unexpected failure: the event will be retried", Map.of("exception", e.toString()));
                return Optional.of(Backoff.redelivery(attempt.receiveCount(), Optional.empty()));
            } finally {
                JsonLog.clear();
            }
        }
        return Optional.empty();
    }

    /** Which delivery this is, from the attributes SQS adds to every message. */
    Attempt attempt(SQSMessage message) {
        Map<String, String> attributes = message.getAttributes() == null ? Map.of() : message.getAttributes();
        int receiveCount = parse(attributes.get("ApproximateReceiveCount"), 1);
        long sent = parse(attributes.get("SentTimestamp"), System.currentTimeMillis());
        Duration age = Duration.between(Instant.ofEpochMilli(sent), Instant.now());
        return new Attempt(receiveCount, maxReceives, age.isNegative() ? Duration.ZERO : age, message.getMessageId());
    }

    private void delayQuietly(SQSMessage message, Duration delay) {
        try {
            queue.delay(message.getReceiptHandle(), delay);
        } catch (RuntimeException e) {
            // The message comes back after the queue's visibility timeout instead.
            JsonLog.warn("could not delay the message", Map.of("messageId", message.getMessageId(),
                    "exception", e.toString()));
        }
    }

    private static int parse(String value, int fallback) {
        try {
            return value == null ? fallback : Integer.parseInt(value);
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    private static long parse(String value, long fallback) {
        try {
            return value == null ? fallback : Long.parseLong(value);
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
