package dev.briefs.functions.summarize;

import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import dev.briefs.aws.AwsClients;
import dev.briefs.aws.AwsSettings;
import dev.briefs.aws.BriefsTable;
import dev.briefs.aws.DynamoBriefRepository;
import dev.briefs.aws.SqsEventQueue;
import dev.briefs.brief.Brief;
import dev.briefs.brief.BriefStatus;
import dev.briefs.standins.StandIns;
import dev.briefs.store.BriefIds;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sqs.SqsClient;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The summarize handler, wired from its environment, fed from an ElasticMQ queue that the S3 stand-in notifies as S3
 * does, against S3Proxy and dynalite.
 */
class SummarizeHandlerIT {

    private static final String BUCKET = "articles";
    private static final String KEY = "news/Harbour ferries+night ü.txt";
    private static final String STORY = """
            Harbour authority approves night ferries
            The port authority voted on Tuesday to run ferries through the night from March, reversing a ban that \
            has stood since 2019. “We listened to shift workers,” said chair Ana Ruiz.
            """;

    private static final AtomicReference<SqsEventQueue> NOTIFY = new AtomicReference<>();
    private static StandIns standIns;
    private static S3Client s3;
    private static DynamoDbClient dynamo;
    private static SqsClient sqs;
    private static QueueRound queue;
    private static DynamoBriefRepository briefs;
    private static SummarizeHandler handler;

    @BeforeAll
    static void start() {
        // Only the articles bucket notifies, as in template.yaml: the parsed articles the function writes must not
        // come back as uploads.
        standIns = StandIns.start(event -> {
            if (event.object().bucket().equals(BUCKET)) {
                NOTIFY.get().send(event);
            }
        });
        Map<String, String> env = new HashMap<>(standIns.functionEnvironment("briefs"));
        AwsSettings settings = AwsSettings.fromEnvironment(env);
        s3 = AwsClients.s3(settings);
        dynamo = AwsClients.dynamoDb(settings);
        sqs = AwsClients.sqs(settings);
        s3.createBucket(r -> r.bucket(BUCKET));
        s3.createBucket(r -> r.bucket(StandIns.DERIVED_BUCKET));
        dynamo.createTable(BriefsTable.createTableRequest("briefs"));
        dynamo.waiter().waitUntilTableExists(r -> r.tableName("briefs")); // CREATING refuses items until ACTIVE
        queue = QueueRound.create(sqs, "uploads", 3);
        env.put("BRIEFS_QUEUE_URL", queue.queueUrl);
        env.put("BRIEFS_MAX_RECEIVES", "3");
        NOTIFY.set(UploadQueue.of(env));
        briefs = new DynamoBriefRepository(dynamo, "briefs");
        handler = SummarizeFunction.handler(env);
    }

    @AfterAll
    static void stop() {
        s3.close();
        dynamo.close();
        sqs.close();
        standIns.close();
    }

    @Test
    void theRecordedEventWithAnEncodedKeyBecomesAReadyBrief() throws IOException {
        put(KEY, STORY);
        queue.deliverNext(handler, 5); // the stand-in's own notification
        try (InputStream in = SummarizeHandlerIT.class.getResourceAsStream("/events/s3-put.json")) {
            String recorded = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            sqs.sendMessage(r -> r.queueUrl(queue.queueUrl).messageBody(recorded));
        }
        assertTrue(queue.deliverNext(handler, 5).getBatchItemFailures().isEmpty());
        Brief brief = briefs.get(BriefIds.of(BUCKET, KEY)).orElseThrow();
        assertEquals(BriefStatus.READY, brief.status());
        assertEquals(KEY, brief.source().key());
        assertEquals("Harbour authority approves night ferries", brief.title());
        assertEquals("extractive", brief.engine().provider());
        assertTrue(brief.engine().latencyMs() >= 0);
    }

