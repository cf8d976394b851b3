package dev.briefs.local;

import dev.briefs.aws.AwsClients;
import dev.briefs.aws.AwsSettings;
import dev.briefs.aws.BriefsTable;
import dev.briefs.aws.DynamoBriefRepository;
import dev.briefs.functions.api.BriefsApiFunction;
import dev.briefs.functions.api.BriefsApiHandler;
import dev.briefs.functions.summarize.SummarizeFunction;
import dev.briefs.functions.summarize.SummarizeHandler;
import dev.briefs.standins.LocalDynamoDb;
import dev.briefs.standins.LocalS3;
import dev.briefs.standins.ObjectCreated;
import dev.briefs.standins.Ports;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchBucketException;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * The whole product on loopback: S3Proxy for the bucket, dynalite for the table, the summarize function fed by the
 * bucket's events, the API function behind a local HTTP server, and the notification events in
 * {@code DIR/events.jsonl} ({@link BriefEvents}). Everything it starts, {@link #close()} stops.
 */
public final class LocalStack implements AutoCloseable {

    public static final String BUCKET = "briefs-articles";
    public static final String TABLE = "briefs";
    public static final String REGION = "us-east-1";
    public static final String ACCESS_KEY_ID = "briefs-local";
    public static final String SECRET_ACCESS_KEY = "briefs-local-secret";

    /**
     * How to start.
     *
     * @param apiPort      the API port (0: any free port)
     * @param s3Port       the S3 port (0: any free port)
     * @param dynamodbPort the DynamoDB port (0: any free port)
     * @param dataDir      where objects, tables, logs and endpoints.json are kept
     * @param concurrency  how many articles are briefed at once
     * @param environment  the environment the functions see (BRIEFS_LLM_* and the like), before the stack's own
     */
    public record Options(int apiPort, int s3Port, int dynamodbPort, Path dataDir, int concurrency,
                          Map<String, String> environment) {
    }

    private final List<AutoCloseable> started;
    private final Endpoints endpoints;
    private final Path dataDir;

    private LocalStack(List<AutoCloseable> started, Endpoints endpoints, Path dataDir) {
        this.started = started;
        this.endpoints = endpoints;
        this.dataDir = dataDir;
    }

    public static LocalStack start(Options options, Consumer<EventDispatcher.Delivery> onDelivery) {
        List<AutoCloseable> started = new ArrayList<>();
        try {
            LocalDynamoDb dynamo = LocalDynamoDb.start(options.dynamodbPort(), options.dataDir().resolve("dynamodb"));
            started.add(dynamo);
            AtomicReference<EventDispatcher> dispatcher = new AtomicReference<>();
            Consumer<ObjectCreated> forward = object -> {
                EventDispatcher target = dispatcher.get();
                if (target != null && object.bucket().equals(BUCKET)) {
                    target.submit(object);
                }
            };
            LocalS3 s3 = LocalS3.start(options.s3Port(), options.dataDir().resolve("s3"), ACCESS_KEY_ID,
                    SECRET_ACCESS_KEY, forward);
            started.add(s3);
            int apiPort = options.apiPort() == 0 ? Ports.free() : options.apiPort();
            Endpoints endpoints = new Endpoints("http://127.0.0.1:" + apiPort, s3.endpoint().toString(), BUCKET,
                    dynamo.endpoint().toString(), TABLE, REGION, ACCESS_KEY_ID, SECRET_ACCESS_KEY);
            createResources(endpoints);

            Map<String, String> env = new HashMap<>(options.environment());
            env.putAll(endpoints.functionEnvironment());
            if (env.getOrDefault("BRIEFS_CURSOR_KEY", "").isBlank()) {
                env.put("BRIEFS_CURSOR_KEY", LocalCursorKey.of(options.dataDir()));
            }
            DynamoDbClient eventsDynamo = AwsClients.dynamoDb(settings(endpoints));
            started.add(eventsDynamo);
            BriefEvents notifications = new BriefEvents(new DynamoBriefRepository(eventsDynamo, TABLE),
                    options.dataDir(), REGION);
            EventDispatcher events = new EventDispatcher(new SummarizeHandler(SummarizeFunction.create(env), env), REGION,
                    options.dataDir().resolve("dead-letter"), options.concurrency(), notifications.andThen(onDelivery));
            started.add(events);
            dispatcher.set(events);
            started.add(LocalApiServer.start(apiPort, new BriefsApiHandler(BriefsApiFunction.create(env))));
            endpoints.write(options.dataDir());
            return new LocalStack(started, endpoints, options.dataDir());
        } catch (RuntimeException e) {
            closeAll(started);
            throw e;
        }
    }

    /** Creates the bucket and the table unless they exist (data persists across restarts). */
    static void createResources(Endpoints endpoints) {
        AwsSettings settings = settings(endpoints);
        try (S3Client s3 = AwsClients.s3(settings); DynamoDbClient dynamo = AwsClients.dynamoDb(settings)) {
            try {
                s3.headBucket(r -> r.bucket(endpoints.bucket()));
            } catch (NoSuchBucketException e) {
                s3.createBucket(r -> r.bucket(endpoints.bucket()));
            }
            try {
                dynamo.describeTable(r -> r.tableName(endpoints.table()));
            } catch (ResourceNotFoundException e) {
                dynamo.createTable(BriefsTable.createTableRequest(endpoints.table()));
                dynamo.waiter().waitUntilTableExists(r -> r.tableName(endpoints.table()));
            }
        }
    }

    /** SDK settings for clients of a running stack. */
    public static AwsSettings settings(Endpoints endpoints) {
        return AwsSettings.local(endpoints.region(), endpoints.accessKeyId(), endpoints.secretAccessKey(),
                Map.of("S3", URI.create(endpoints.s3Endpoint()), "DYNAMODB", URI.create(endpoints.dynamodbEndpoint())));
    }

    public Endpoints endpoints() {
        return endpoints;
    }

    @Override
    public void close() {
        Endpoints.delete(dataDir);
        closeAll(started);
    }

    private static void closeAll(List<AutoCloseable> resources) {
        for (int i = resources.size() - 1; i >= 0; i--) {
            try {
                resources.get(i).close();
            } catch (Exception e) {
                System.err.println("while stopping: " + e.getMessage());
            }
        }
    }
}
