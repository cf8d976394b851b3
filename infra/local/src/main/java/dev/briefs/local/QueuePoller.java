package dev.briefs.local;

import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import dev.briefs.aws.S3EventMessages;
import dev.briefs.functions.summarize.SummarizeHandler;
import dev.briefs.standins.SqsEventJson;
import dev.briefs.store.ObjectEvent;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.DeleteMessageBatchRequestEntry;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.MessageSystemAttributeName;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Feeds the summarize handler from the upload queue the way Lambda's SQS event source mapping does: long polling,
 * batches of up to ten messages, at most {@code concurrency} batches in flight (the mapping's
 * {@code MaximumConcurrency}), each batch as the SQS event JSON through the runtime's deserialiser, and partial batch
 * responses: the messages not reported failed are deleted; the failed ones stay on the queue, out of sight for as long
 * as the handler asked (or the queue's visibility timeout), and after the redrive policy's {@code maxReceiveCount}
 * deliveries the queue moves them to its dead-letter queue. A batch whose invocation throws is failed whole.
 */
public final class QueuePoller implements AutoCloseable {

    /** What became of one event of a delivered message. */
    public record Delivery(ObjectEvent event, boolean failed, long millis) {
    }

    static final int BATCH_SIZE = 10;
    /** Lambda polls with 20 s; shorter here, so that a stopping stack waits for less. */
    static final int WAIT_SECONDS = 2;

    private final SqsClient sqs;
    private final String queueUrl;
    private final String queueArn;
    private final String region;
    private final SummarizeHandler handler;
    private final Consumer<Delivery> onDelivery;
    private final ExecutorService pollers;
    private volatile boolean stopping;

    /**
     * @param concurrency how many batches are handled at once
     * @param onDelivery  told of every event of every delivered message
     */
    public QueuePoller(SqsClient sqs, String queueUrl, String queueArn, String region, SummarizeHandler handler,
                       int concurrency, Consumer<Delivery> onDelivery) {
        this.sqs = sqs;
        this.queueUrl = queueUrl;
        this.queueArn = queueArn;
        this.region = region;
        this.handler = handler;
        this.onDelivery = onDelivery;
        this.pollers = Executors.newFixedThreadPool(concurrency, runnable -> {
            Thread thread = new Thread(runnable, "summarize-poller");
            thread.setDaemon(true);
            return thread;
        });
        for (int i = 0; i < concurrency; i++) {
            pollers.execute(this::poll);
        }
    }

    private void poll() {
        while (!stopping) {
            try {
                List<Message> batch = sqs.receiveMessage(r -> r.queueUrl(queueUrl).maxNumberOfMessages(BATCH_SIZE)
                        .waitTimeSeconds(WAIT_SECONDS).messageSystemAttributeNames(MessageSystemAttributeName.ALL))
                        .messages();
                if (!batch.isEmpty()) {
                    invoke(batch);
                }
            } catch (RuntimeException e) {
                if (!stopping) {
                    System.err.println("queue poller: " + e);
                    pause();
                }
            }
        }
    }

    private void invoke(List<Message> batch) {
        long start = System.nanoTime();
        Set<String> failed = new HashSet<>();
        try {
            SQSBatchResponse response = handler.handleRequest(
                    LambdaEvents.sqs(SqsEventJson.of(batch, queueArn, region)),
                    new LocalContext("SummarizeFunction", 1024, 900));
            response.getBatchItemFailures().forEach(failure -> failed.add(failure.getItemIdentifier()));
        } catch (RuntimeException e) {
            System.err.println("summarize invocation failed: " + e);
            batch.forEach(message -> failed.add(message.messageId()));
        }
        List<DeleteMessageBatchRequestEntry> done = new ArrayList<>();
        for (Message message : batch) {
            if (!failed.contains(message.messageId())) {
                done.add(DeleteMessageBatchRequestEntry.builder().id(message.messageId())
                        .receiptHandle(message.receiptHandle()).build());
            }
        }
        if (!done.isEmpty()) {
            sqs.deleteMessageBatch(r -> r.queueUrl(queueUrl).entries(done));
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        for (Message message : batch) {
            for (ObjectEvent event : eventsOf(message)) {
                onDelivery.accept(new Delivery(event, failed.contains(message.messageId()), millis));
            }
        }
    }

    private static List<ObjectEvent> eventsOf(Message message) {
        try {
            return S3EventMessages.read(message.body());
        } catch (IllegalArgumentException e) {
            return List.of();
        }
    }

    private static void pause() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Stops polling and waits briefly for the batches in progress. */
    @Override
    public void close() {
        stopping = true;
        pollers.shutdown();
        try {
            pollers.awaitTermination(WAIT_SECONDS + 10L, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
