package dev.briefs.local.localstack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.briefs.aws.AwsClients;
import dev.briefs.aws.AwsSettings;
import dev.briefs.aws.DynamoBriefRepository;
import dev.briefs.brief.BriefStatus;
import dev.briefs.store.BriefIds;
import dev.briefs.local.invoke.Invocation;
import dev.briefs.local.invoke.ProjectRoot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.localstack.LocalStackContainer;
import org.testcontainers.utility.DockerImageName;
import org.testcontainers.utility.MountableFile;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The upload-to-brief flow on LocalStack, set up by infra/localstack's init script as a user's LocalStack is: an
 * article uploaded to the bucket travels the upload queue to the summarize function in LocalStack (its event source
 * mapping); its deletion deletes the brief; the function invoked with the sample queue event, and the brief read
 * through the API function. Needs a Docker engine; where there is none, JUnit reports the class as skipped.
 */
@Testcontainers(disabledWithoutDocker = true)
class LocalStackContainerIT {

    private static final String STORY = """
            Alpine nations agree to pool glacier data after record summer melt

            GENEVA — Switzerland, Italy, Austria and France agreed on Tuesday to share measurements from 400 glacier \
            stations. “The ice does not stop at borders,” said Swiss environment minister Claudia Berger.
            """;

    @Container
    private static final LocalStackContainer LOCALSTACK = new LocalStackContainer(
            DockerImageName.parse(LocalStackFiles.image()))
            .withServices("s3", "dynamodb", "sqs", "lambda", "iam", "sts", "logs")
            .withEnv("LOCALSTACK_AUTH_TOKEN", System.getenv().getOrDefault("LOCALSTACK_AUTH_TOKEN", ""))
            .withCopyFileToContainer(MountableFile.forHostPath(LocalStackFiles.INIT_SCRIPT, 0755),
                    LocalStackFiles.READY_HOOKS + "briefs.sh")
            .withCopyFileToContainer(MountableFile.forHostPath(LocalStackFiles.TABLE),
                    LocalStackFiles.READY_HOOKS + "briefs-table.json")
            // The function jars this build packaged, where compose.yaml mounts them, and the Docker engine LocalStack
            // runs Lambda functions with.
            .withCopyFileToContainer(MountableFile.forHostPath(ProjectRoot.find()
                    .resolve("functions/summarize/target/briefs-summarize-lambda.jar")),
                    "/opt/briefs/summarize/briefs-summarize-lambda.jar")
            .withCopyFileToContainer(MountableFile.forHostPath(ProjectRoot.find()
                    .resolve("functions/briefs-api/target/briefs-api-lambda.jar")),
                    "/opt/briefs/briefs-api/briefs-api-lambda.jar")
            .withFileSystemBind("/var/run/docker.sock", "/var/run/docker.sock");

