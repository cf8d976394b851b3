package dev.briefs.functions.summarize;

import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import dev.briefs.aws.AwsClients;
import dev.briefs.aws.AwsSettings;
import dev.briefs.aws.BriefsTable;
import dev.briefs.aws.DynamoBriefRepository;
import dev.briefs.aws.SqsEventQueue;
import dev.briefs.brief.Brief;
import dev.briefs.brief.BriefStatus;
import dev.briefs.standins.LocalDynamoDb;
import dev.briefs.standins.LocalS3;
import dev.briefs.standins.LocalSqs;
import dev.briefs.standins.Ports;
import dev.briefs.standins.StandIns;
import dev.briefs.store.BriefIds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sqs.SqsClient;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Transient failures: with dynalite killed (and started again by its supervisor) or S3 stopped mid-run, deliveries
 * fail and their messages come back after a delay; once the stand-in is back every file ends with exactly one READY
 * brief and nothing is dead-lettered.
 */
class StandInOutageIT {

    private static final String BUCKET = "articles";
    private static final int STORIES = 6;

    @Test
    void everyFileEndsWithOneBriefAfterDynamoDbAndS3Outages(@TempDir Path dir) {
        int s3Port = Ports.free();
        AtomicReference<SqsEventQueue> notify = new AtomicReference<>();
        LocalDynamoDb dynamo = LocalDynamoDb.start(0, dir.resolve("dynamodb"));
        LocalSqs sqsServer = LocalSqs.start(0, StandIns.REGION);
        LocalS3 s3Server = LocalS3.start(s3Port, dir.resolve("s3"), StandIns.ACCESS_KEY_ID, StandIns.SECRET_ACCESS_KEY,
                event -> notify.get().send(event));
        Map<String, String> env = new HashMap<>(StandIns.environment("briefs", s3Server.endpoint(), dynamo.endpoint()));
        env.put("AWS_ENDPOINT_URL_SQS", sqsServer.endpoint().toString());
        AwsSettings settings = AwsSettings.fromEnvironment(env);
        try (S3Client s3 = AwsClients.s3(settings); DynamoDbClient db = AwsClients.dynamoDb(settings);
             SqsClient sqs = AwsClients.sqs(settings)) {
            s3.createBucket(r -> r.bucket(BUCKET));
            s3.createBucket(r -> r.bucket(StandIns.DERIVED_BUCKET));
            db.createTable(BriefsTable.createTableRequest("briefs"));
            db.waiter().waitUntilTableExists(r -> r.tableName("briefs")); // CREATING refuses items until ACTIVE
            QueueRound queue = QueueRound.create(sqs, "uploads", 5);
            env.put("BRIEFS_QUEUE_URL", queue.queueUrl);
            notify.set(UploadQueue.of(env));
            SummarizeHandler handler = SummarizeFunction.handler(env);
            put(s3, 0);
            put(s3, 1);
            queue.deliverNext(handler, 5);

            dynamo.process().destroyForcibly();
            put(s3, 2);
            put(s3, 3);
            drainWithin(queue, handler, 60);
            assertTrue(dynamo.restarts() >= 1, "the supervisor started dynalite again");

            put(s3, 4);
            s3Server.close();
            SQSBatchResponse down = queue.deliverNext(handler, 5);
            assertFalse(down.getBatchItemFailures().isEmpty(), "S3 down: the delivery fails");
            s3Server = LocalS3.start(s3Port, dir.resolve("s3"), StandIns.ACCESS_KEY_ID, StandIns.SECRET_ACCESS_KEY,
                    event -> notify.get().send(event));
            put(s3, 5);
            drainWithin(queue, handler, 60);

            DynamoBriefRepository briefs = new DynamoBriefRepository(db, "briefs");
            for (int i = 0; i < STORIES; i++) {
                List<Brief> found = briefs.findBySourceKey("story " + i + ".txt");
                assertEquals(1, found.size(), "exactly one brief for story " + i);
                assertEquals(BriefStatus.READY, found.getFirst().status(), "story " + i);
                assertEquals(BriefIds.of(BUCKET, "story " + i + ".txt"), found.getFirst().id());
            }
            assertEquals(0, queue.deadLettered());
        } finally {
            s3Server.close();
            sqsServer.close();
            dynamo.close();
        }
    }

    /** Delivers until every message is done with: none visible, none delayed, none in flight. */
    private static void drainWithin(QueueRound queue, SummarizeHandler handler, int seconds) {
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        while (System.nanoTime() < deadline) {
            if (queue.deliver(handler) == null && queue.pending() == 0) {
                return;
            }
        }
        throw new AssertionError("messages still pending after " + seconds + " s");
    }

    private static void put(S3Client s3, int n) {
        s3.putObject(r -> r.bucket(BUCKET).key("story " + n + ".txt"), RequestBody.fromString(
                "Story number " + n + "\nThe council voted on Monday to fund tram line " + n
                        + ", ending a decade of delay on a project that critics had called unaffordable."));
    }
}
