package dev.briefs.standins;

import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.MessageSystemAttributeName;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Writes the event Lambda's SQS event source mapping hands a function, field for field, so the handler is exercised
 * through the same deserialisation as in AWS.
 */
public final class SqsEventJson {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private SqsEventJson() {
    }

    /** The event for a batch of received messages. */
    public static String of(List<Message> messages, String queueArn, String region) {
        ObjectNode root = JSON.createObjectNode();
        ArrayNode records = root.putArray("Records");
        for (Message message : messages) {
            ObjectNode record = records.addObject();
            record.put("messageId", message.messageId());
            record.put("receiptHandle", message.receiptHandle());
            record.put("body", message.body());
            ObjectNode attributes = record.putObject("attributes");
            for (Map.Entry<MessageSystemAttributeName, String> attribute : message.attributes().entrySet()) {
                attributes.put(attribute.getKey().toString(), attribute.getValue());
            }
            record.putObject("messageAttributes");
            record.put("md5OfBody", message.md5OfBody());
            record.put("eventSource", "aws:sqs");
            record.put("eventSourceARN", queueArn);
            record.put("awsRegion", region);
        }
        return root.toString();
    }

    /** The event of one first delivery of {@code body}, as {@code ./briefs invoke} feeds a function. */
    public static String ofBody(String body, String queueArn, String region) {
        String now = Long.toString(System.currentTimeMillis());
        Message message = Message.builder().messageId(UUID.randomUUID().toString())
                .receiptHandle(UUID.randomUUID().toString()).body(body)
                .attributes(Map.of(MessageSystemAttributeName.APPROXIMATE_RECEIVE_COUNT, "1",
                        MessageSystemAttributeName.SENT_TIMESTAMP, now,
                        MessageSystemAttributeName.APPROXIMATE_FIRST_RECEIVE_TIMESTAMP, now))
                .build();
        return of(List.of(message), queueArn, region);
    }
}
