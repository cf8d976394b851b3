package dev.briefs.local;

import dev.briefs.aws.AwsClients;
import dev.briefs.aws.AwsSettings;
import dev.briefs.aws.BriefsTable;
import dev.briefs.aws.DynamoBriefRepository;
import dev.briefs.aws.SqsEventQueue;
import dev.briefs.functions.api.BriefsApiFunction;
import dev.briefs.functions.api.BriefsApiHandler;
import dev.briefs.functions.summarize.SummarizeFunction;
import dev.briefs.functions.summarize.UploadQueue;
import dev.briefs.standins.LocalDynamoDb;
import dev.briefs.standins.LocalS3;
import dev.briefs.standins.LocalSqs;
import dev.briefs.standins.Ports;
import dev.briefs.store.BriefRepository;
import dev.briefs.store.ObjectEvent;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchBucketException;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * The whole product on loopback: S3Proxy for the articles bucket and the derived-data bucket, ElasticMQ for the upload queue and its dead-letter queue,
 * dynalite for the table (started again if it dies), the summarize function fed from the queue as Lambda's event
 * source mapping feeds it, and the API function behind a local HTTP server. The bucket announces every object change
 * on the queue, as S3 does. The notification events are in {@code DIR/events.jsonl} ({@link BriefEvents}).
 * Everything it starts, {@link #close()} stops.
 * <p>
 * The queue lives in memory, so what was queued when the stack stopped is found again by the start-up sweep
 * ({@link StartupSweep}): briefs left PROCESSING, and objects without a brief of their current content.
 */
public final class LocalStack implements AutoCloseable {

    public static final String BUCKET = "briefs-articles";
    /** Parsed articles; a bucket of its own, since a write to the articles bucket triggers the summarize function. */
    public static final String DERIVED_BUCKET = "briefs-derived";
    public static final String TABLE = "briefs";
    public static final String QUEUE = "briefs-uploads";
    public static final String DEAD_LETTER_QUEUE = "briefs-uploads-dead-letter";
    public static final String REGION = "us-east-1";
    public static final String ACCESS_KEY_ID = "briefs-local";
    public static final String SECRET_ACCESS_KEY = "briefs-local-secret";
    /** How long a received message stays out of sight unless the function says otherwise: its time limit. */
    static final int VISIBILITY_TIMEOUT_SECONDS = 900;

    /**
     * How to start.
     *
     * @param apiPort      the API port (0: any free port)
     * @param s3Port       the S3 port (0: any free port)
     * @param dynamodbPort the DynamoDB port (0: any free port)
     * @param sqsPort      the SQS port (0: any free port)
     * @param dataDir      where objects, tables, logs and endpoints.json are kept
     * @param concurrency  how many batches of uploads are briefed at once (the event source mapping's maximum)
     * @param environment  the environment the functions see (BRIEFS_LLM_* and the like), before the stack's own
     */
    public record Options(int apiPort, int s3Port, int dynamodbPort, int sqsPort, Path dataDir, int concurrency,
                          Map<String, String> environment) {

        /** Any free SQS port. */
        public Options(int apiPort, int s3Port, int dynamodbPort, Path dataDir, int concurrency,
                       Map<String, String> environment) {
            this(apiPort, s3Port, dynamodbPort, 0, dataDir, concurrency, environment);
        }
    }

    private final List<AutoCloseable> started;
    private final Endpoints endpoints;
    private final Path dataDir;
    private final LocalDynamoDb dynamo;
    private final BriefRepository briefs;

    private LocalStack(List<AutoCloseable> started, Endpoints endpoints, Path dataDir, LocalDynamoDb dynamo,
                       BriefRepository briefs) {
        this.started = started;
        this.endpoints = endpoints;
        this.dataDir = dataDir;
        this.dynamo = dynamo;
        this.briefs = briefs;
    }

    public static LocalStack start(Options options, Consumer<QueuePoller.Delivery> onDelivery) {
        List<AutoCloseable> started = new ArrayList<>();
        try {
            LocalDynamoDb dynamo = LocalDynamoDb.start(options.dynamodbPort(), options.dataDir().resolve("dynamodb"));
            started.add(dynamo);
            LocalSqs sqs = LocalSqs.start(options.sqsPort(), REGION);
            started.add(sqs);
            AtomicReference<SqsEventQueue> notifications = new AtomicReference<>();
            Consumer<ObjectEvent> notify = event -> {
                SqsEventQueue queue = notifications.get();
                if (queue != null && event.object().bucket().equals(BUCKET)) {
                    queue.send(event);
                }
            };
            LocalS3 s3 = LocalS3.start(options.s3Port(), options.dataDir().resolve("s3"), ACCESS_KEY_ID,
                    SECRET_ACCESS_KEY, notify);
            started.add(s3);
            int apiPort = options.apiPort() == 0 ? Ports.free() : options.apiPort();
            String sqsEndpoint = sqs.endpoint().toString();
            Endpoints endpoints = new Endpoints("http://127.0.0.1:" + apiPort, s3.endpoint().toString(), BUCKET, DERIVED_BUCKET,
                    dynamo.endpoint().toString(), TABLE, REGION, ACCESS_KEY_ID, SECRET_ACCESS_KEY, sqsEndpoint,
                    queueUrl(sqsEndpoint, QUEUE), queueUrl(sqsEndpoint, DEAD_LETTER_QUEUE));

            Map<String, String> env = new HashMap<>(options.environment());
            env.putAll(endpoints.functionEnvironment());
            if (env.getOrDefault("BRIEFS_CURSOR_KEY", "").isBlank()) {
                env.put("BRIEFS_CURSOR_KEY", LocalCursorKey.of(options.dataDir()));
            }
            int maxReceives = UploadQueue.maxReceives(env);
            AwsSettings settings = settings(endpoints);
            SqsClient sqsClient = AwsClients.sqs(settings);
            started.add(sqsClient);
            String queueArn = createResources(endpoints, sqsClient, maxReceives);
            SqsEventQueue queue = new SqsEventQueue(sqsClient, endpoints.queueUrl(), REGION);
            notifications.set(queue);

            DynamoDbClient dynamoClient = AwsClients.dynamoDb(settings);
            started.add(dynamoClient);
            BriefRepository briefs = new DynamoBriefRepository(dynamoClient, TABLE);
            try (S3Client s3Client = AwsClients.s3(settings)) {
                new StartupSweep(briefs, s3Client, queue).requeueUnfinished(BUCKET);
            }
            started.add(new QueuePoller(sqsClient, endpoints.queueUrl(), queueArn, REGION,
                    SummarizeFunction.handler(env), options.concurrency(),
                    new BriefEvents(briefs, options.dataDir(), REGION).andThen(onDelivery)));
            started.add(LocalApiServer.start(apiPort, new BriefsApiHandler(BriefsApiFunction.create(env))));
            endpoints.write(options.dataDir());
            return new LocalStack(started, endpoints, options.dataDir(), dynamo, briefs);
        } catch (RuntimeException e) {
            closeAll(started);
            throw e;
        }
    }

    private static String queueUrl(String sqsEndpoint, String name) {
        return sqsEndpoint + "/" + LocalSqs.ACCOUNT_ID + "/" + name;
    }

    /**
     * Creates the buckets and the table unless they exist (data persists across restarts), and the upload queue with
     * its dead-letter queue (they live in memory).
     *
     * @return the upload queue's ARN
     */
    static String createResources(Endpoints endpoints, SqsClient sqs, int maxReceives) {
        AwsSettings settings = settings(endpoints);
        try (S3Client s3 = AwsClients.s3(settings); DynamoDbClient dynamo = AwsClients.dynamoDb(settings)) {
            for (String bucket : List.of(endpoints.bucket(), endpoints.derivedBucket())) {
                try {
                    s3.headBucket(r -> r.bucket(bucket));
                } catch (NoSuchBucketException e) {
                    s3.createBucket(r -> r.bucket(bucket));
                }
            }
            try {
                dynamo.describeTable(r -> r.tableName(endpoints.table()));
            } catch (ResourceNotFoundException e) {
                dynamo.createTable(BriefsTable.createTableRequest(endpoints.table()));
                dynamo.waiter().waitUntilTableExists(r -> r.tableName(endpoints.table()));
            }
        }
        sqs.createQueue(r -> r.queueName(DEAD_LETTER_QUEUE)
                .attributes(Map.of(QueueAttributeName.MESSAGE_RETENTION_PERIOD, "1209600")));
        String deadLetterArn = queueArn(sqs, endpoints.deadLetterQueueUrl());
        sqs.createQueue(r -> r.queueName(QUEUE).attributes(Map.of(
                QueueAttributeName.VISIBILITY_TIMEOUT, Integer.toString(VISIBILITY_TIMEOUT_SECONDS),
                QueueAttributeName.REDRIVE_POLICY, "{\"deadLetterTargetArn\":\"" + deadLetterArn
                        + "\",\"maxReceiveCount\":\"" + maxReceives + "\"}")));
        return queueArn(sqs, endpoints.queueUrl());
    }

    public static String queueArn(SqsClient sqs, String queueUrl) {
        return sqs.getQueueAttributes(r -> r.queueUrl(queueUrl).attributeNames(QueueAttributeName.QUEUE_ARN))
                .attributes().get(QueueAttributeName.QUEUE_ARN);
    }

    /** SDK settings for clients of a running stack. */
    public static AwsSettings settings(Endpoints endpoints) {
        return AwsSettings.local(endpoints.region(), endpoints.accessKeyId(), endpoints.secretAccessKey(),
                Map.of("S3", URI.create(endpoints.s3Endpoint()), "DYNAMODB", URI.create(endpoints.dynamodbEndpoint()),
                        "SQS", URI.create(endpoints.sqsEndpoint())));
    }

    public Endpoints endpoints() {
        return endpoints;
    }

    /** The stack's table of briefs. */
    public BriefRepository briefs() {
        return briefs;
    }

    /** The dynalite stand-in, which tests kill to show that the stack recovers. */
    public LocalDynamoDb dynamoDb() {
        return dynamo;
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
