package dev.briefs.local.localstack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.briefs.aws.AwsClients;
import dev.briefs.aws.AwsSettings;
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
 * article uploaded to the bucket, the summarize function invoked with the upload's event, the brief read through the
 * API function. Needs a Docker engine; where there is none, JUnit reports the class as skipped.
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
            .withServices("s3", "dynamodb", "sqs")
            .withEnv("LOCALSTACK_AUTH_TOKEN", System.getenv().getOrDefault("LOCALSTACK_AUTH_TOKEN", ""))
            .withCopyFileToContainer(MountableFile.forHostPath(LocalStackFiles.INIT_SCRIPT, 0755),
                    LocalStackFiles.READY_HOOKS + "briefs.sh")
            .withCopyFileToContainer(MountableFile.forHostPath(LocalStackFiles.TABLE),
                    LocalStackFiles.READY_HOOKS + "briefs-table.json");

    @Test
    void anUploadedArticleBecomesABriefTheApiServes(@TempDir Path dir) throws Exception {
        awaitInitScript();
        URI endpoint = LOCALSTACK.getEndpoint();
        AwsSettings settings = AwsSettings.local(LOCALSTACK.getRegion(), LOCALSTACK.getAccessKey(),
                LOCALSTACK.getSecretKey(), Map.of("", endpoint));
        try (S3Client s3 = AwsClients.s3(settings)) {
            s3.putObject(put -> put.bucket("briefs-articles").key("sample-wire-story.txt"),
                    RequestBody.fromString(STORY));
        }
        // What events/env.json gives sam local, with this container's address and credentials.
        Path envVars = Files.writeString(dir.resolve("env.json"), JsonMapper.builder().build().writeValueAsString(
                Map.of("Parameters", Map.of("AWS_ENDPOINT_URL", endpoint.toString(), "BRIEFS_TABLE", "briefs",
                        "BRIEFS_DERIVED_BUCKET", "briefs-derived",
                        "AWS_REGION", LOCALSTACK.getRegion(), "AWS_ACCESS_KEY_ID", LOCALSTACK.getAccessKey(),
                        "AWS_SECRET_ACCESS_KEY", LOCALSTACK.getSecretKey()))));
        Path events = ProjectRoot.find().resolve("events");

        Invocation summarize = Invocation.run("SummarizeFunction", "-e", events.resolve("s3-put.json").toString(),
                "--env-vars", envVars.toString(), "--data-dir", dir.toString());
        assertEquals(0, summarize.exitCode(), summarize.stdout() + summarize.stderr());
        assertEquals("READY", summarize.payload().get(0).get("result").asText());

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
