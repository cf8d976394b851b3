package dev.briefs.aws;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.briefs.store.ObjectEvent;
import dev.briefs.store.ObjectRef;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * S3 event notifications as S3 puts them on an SQS queue: the JSON document with {@code Records}, keys URL-encoded
 * with '+' for spaces. Read by the summarize function; written by the sweeper and the local S3 stand-in, so every
 * message on the queue has the one shape the function reads.
 */
public final class S3EventMessages {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private S3EventMessages() {
    }

    /**
     * The events in one message body. S3's {@code s3:TestEvent} (sent when a notification is configured) and any
     * other body without records hold none.
     *
     * @throws IllegalArgumentException when the body is not JSON
     */
    public static List<ObjectEvent> read(String body) {
        JsonNode root;
        try {
            root = JSON.readTree(body);
        } catch (IOException e) {
            throw new IllegalArgumentException("The message is not an S3 event notification: " + e.getMessage(), e);
        }
        List<ObjectEvent> events = new ArrayList<>();
        for (JsonNode record : root.path("Records")) {
            JsonNode s3 = record.path("s3");
            JsonNode object = s3.path("object");
            String key = URLDecoder.decode(object.path("key").asText(), StandardCharsets.UTF_8);
            Long size = object.hasNonNull("size") ? object.get("size").asLong() : null;
            events.add(new ObjectEvent(record.path("eventName").asText(), new ObjectRef(
                    s3.path("bucket").path("name").asText(), key, size, text(object, "eTag"),
                    text(object, "versionId"), text(object, "sequencer"))));
        }
        return events;
    }

    /** The notification S3 would send for {@code event} in {@code region}. */
    public static String write(ObjectEvent event, String region) {
        ObjectRef ref = event.object();
        ObjectNode root = JSON.createObjectNode();
        ObjectNode record = root.putArray("Records").addObject();
        record.put("eventVersion", "2.1");
        record.put("eventSource", "aws:s3");
        record.put("awsRegion", region);
        record.put("eventTime", Instant.now().toString());
        record.put("eventName", event.eventName());
        ObjectNode s3 = record.putObject("s3");
        s3.put("s3SchemaVersion", "1.0");
        s3.put("configurationId", "briefs");
        s3.putObject("bucket").put("name", ref.bucket()).put("arn", "arn:aws:s3:::" + ref.bucket());
        ObjectNode object = s3.putObject("object");
        object.put("key", encodeKey(ref.key()));
        if (ref.size() != null) {
            object.put("size", ref.size());
        }
        putIfPresent(object, "eTag", ref.etag());
        putIfPresent(object, "versionId", ref.versionId());
        putIfPresent(object, "sequencer", ref.sequencer());
        try {
            return JSON.writeValueAsString(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** S3 encodes keys in events as an HTML form would (space as '+'), leaving '/' as it is. */
    static String encodeKey(String key) {
        return URLEncoder.encode(key, StandardCharsets.UTF_8).replace("%2F", "/");
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() || value.asText().isBlank() ? null : value.asText();
    }

    private static void putIfPresent(ObjectNode node, String field, String value) {
        if (value != null) {
            node.put(field, value);
        }
    }
}