    @Test
    void badFilesBecomeFailedRecordsAndTheNextFileIsStillProcessed() {
        put("empty.txt", "");
        put("notes.docx", STORY);
        put("good.txt", STORY);
        drain();
        assertEquals("EMPTY_FILE", briefs.get(BriefIds.of(BUCKET, "empty.txt")).orElseThrow().error().code());
        assertEquals("UNSUPPORTED_FORMAT", briefs.get(BriefIds.of(BUCKET, "notes.docx")).orElseThrow().error().code());
        assertEquals(BriefStatus.READY, briefs.get(BriefIds.of(BUCKET, "good.txt")).orElseThrow().status());
    }

    @Test
    void namesAreReadWhateverTheirCaseAndWithoutASuffix() {
        put("STORY.TXT", STORY);
        put("wire/ferries", STORY);
        put("Report.HTML", "<html><head><title>Ferries</title></head><body><article><h1>Harbour authority approves"
                + " night ferries</h1><p>" + STORY + "</p></article></body></html>");
        drain();
        for (String key : new String[]{"STORY.TXT", "wire/ferries", "Report.HTML"}) {
            assertEquals(BriefStatus.READY, briefs.get(BriefIds.of(BUCKET, key)).orElseThrow().status(), key);
        }
    }

    @Test
    void folderMarkersAndS3TestEventsAreIgnoredWithoutARecord() {
        put("drafts/", "");
        sqs.sendMessage(r -> r.queueUrl(queue.queueUrl).messageBody("{\"Service\":\"Amazon S3\",\"Event\":\"s3:TestEvent\","
                + "\"Time\":\"2026-11-25T08:00:00.000Z\",\"Bucket\":\"articles\",\"RequestId\":\"R\",\"HostId\":\"H\"}"));
        drain();
        assertTrue(briefs.get(BriefIds.of(BUCKET, "drafts/")).isEmpty());
        assertEquals(0, queue.deadLettered());
    }

    @Test
    void deletingTheObjectDeletesItsBrief() {
        put("short-lived.txt", STORY);
        drain();
        assertEquals(BriefStatus.READY, briefs.get(BriefIds.of(BUCKET, "short-lived.txt")).orElseThrow().status());
        s3.deleteObject(r -> r.bucket(BUCKET).key("short-lived.txt"));
        drain();
        assertTrue(briefs.get(BriefIds.of(BUCKET, "short-lived.txt")).isEmpty(), "a deleted article is not readable");
        assertTrue(briefs.findBySourceKey("short-lived.txt").isEmpty(), "nor found by its key");
    }

    @Test
    void anEventForAMissingBucketEndsFailedInsteadOfProcessing() {
        String event = "{\"Records\":[{\"eventName\":\"ObjectCreated:Put\",\"s3\":{\"bucket\":{\"name\":\"no-such-bucket\"},"
                + "\"object\":{\"key\":\"ghost.txt\",\"size\":10,\"sequencer\":\"0A\"}}}]}";
        sqs.sendMessage(r -> r.queueUrl(queue.queueUrl).messageBody(event));
        SQSBatchResponse response = null;
        for (int delivery = 1; delivery <= 3; delivery++) {
            response = queue.deliverNext(handler, 20);
        }
        assertEquals(1, response.getBatchItemFailures().size(), "the last delivery fails too: to the dead-letter queue");
        Brief brief = briefs.get(BriefIds.of("no-such-bucket", "ghost.txt")).orElseThrow();
        assertEquals(BriefStatus.FAILED, brief.status(), "not left PROCESSING");
        assertEquals("RETRIES_EXHAUSTED", brief.error().code());
        assertTrue(brief.error().message().contains("NoSuchBucket"), brief.error().message());
        // Like SQS, ElasticMQ moves a message to the dead-letter queue when a receive finds it past its count.
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (queue.deadLettered() == 0 && System.nanoTime() < deadline) {
            assertNull(queue.deliver(handler), "no further delivery");
        }
        assertEquals(1, queue.deadLettered());
        sqs.purgeQueue(r -> r.queueUrl(queue.deadLetterUrl));
    }

    private static void drain() {
        while (queue.deliver(handler) != null) {
            // until a second passes with nothing to deliver
        }
    }

    private static void put(String key, String body) {
        s3.putObject(r -> r.bucket(BUCKET).key(key), RequestBody.fromString(body));
    }
}
