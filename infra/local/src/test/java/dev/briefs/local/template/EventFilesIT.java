package dev.briefs.local.template;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.briefs.aws.AwsClients;
import dev.briefs.local.QueuePoller;
import dev.briefs.local.LocalStack;
import dev.briefs.local.invoke.FunctionDefinition;
import dev.briefs.local.invoke.Invocation;
import dev.briefs.store.BriefIds;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static dev.briefs.local.template.ProjectTemplate.ROOT;
import static dev.briefs.local.template.ProjectTemplate.TEMPLATE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every event in events/ runs through {@code ./briefs invoke} against a local stack that holds the objects the queue
 * events name, as after {@code ./briefs up} and an upload, and answers as expected; and none of them wedges a key.
 */
class EventFilesIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String SAMPLE_KEY = "sample-wire-story.txt";
    private static final String SAMPLE_TITLE = "Alpine nations agree to pool glacier data";
    private static final String SAMPLE_ID = BriefIds.of(LocalStack.BUCKET, SAMPLE_KEY);
    private static final String FERRY_KEY = "wire/Harbour ferries + night.txt";
    private static final Map<String, String> STORIES = Map.of(
            SAMPLE_KEY, SAMPLE_TITLE + """

                    GENEVA — Switzerland, Italy, Austria and France agreed on Tuesday to share measurements from \
                    400 glacier stations, ending years of secrecy. “The ice does not stop at borders,” said Swiss \
                    environment minister Claudia Berger. The first combined dataset is due online by June.
                    """,
            FERRY_KEY, """
                    Harbour authority approves night ferries

                    The port authority voted on Tuesday to run ferries through the night from March, reversing a \
                    ban that has stood since 2019. “We listened to shift workers,” said chair Ana Ruiz.
                    """);

    /** What each event file must make its function answer. */
    private static final Map<String, Consumer<JsonNode>> EXPECTED = Map.of(
            "sqs-s3-put.json", response -> assertEquals(JSON.createObjectNode().set("batchItemFailures",
                    JSON.createArrayNode()), response, "nothing to retry"),
            "sqs-s3-put-encoded-key.json", response -> assertEquals(0, response.get("batchItemFailures").size()),
            "schedule.json", response -> assertEquals(0, response.get("requeued").asInt(), "nothing is stuck"),
            "api-health.json", response -> assertEquals(JSON.createObjectNode().put("status", "ok").set(
                    "dependencies", JSON.createObjectNode().put("table", "ok")), body(response, 200)),
            "api-get-brief.json", response -> {
                JsonNode brief = body(response, 200);
                assertEquals(SAMPLE_ID, brief.get("id").asText());
                assertEquals("READY", brief.get("status").asText());
                assertEquals(SAMPLE_TITLE, brief.get("title").asText());
            },
            "api-get-brief-article.json", response -> {
                JsonNode article = body(response, 200);
                assertEquals(SAMPLE_ID, article.get("id").asText());
                assertEquals(SAMPLE_TITLE, article.at("/sentences/0/text").asText(), "the title is sentence 1");
            },
            "api-briefs-by-key.json", response -> assertEquals(List.of(SAMPLE_ID), ids(body(response, 200))),
            "api-list-briefs.json", response -> assertEquals(Set.of(SAMPLE_ID, BriefIds.of(LocalStack.BUCKET,
                    FERRY_KEY)), Set.copyOf(ids(body(response, 200)))));

    @TempDir
    static Path dataDir;
    private static LocalStack stack;
    private static final List<QueuePoller.Delivery> DELIVERIES = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void startAStackHoldingTheObjectsTheEventsName() throws Exception {
        stack = LocalStack.start(new LocalStack.Options(0, 0, 0, dataDir, 2, Map.of()), DELIVERIES::add);
        List<String> keys = new ArrayList<>();
        for (Path file : eventFiles()) {
            for (JsonNode message : JSON.readTree(file.toFile()).path("Records")) {
                for (JsonNode record : JSON.readTree(message.path("body").asText("{}")).path("Records")) {
                    assertEquals(LocalStack.BUCKET, record.at("/s3/bucket/name").asText(), file + " names the bucket");
                    keys.add(URLDecoder.decode(record.at("/s3/object/key").asText(), StandardCharsets.UTF_8));
                }
            }
        }
        assertEquals(STORIES.keySet(), Set.copyOf(keys));
        try (S3Client s3 = AwsClients.s3(LocalStack.settings(stack.endpoints()))) {
            keys.forEach(key -> s3.putObject(put -> put.bucket(LocalStack.BUCKET).key(key),
                    RequestBody.fromString(STORIES.get(key))));
        }
        // The stack briefs uploads itself; the invocations below come after it, as a redelivery would.
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (DELIVERIES.size() < keys.size() && Instant.now().isBefore(deadline)) {
            Thread.sleep(50);
        }
        assertEquals(keys.size(), DELIVERIES.size(), "the stack briefed the uploads");
    }

    @AfterAll
    static void stopTheStack() {
        stack.close();
    }

    @Test
    void everyEventFileInvokesTheFunctionItTriggersAndGetsTheExpectedAnswer() throws Exception {
        List<Path> files = eventFiles();
        assertEquals(EXPECTED.keySet(), files.stream().map(file -> file.getFileName().toString())
                .collect(Collectors.toSet()), "every event file has an expectation");
        for (Path file : files) {
            Invocation invocation = Invocation.run(functionTriggeredBy(file), "-e", file.toString(),
                    "--data-dir", dataDir.toString());
            assertEquals(0, invocation.exitCode(), file + "\n" + invocation.stdout() + invocation.stderr());
            invocation.report();
            EXPECTED.get(file.getFileName().toString()).accept(invocation.payload());
        }
        for (String key : STORIES.keySet()) {
            assertEquals("READY", stack.briefs().get(BriefIds.of(LocalStack.BUCKET, key)).orElseThrow().status().name());
        }
    }

    @Test
    void theSampleEventsWedgeNoKey() throws Exception {
        for (Path file : eventFiles().stream().filter(EventFilesIT::isQueueEvent).toList()) {
            assertEquals(0, Invocation.run("SummarizeFunction", "-e", file.toString(), "--data-dir",
                    dataDir.toString()).exitCode(), file.toString());
        }
        for (String key : STORIES.keySet()) {
            Instant before = stack.briefs().get(BriefIds.of(LocalStack.BUCKET, key)).orElseThrow().createdAt();
            try (S3Client s3 = AwsClients.s3(LocalStack.settings(stack.endpoints()))) {
                s3.putObject(put -> put.bucket(LocalStack.BUCKET).key(key), RequestBody.fromString(STORIES.get(key)));
            }
            Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
            while (!stack.briefs().get(BriefIds.of(LocalStack.BUCKET, key)).orElseThrow().createdAt().isAfter(before)
                    && Instant.now().isBefore(deadline)) {
                Thread.sleep(50);
            }
            assertTrue(stack.briefs().get(BriefIds.of(LocalStack.BUCKET, key)).orElseThrow().createdAt().isAfter(before),
                    "a new upload of " + key + " after the sample event is briefed again");
        }
    }

    @Test
    void aHandlerThatThrowsFailsTheInvocationWithLambdasErrorObject() throws Exception {
        Path envVars = Files.writeString(dataDir.resolve("missing-table.json"),
                "{\"SweepFunction\": {\"BRIEFS_TABLE\": \"no-such-table\"}}");
        Invocation failed = Invocation.run("SweepFunction", "-e", ROOT.resolve("events/schedule.json").toString(),
                "--data-dir", dataDir.toString(), "--env-vars", envVars.toString());
        assertEquals(1, failed.exitCode());
        assertEquals("software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException",
                failed.payload().get("errorType").asText(), failed.stdout());
        assertTrue(failed.payload().get("stackTrace").size() > 0);
        failed.report();
    }

    /** The event files, queue events first: the API events read the briefs those make. */
    private static List<Path> eventFiles() throws IOException {
        try (Stream<Path> files = Files.list(ROOT.resolve("events"))) {
            return files.filter(file -> file.toString().endsWith(".json") && !file.endsWith("env.json"))
                    .sorted(Comparator.comparing((Path file) -> !isQueueEvent(file)).thenComparing(Path::toString))
                    .toList();
        }
    }

    /** The function whose triggers send events of this file's kind. */
    private static String functionTriggeredBy(Path file) {
        String trigger = isQueueEvent(file) ? "SQS" : isScheduleEvent(file) ? "Schedule" : "HttpApi";
        Map<String, String> byTrigger = new LinkedHashMap<>();
        for (String id : TEMPLATE.functionIds()) {
            TEMPLATE.function(id).events().stream().map(FunctionDefinition.EventSource::type)
                    .forEach(type -> byTrigger.put(type, id));
        }
        return byTrigger.get(trigger);
    }

    private static boolean isQueueEvent(Path file) {
        return "aws:sqs".equals(json(file).at("/Records/0/eventSource").asText());
    }

    private static boolean isScheduleEvent(Path file) {
        return "aws.events".equals(json(file).path("source").asText());
    }

    private static JsonNode json(Path file) {
        try {
            return JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new AssertionError(file + " is not JSON", e);
        }
    }

    private static JsonNode body(JsonNode response, int status) {
        assertEquals(status, response.get("statusCode").asInt(), response.toString());
        try {
            return JSON.readTree(response.get("body").asText());
        } catch (IOException e) {
            throw new AssertionError(response.toString(), e);
        }
    }

    private static List<String> ids(JsonNode listing) {
        List<String> ids = new ArrayList<>();
        listing.get("items").forEach(item -> ids.add(item.get("id").asText()));
        return ids;
    }
}
