package dev.briefs.standins;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * S3 and DynamoDB stand-ins on free loopback ports with throwaway storage, for integration tests. Objects written are
 * recorded in {@link #created()} and passed to an optional listener.
 */
public final class StandIns implements AutoCloseable {

    public static final String REGION = "us-east-1";
    public static final String ACCESS_KEY_ID = "test-access-key";
    public static final String SECRET_ACCESS_KEY = "test-secret-key";

    private final LocalS3 s3;
    private final LocalDynamoDb dynamo;
    private final List<ObjectCreated> created;

    private StandIns(LocalS3 s3, LocalDynamoDb dynamo, List<ObjectCreated> created) {
        this.s3 = s3;
        this.dynamo = dynamo;
        this.created = created;
    }

    /**
     * Stand-ins shared by every test class of one test JVM: started on first use, stopped when the JVM exits. Starting
     * S3Proxy and dynalite costs seconds; classes that share them use tables and buckets of their own.
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

    /** Starts both stand-ins; {@code listener} hears of every object created (use {@code o -> {}} for none). */
    public static StandIns start(Consumer<ObjectCreated> listener) {
        try {
            Path dir = Files.createTempDirectory("briefs-stand-ins");
            List<ObjectCreated> created = new CopyOnWriteArrayList<>();
            LocalDynamoDb dynamo = LocalDynamoDb.start(0, null);
            try {
                LocalS3 s3 = LocalS3.start(0, dir.resolve("s3"), ACCESS_KEY_ID, SECRET_ACCESS_KEY, object -> {
                    created.add(object);
                    listener.accept(object);
                });
                return new StandIns(s3, dynamo, created);
            } catch (RuntimeException e) {
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

    /**
     * The environment a function sees when it runs against these stand-ins: the table name, the region, the test
     * credentials and the SDK's standard endpoint variables.
     */
    public Map<String, String> functionEnvironment(String table) {
        return environment(table, s3.endpoint(), dynamo.endpoint());
    }

    /** As {@link #functionEnvironment(String)}, for stand-ins started one by one. */
    public static Map<String, String> environment(String table, URI s3Endpoint, URI dynamoDbEndpoint) {
        return Map.of(
                "BRIEFS_TABLE", table,
                "AWS_REGION", REGION,
                "AWS_ACCESS_KEY_ID", ACCESS_KEY_ID,
                "AWS_SECRET_ACCESS_KEY", SECRET_ACCESS_KEY,
                "AWS_ENDPOINT_URL_S3", s3Endpoint.toString(),
                "AWS_ENDPOINT_URL_DYNAMODB", dynamoDbEndpoint.toString());
    }

    /** The objects created so far, in order. */
    public List<ObjectCreated> created() {
        return List.copyOf(created);
    }

    @Override
    public void close() {
        s3.close();
        dynamo.close();
    }
}
