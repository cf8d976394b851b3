package dev.briefs.functions.summarize;

import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.amazonaws.services.lambda.runtime.serialization.events.LambdaEventSerializers;
import dev.briefs.standins.SqsEventJson;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.MessageSystemAttributeName;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An upload queue with a dead-letter queue on ElasticMQ, and one round at a time of what Lambda's event source
 * mapping does with it: receive a batch, invoke the handler with the SQS event JSON, delete what did not fail.
 */
final class QueueRound {

    final SqsClient sqs;
    final String queueUrl;
    final String deadLetterUrl;
    private final String queueArn;

    private QueueRound(SqsClient sqs, String queueUrl, String deadLetterUrl, String queueArn) {
        this.sqs = sqs;
        this.queueUrl = queueUrl;
        this.deadLetterUrl = deadLetterUrl;
        this.queueArn = queueArn;
    }

    /** Creates {@code name} and {@code name-dead-letter}, moved there after {@code maxReceives} deliveries. */
    static QueueRound create(SqsClient sqs, String name, int maxReceives) {
        String deadLetterUrl = sqs.createQueue(r -> r.queueName(name + "-dead-letter")).queueUrl();
        String deadLetterArn = arn(sqs, deadLetterUrl);
        String queueUrl = sqs.createQueue(r -> r.queueName(name).attributes(Map.of(
                QueueAttributeName.VISIBILITY_TIMEOUT, "900",
                QueueAttributeName.REDRIVE_POLICY, "{\"deadLetterTargetArn\":\"" + deadLetterArn
                        + "\",\"maxReceiveCount\":\"" + maxReceives + "\"}"))).queueUrl();
        return new QueueRound(sqs, queueUrl, deadLetterUrl, arn(sqs, queueUrl));
    }

    /** One batch, as the mapping hands it to the function; null when nothing became visible within a second. */
    SQSBatchResponse deliver(SummarizeHandler handler) {
        List<Message> batch = sqs.receiveMessage(r -> r.queueUrl(queueUrl).maxNumberOfMessages(10).waitTimeSeconds(1)
                .messageSystemAttributeNames(MessageSystemAttributeName.ALL)).messages();
        if (batch.isEmpty()) {
            return null;
        }
        SQSEvent event = LambdaEventSerializers.serializerFor(SQSEvent.class, QueueRound.class.getClassLoader())
                .fromJson(SqsEventJson.of(batch, queueArn, "us-east-1"));
        SQSBatchResponse response = handler.handleRequest(event, null);
        Set<String> failed = new HashSet<>();
        response.getBatchItemFailures().forEach(failure -> failed.add(failure.getItemIdentifier()));
        batch.stream().filter(message -> !failed.contains(message.messageId()))
                .forEach(message -> sqs.deleteMessage(r -> r.queueUrl(queueUrl).receiptHandle(message.receiptHandle())));
        return response;
    }

    /** The next batch to become visible within {@code seconds} (a failed one comes back after its delay). */
    SQSBatchResponse deliverNext(SummarizeHandler handler, int seconds) {
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        SQSBatchResponse response = deliver(handler);
        while (response == null && System.nanoTime() < deadline) {
            response = deliver(handler);
        }
        if (response == null) {
            throw new AssertionError("no message became visible within " + seconds + " s");
        }
        return response;
    }

    /** Messages on the queue, visible or not (delayed, in flight). */
    int pending() {
        Map<QueueAttributeName, String> counts = sqs.getQueueAttributes(r -> r.queueUrl(queueUrl).attributeNames(
                QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES,
                QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE)).attributes();
        return Integer.parseInt(counts.get(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES))
                + Integer.parseInt(counts.get(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE));
    }

    int deadLettered() {
        return Integer.parseInt(sqs.getQueueAttributes(r -> r.queueUrl(deadLetterUrl)
                .attributeNames(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES)).attributes()
                .get(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES));
    }

    private static String arn(SqsClient sqs, String url) {
        return sqs.getQueueAttributes(r -> r.queueUrl(url).attributeNames(QueueAttributeName.QUEUE_ARN)).attributes()
                .get(QueueAttributeName.QUEUE_ARN);
    }
}
