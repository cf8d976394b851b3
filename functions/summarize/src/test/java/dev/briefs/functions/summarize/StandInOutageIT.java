package dev.briefs.functions.summarize;

import com.amazonaws.services.lambda.runtime.events.S3Event;
import com.amazonaws.services.lambda.runtime.tests.EventLoader;
import dev.briefs.aws.AwsClients;
import dev.briefs.aws.AwsSettings;
import dev.briefs.aws.BriefsTable;
import dev.briefs.aws.DynamoBriefRepository;
import dev.briefs.brief.Brief;
import dev.briefs.brief.BriefStatus;
import dev.briefs.store.BriefIds;
import dev.briefs.standins.LocalDynamoDb;
import dev.briefs.standins.LocalS3;
import dev.briefs.standins.Ports;
import dev.briefs.standins.StandIns;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * Transient failures: with DynamoDB or S3 stopped mid-run the invocation fails (so Lambda retries it), and once the
 * stand-in is back every dropped file ends with exactly one READY brief.
 */
class StandInOutageIT {

    private static final String BUCKET = "articles";

    @Test
    void everyFileEndsWithOneBriefAfterDynamoDbAndS3OutagesAndRetries(@TempDir Path dir) throws Exception {
        int dynamoPort = Ports.free();
        int s3Port = Ports.free();
        LocalDynamoDb dynamo = LocalDynamoDb.start(dynamoPort, dir.resolve("dynamodb"));
        LocalS3 s3Server = LocalS3.start(s3Port, dir.resolve("s3"), StandIns.ACCESS_KEY_ID, StandIns.SECRET_ACCESS_KEY,
                object -> { });
        Map<String, String> env = StandIns.environment("briefs", s3Server.endpoint(), dynamo.endpoint());
        AwsSettings settings = AwsSettings.fromEnvironment(env);
        try (S3Client s3 = AwsClients.s3(settings); DynamoDbClient db = AwsClients.dynamoDb(settings)) {
            s3.createBucket(r -> r.bucket(BUCKET));
            db.createTable(BriefsTable.createTableRequest("briefs"));
            SummarizeHandler handler = new SummarizeHandler(SummarizeFunction.create(env), env);
            for (int i = 0; i < 6; i++) {
                int n = i;
                s3.putObject(r -> r.bucket(BUCKET).key("story " + n + ".txt"), RequestBody.fromString(
                        "Story number " + n + "\nThe council voted on Monday to fund tram line " + n
                                + ", ending a decade of delay on a project that critics had called unaffordable."));
            }
            // One event per object, as S3 sends them: the six records of the recorded event, one by one.
            List<S3Event> events = EventLoader.loadS3Event("events/s3-put-six-stories.json").getRecords().stream()
                    .map(record -> new S3Event(List.of(record))).toList();
            handler.handleRequest(events.get(0), null);
            handler.handleRequest(events.get(1), null);

            dynamo.close();
            assertThrows(RuntimeException.class, () -> handler.handleRequest(events.get(2), null),
                    "DynamoDB down: the invocation fails so Lambda retries it");
            dynamo = LocalDynamoDb.start(dynamoPort, dir.resolve("dynamodb"));
            handler.handleRequest(events.get(2), null);

            s3Server.close();
            assertThrows(RuntimeException.class, () -> handler.handleRequest(events.get(3), null),
                    "S3 down: the invocation fails so Lambda retries it");
            s3Server = LocalS3.start(s3Port, dir.resolve("s3"), StandIns.ACCESS_KEY_ID, StandIns.SECRET_ACCESS_KEY,
                    object -> { });
            for (S3Event event : events.subList(3, events.size())) {
                handler.handleRequest(event, null);
            }
            // At-least-once delivery: the whole batch again changes nothing.
            events.forEach(event -> handler.handleRequest(event, null));

            DynamoBriefRepository briefs = new DynamoBriefRepository(db, "briefs");
            for (int i = 0; i < 6; i++) {
                List<Brief> found = briefs.findBySourceKey("story " + i + ".txt");
                assertEquals(1, found.size(), "exactly one brief for story " + i);
                assertEquals(BriefStatus.READY, found.getFirst().status());
                assertEquals(BriefIds.of(BUCKET, "story " + i + ".txt"), found.getFirst().id());
            }
        } finally {
            s3Server.close();
            dynamo.close();
        }
    }
}
