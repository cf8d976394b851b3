package dev.briefs.local;

import com.fasterxml.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where a running local stack listens, as {@code ./briefs up} writes it to {@code DIR/endpoints.json}. The field names
 * are an interface other tools read: keep them.
 */
public record Endpoints(String apiUrl, String s3Endpoint, String bucket, String derivedBucket, String dynamodbEndpoint,
                        String table, String region, String accessKeyId, String secretAccessKey, String sqsEndpoint,
                        String queueUrl, String deadLetterQueueUrl) {

    public static final String FILE_NAME = "endpoints.json";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** Writes the file whole or not at all: another process waits for it to appear and reads it at once. */
    public void write(Path dataDir) {
        try {
            Files.createDirectories(dataDir);
            Path partial = Files.createTempFile(dataDir, FILE_NAME, ".partial");
            JSON.writerWithDefaultPrettyPrinter().writeValue(partial.toFile(), this);
            Files.move(partial, dataDir.resolve(FILE_NAME), StandardCopyOption.ATOMIC_MOVE,
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The endpoints of the stack running on {@code dataDir}; fails with advice when none is running. */
    public static Endpoints read(Path dataDir) {
        Path file = dataDir.resolve(FILE_NAME);
        try {
            return JSON.readValue(Files.readString(file), Endpoints.class);
        } catch (NoSuchFileException e) {
            throw new IllegalStateException("No local stack found (" + file + " is missing): start one with ./briefs up");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void delete(Path dataDir) {
        try {
            Files.deleteIfExists(dataDir.resolve(FILE_NAME));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The environment a function sees when it runs against this stack (what env.json gives SAM). */
    public Map<String, String> functionEnvironment() {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("BRIEFS_TABLE", table);
        env.put("BRIEFS_DERIVED_BUCKET", derivedBucket);
        env.put("AWS_REGION", region);
        env.put("AWS_ACCESS_KEY_ID", accessKeyId);
        env.put("AWS_SECRET_ACCESS_KEY", secretAccessKey);
        env.put("AWS_ENDPOINT_URL_S3", s3Endpoint);
        env.put("AWS_ENDPOINT_URL_DYNAMODB", dynamodbEndpoint);
        env.put("AWS_ENDPOINT_URL_SQS", sqsEndpoint);
        env.put("BRIEFS_QUEUE_URL", queueUrl);
        return env;
    }
}
