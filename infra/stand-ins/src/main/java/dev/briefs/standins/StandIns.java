package dev.briefs.standins;

import dev.briefs.store.ObjectEvent;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * S3, SQS and DynamoDB stand-ins on free loopback ports with throwaway storage, for integration tests. Objects written are
 * recorded in {@link #created()} (deletions too) and passed to an optional listener.
 */
public final class StandIns implements AutoCloseable {

    public static final String REGION = "us-east-1";
    public static final String ACCESS_KEY_ID = "test-access-key";
    public static final String SECRET_ACCESS_KEY = "test-secret-key";
    /** The derived-data bucket the functions' environment names; a test that runs a function creates it. */
    public static final String DERIVED_BUCKET = "briefs-derived";

    private final LocalS3 s3;
    private final LocalDynamoDb dynamo;
    private final LocalSqs sqs;
    private final List<ObjectEvent> created;

    private StandIns(LocalS3 s3, LocalDynamoDb dynamo, LocalSqs sqs, List<ObjectEvent> created) {
        this.s3 = s3;
        this.dynamo = dynamo;
        this.sqs = sqs;
        this.created = created;
    }

    /**
     * Stand-ins shared by every test class of one test JVM: started on first use, stopped when the JVM exits. Starting
     * S3Proxy, ElasticMQ and dynalite costs seconds; classes that share them use tables and buckets of their own.
     */
    public static StandIns shared() {
        return Shared.STAND_INS;
    }

    private static final class Shared {
        static final StandIns STAND_INS = start(object -> { });

        static {
            Runtime.getRuntime().addShutdownHook(new Thread(STAND_INS::close, "stand-ins-shutdown"));
        }
    }

    /** Starts the stand-ins; {@code listener} hears of every object event (use {@code o -> {}} for none). */
    public static StandIns start(Consumer<ObjectEvent> listener) {
        try {
            Path dir = Files.createTempDirectory("briefs-stand-ins");
            List<ObjectEvent> created = new CopyOnWriteArrayList<>();
            LocalDynamoDb dynamo = LocalDynamoDb.start(0, null);
            LocalSqs sqs = null;
            try {
                sqs = LocalSqs.start(0, REGION);
                LocalS3 s3 = LocalS3.start(0, dir.resolve("s3"), ACCESS_KEY_ID, SECRET_ACCESS_KEY, object -> {
                    created.add(object);
                    listener.accept(object);
                });
                return new StandIns(s3, dynamo, sqs, created);
            } catch (RuntimeException e) {
                if (sqs != null) {
                    sqs.close();
                }
                dynamo.close();
                throw e;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public URI s3Endpoint() {
        return s3.endpoint();
    }

    public URI dynamoDbEndpoint() {
        return dynamo.endpoint();
    }

    public URI sqsEndpoint() {
        return sqs.endpoint();
    }

    /**
     * The environment a function sees when it runs against these stand-ins: the table name, the derived-data bucket
     * ({@link #DERIVED_BUCKET}), the region, the test credentials and the SDK's standard endpoint variables.
     */
    public Map<String, String> functionEnvironment(String table) {
        Map<String, String> env = new HashMap<>(environment(table, s3.endpoint(), dynamo.endpoint()));
        env.put("AWS_ENDPOINT_URL_SQS", sqs.endpoint().toString());
        return Map.copyOf(env);
    }

    /** As {@link #functionEnvironment(String)}, for stand-ins started one by one. */
    public static Map<String, String> environment(String table, URI s3Endpoint, URI dynamoDbEndpoint) {
        return Map.of(
                "BRIEFS_TABLE", table,
                "BRIEFS_DERIVED_BUCKET", DERIVED_BUCKET,
                "AWS_REGION", REGION,
                "AWS_ACCESS_KEY_ID", ACCESS_KEY_ID,
                "AWS_SECRET_ACCESS_KEY", SECRET_ACCESS_KEY,
                "AWS_ENDPOINT_URL_S3", s3Endpoint.toString(),
                "AWS_ENDPOINT_URL_DYNAMODB", dynamoDbEndpoint.toString());
    }

    /** The object events so far (writes and deletions), in order. */
    public List<ObjectEvent> created() {
        return List.copyOf(created);
    }

    @Override
    public void close() {
        s3.close();
        sqs.close();
        dynamo.close();
    }
}
