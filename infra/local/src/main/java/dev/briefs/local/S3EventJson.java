package dev.briefs.local;

import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.briefs.standins.ObjectCreated;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Writes S3 event notifications exactly in the shape S3 sends them to Lambda, URL-encoded keys included, so the
 * handler is exercised through the same deserialisation as in AWS.
 */
public final class S3EventJson {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    /*
     * Sequencers order the events of one key. Deriving them from the clock (microseconds, then a counter) keeps them
     * increasing across restarts of the local stack, as S3's do across time.
     */
    private static final AtomicLong LAST_SEQUENCER = new AtomicLong();

    private S3EventJson() {
    }

    public static String of(ObjectCreated object, String region) {
        ObjectNode root = JSON.createObjectNode();
        ObjectNode record = root.putArray("Records").addObject();
        record.put("eventVersion", "2.1");
        record.put("eventSource", "aws:s3");
        record.put("awsRegion", region);
        record.put("eventTime", Instant.now().toString());
        record.put("eventName", object.eventName());
        record.putObject("userIdentity").put("principalId", "AWS:BRIEFSLOCAL");
        record.putObject("requestParameters").put("sourceIPAddress", "127.0.0.1");
        record.putObject("responseElements")
                .put("x-amz-request-id", UUID.randomUUID().toString().replace("-", "").substring(0, 16).toUpperCase())
                .put("x-amz-id-2", UUID.randomUUID().toString());
        ObjectNode s3 = record.putObject("s3");
        s3.put("s3SchemaVersion", "1.0");
        s3.put("configurationId", "briefs-local");
        s3.putObject("bucket")
                .put("name", object.bucket())
                .put("arn", "arn:aws:s3:::" + object.bucket())
                .putObject("ownerIdentity").put("principalId", "BRIEFSLOCAL");
        ObjectNode target = s3.putObject("object");
        target.put("key", encodeKey(object.key()));
        target.put("size", object.size());
        if (object.etag() != null) {
            target.put("eTag", object.etag());
        }
        target.put("sequencer", nextSequencer());
        return root.toString();
    }

    /** S3 encodes keys in events as an HTML form would (space as '+'), leaving '/' as it is. */
    static String encodeKey(String key) {
        return URLEncoder.encode(key, StandardCharsets.UTF_8).replace("%2F", "/");
    }

    static String nextSequencer() {
        long micros = Instant.now().toEpochMilli() * 1000;
        long value = LAST_SEQUENCER.updateAndGet(last -> Math.max(last + 1, micros));
        return String.format("%016X", value);
    }
}