    @Test
    void anUploadedArticleTravelsTheQueueToABriefTheApiServes(@TempDir Path dir) throws Exception {
        awaitInitScript();
        URI endpoint = LOCALSTACK.getEndpoint();
        AwsSettings settings = AwsSettings.local(LOCALSTACK.getRegion(), LOCALSTACK.getAccessKey(),
                LOCALSTACK.getSecretKey(), Map.of("", endpoint));
        try (S3Client s3 = AwsClients.s3(settings); DynamoDbClient dynamo = AwsClients.dynamoDb(settings)) {
            s3.putObject(put -> put.bucket("briefs-articles").key("sample-wire-story.txt"),
                    RequestBody.fromString(STORY));
            // S3 → the upload queue → the event source mapping → the function in LocalStack → the table.
            DynamoBriefRepository briefs = new DynamoBriefRepository(dynamo, "briefs");
            String id = BriefIds.of("briefs-articles", "sample-wire-story.txt");
            Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
            while (briefs.get(id).filter(brief -> brief.status() == BriefStatus.READY).isEmpty()
                    && Instant.now().isBefore(deadline)) {
                Thread.sleep(500);
            }
            assertEquals(BriefStatus.READY, briefs.get(id).orElseThrow().status(), "briefed through the queue");

            s3.deleteObject(r -> r.bucket("briefs-articles").key("sample-wire-story.txt"));
            deadline = Instant.now().plus(Duration.ofMinutes(1));
            while (briefs.get(id).isPresent() && Instant.now().isBefore(deadline)) {
                Thread.sleep(500);
            }
            assertTrue(briefs.get(id).isEmpty(), "the removal deleted the brief");
            s3.putObject(put -> put.bucket("briefs-articles").key("sample-wire-story.txt"),
                    RequestBody.fromString(STORY));
        }
        // What events/env.json gives sam local, with this container's address and credentials.
        Path envVars = Files.writeString(dir.resolve("env.json"), JsonMapper.builder().build().writeValueAsString(
                Map.of("Parameters", Map.of("AWS_ENDPOINT_URL", endpoint.toString(), "BRIEFS_TABLE", "briefs",
                        "BRIEFS_QUEUE_URL", endpoint + "/000000000000/briefs-uploads",
                        "BRIEFS_DERIVED_BUCKET", "briefs-derived",
                        "AWS_REGION", LOCALSTACK.getRegion(), "AWS_ACCESS_KEY_ID", LOCALSTACK.getAccessKey(),
                        "AWS_SECRET_ACCESS_KEY", LOCALSTACK.getSecretKey()))));
        Path events = ProjectRoot.find().resolve("events");

        Invocation summarize = Invocation.run("SummarizeFunction", "-e", events.resolve("sqs-s3-put.json").toString(),
                "--env-vars", envVars.toString(), "--data-dir", dir.toString());
        assertEquals(0, summarize.exitCode(), summarize.stdout() + summarize.stderr());
        assertEquals(0, summarize.payload().get("batchItemFailures").size());

        Invocation read = Invocation.run("BriefsApiFunction", "-e", events.resolve("api-get-brief.json").toString(),
                "--env-vars", envVars.toString(), "--data-dir", dir.toString());
        assertEquals(0, read.exitCode(), read.stdout() + read.stderr());
        assertEquals(200, read.payload().get("statusCode").asInt());
        JsonNode brief = JsonMapper.builder().build().readTree(read.payload().get("body").asText());
        assertEquals("READY", brief.get("status").asText());
        assertEquals("Alpine nations agree to pool glacier data after record summer melt", brief.get("title").asText());

        Invocation article = Invocation.run("BriefsApiFunction", "-e",
                events.resolve("api-get-brief-article.json").toString(), "--env-vars", envVars.toString(),
                "--data-dir", dir.toString());
        assertEquals(200, article.payload().get("statusCode").asInt(), article.stdout() + article.stderr());
        JsonNode sentences = JsonMapper.builder().build().readTree(article.payload().get("body").asText())
                .get("sentences");
        int cited = brief.get("quotes").get(0).get("evidence").get(0).asInt();
        assertTrue(sentences.get(cited - 1).get("text").asText().contains(brief.get("quotes").get(0).get("text")
                .asText()), "the quote stands in the sentence it cites");
    }

    /** LocalStack runs ready hooks after it reports ready; its init endpoint tells when they are done. */
    private static void awaitInitScript() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        URI status = LOCALSTACK.getEndpoint().resolve("/_localstack/init/ready");
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline)) {
            JsonNode init = JsonMapper.builder().build().readTree(http.send(HttpRequest.newBuilder(status).build(),
                    HttpResponse.BodyHandlers.ofString()).body());
            if (init.path("completed").asBoolean()) {
                for (JsonNode script : init.path("scripts")) {
                    assertEquals("SUCCESSFUL", script.path("state").asText(), script.toString());
                }
                return;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("LocalStack's init script did not finish within 60 s");
    }
}
