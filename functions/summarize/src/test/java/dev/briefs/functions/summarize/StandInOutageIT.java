package dev.briefs.functions.summarize;

import com.amazonaws.services.lambda.runtime.events.S3Event;
import com.amazonaws.services.lambda.runtime.serialization.events.LambdaEventSerializers;
import dev.briefs.aws.AwsClients;
import dev.briefs.aws.AwsSettings;
import dev.briefs.aws.BriefsTable;
import dev.briefs.aws.DynamoBriefRepository;
import dev.briefs.brief.Brief;
import dev.briefs.brief.BriefStatus;
import dev.briefs.store.BriefIds;
import dev.briefs.standins.LocalDynamoDb;
import dev.briefs.standins.LocalS3;
import dev.briefs.standins.ObjectCreated;
import dev.briefs.standins.Ports;
import dev.briefs.standins.StandIns;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
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
        List<ObjectCreated> created = new ArrayList<>();
        LocalDynamoDb dynamo = LocalDynamoDb.start(dynamoPort, dir.resolve("dynamodb"));
        LocalS3 s3Server = LocalS3.start(s3Port, dir.resolve("s3"), StandIns.ACCESS_KEY_ID, StandIns.SECRET_ACCESS_KEY,
                created::add);
        Map<String, String> env = StandIns.environment("briefs", s3Server.endpoint(), dynamo.endpoint());
        AwsSettings settings = AwsSettings.fromEnvironment(env);
        try (S3Client s3 = AwsClients.s3(settings); DynamoDbClient db = AwsClients.dynamoDb(settings)) {
            s3.createBucket(r -> r.bucket(BUCKET));
            s3.createBucket(r -> r.bucket(StandIns.DERIVED_BUCKET));
            db.createTable(BriefsTable.createTableRequest("briefs"));
            SummarizeHandler handler = new SummarizeHandler(SummarizeFunction.create(env));
            for (int i = 0; i < 6; i++) {
                int n = i;
                s3.putObject(r -> r.bucket(BUCKET).key("story " + n + ".txt"), RequestBody.fromString(
                        "Story number " + n + "\nThe council voted on Monday to fund tram line " + n
                                + ", ending a decade of delay on a project that critics had called unaffordable."));
            }
            List<S3Event> events = created.stream().map(StandInOutageIT::event).toList();
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
                    created::add);
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

    private static S3Event event(ObjectCreated object) {
        String json = """
                {"Records": [{"eventVersion": "2.1", "eventSource": "aws:s3", "awsRegion": "us-east-1",
                  "eventTime": "2026-11-25T08:00:00.000Z", "eventName": "%s",
                  "s3": {"s3SchemaVersion": "1.0", "bucket": {"name": "%s", "arn": "arn:aws:s3:::%s"},
                         "object": {"key": "%s", "size": %d, "eTag": "%s", "sequencer": "%016X"}}}]}
                """.formatted(object.eventName(), object.bucket(), object.bucket(),
                URLEncoder.encode(object.key(), StandardCharsets.UTF_8), object.size(), object.etag(),
                System.nanoTime());
        return LambdaEventSerializers.serializerFor(S3Event.class, StandInOutageIT.class.getClassLoader())
                .fromJson(json);
    }
}
