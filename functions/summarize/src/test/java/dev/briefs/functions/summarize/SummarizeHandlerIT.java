package dev.briefs.functions.summarize;

import com.amazonaws.services.lambda.runtime.events.S3Event;
import com.amazonaws.services.lambda.runtime.tests.annotations.Event;
import dev.briefs.aws.AwsClients;
import dev.briefs.aws.AwsSettings;
import dev.briefs.aws.BriefsTable;
import dev.briefs.aws.DynamoBriefRepository;
import dev.briefs.brief.Brief;
import dev.briefs.brief.BriefStatus;
import dev.briefs.store.BriefIds;
import dev.briefs.standins.StandIns;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The summarize handler, wired from its environment, fed S3 events from JSON against S3Proxy and dynalite. */
class SummarizeHandlerIT {

    private static final String BUCKET = "articles";
    private static final String KEY = "news/Harbour ferries+night ü.txt";
    private static final String STORY = """
            Harbour authority approves night ferries
            The port authority voted on Tuesday to run ferries through the night from March, reversing a ban that \
            has stood since 2019. “We listened to shift workers,” said chair Ana Ruiz.
            """;

    private static StandIns standIns;
    private static S3Client s3;
    private static DynamoDbClient dynamo;
    private static DynamoBriefRepository briefs;
    private static SummarizeHandler handler;

    @BeforeAll
    static void start() {
        standIns = StandIns.shared();
        Map<String, String> env = standIns.functionEnvironment("briefs");
        AwsSettings settings = AwsSettings.fromEnvironment(env);
        s3 = AwsClients.s3(settings);
        dynamo = AwsClients.dynamoDb(settings);
        s3.createBucket(r -> r.bucket(BUCKET));
        dynamo.createTable(BriefsTable.createTableRequest("briefs"));
        briefs = new DynamoBriefRepository(dynamo, "briefs");
        handler = new SummarizeHandler(SummarizeFunction.create(env), env);
    }

    @AfterAll
    static void stop() {
        s3.close();
        dynamo.close();
    }

    @ParameterizedTest
    @Event(value = "events/s3-put.json", type = S3Event.class)
    void anS3PutEventWithAnEncodedKeyBecomesAReadyBrief(S3Event event) {
        put(KEY, STORY.getBytes(StandardCharsets.UTF_8));
        List<Map<String, String>> results = handler.handleRequest(event, null);
        assertEquals("READY", results.getFirst().get("result"));
        Brief brief = briefs.get(BriefIds.of(BUCKET, KEY)).orElseThrow();
        assertEquals(BriefStatus.READY, brief.status());
        assertEquals(KEY, brief.source().key());
        assertEquals("Harbour authority approves night ferries", brief.title());
        assertEquals("extractive", brief.engine().provider());
        byte[] story = STORY.getBytes(StandardCharsets.UTF_8);
        assertEquals(Long.valueOf(story.length), brief.source().size(), "the size of what was read");
        assertEquals(BriefIds.sha256Hex(story), brief.source().sha256());
    }

    @ParameterizedTest
    @Event(value = "events/s3-put-empty-binary-and-good.json", type = S3Event.class)
    void badFilesBecomeFailedRecordsAndTheNextFileIsStillProcessed(S3Event event) {
        put("empty.txt", new byte[0]);
        put("photo.txt", new byte[]{(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0});
        put("good.txt", STORY.getBytes(StandardCharsets.UTF_8));
        List<Map<String, String>> results = handler.handleRequest(event, null);
        assertEquals(List.of("FAILED", "FAILED", "READY"), results.stream().map(r -> r.get("status")).toList());
        assertEquals("EMPTY_FILE", failure("empty.txt"));
        assertEquals("BINARY_CONTENT", failure("photo.txt"));
        assertEquals(BriefStatus.READY, briefs.get(BriefIds.of(BUCKET, "good.txt")).orElseThrow().status());
    }

    @ParameterizedTest
    @Event(value = "events/s3-put-folder-marker.json", type = S3Event.class)
    void folderMarkersAreIgnoredWithoutARecord(S3Event event) {
        put("drafts/", new byte[0]);
        List<Map<String, String>> results = handler.handleRequest(event, null);
        assertEquals("SKIPPED_FOLDER_MARKER", results.getFirst().get("result"));
        assertTrue(briefs.get(BriefIds.of(BUCKET, "drafts/")).isEmpty());
    }

    private static String failure(String key) {
        Brief brief = briefs.get(BriefIds.of(BUCKET, key)).orElseThrow();
        assertEquals(BriefStatus.FAILED, brief.status());
        assertTrue(brief.error().message().length() > 5);
        return brief.error().code();
    }

    private static void put(String key, byte[] bytes) {
        s3.putObject(r -> r.bucket(BUCKET).key(key), RequestBody.fromBytes(bytes));
    }
}
