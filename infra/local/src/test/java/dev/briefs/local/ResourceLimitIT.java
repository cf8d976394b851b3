package dev.briefs.local;

import com.fasterxml.jackson.databind.JsonNode;
import dev.briefs.article.pdf.HostilePdfs;
import dev.briefs.aws.AwsClients;
import dev.briefs.local.template.ProjectTemplate;
import dev.briefs.store.BriefIds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Hostile files under the deployed function's memory: the local stack runs in a child JVM whose heap is what a
 * function of the template's MemorySize gets, and ten 1.5 GiB decompression bombs in a row must each end FAILED with
 * RESOURCE_LIMIT, after which the next normal file is READY in the same JVM.
 */
class ResourceLimitIT {

    /** 85 % of the function's memory: what is left for the heap once the JVM's own (metaspace, threads, code) is set aside. */
    private static final int HEAP_MB = ProjectTemplate.TEMPLATE.function("SummarizeFunction").memorySizeMb() * 85 / 100;
    private static final int BOMB_MIB = 1536;
    private static final Duration BRIEF_TIMEOUT = Duration.ofMinutes(3);

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void tenBombsInARowEndFailedAndTheNextFileIsReady(@TempDir Path dataDir) throws Exception {
        Process stack = startStack(dataDir);
        try {
            Endpoints endpoints = awaitEndpoints(dataDir, stack);
            List<String> bombIds = new ArrayList<>();
            try (S3Client s3 = AwsClients.s3(LocalStack.settings(endpoints))) {
                for (int i = 1; i <= 10; i++) {
                    String key = "bombs/bomb-" + i + ".pdf";
                    byte[] bomb = HostilePdfs.bomb(BOMB_MIB, "bomb " + i);
                    s3.putObject(r -> r.bucket(endpoints.bucket()).key(key).contentType("application/pdf"),
                            RequestBody.fromBytes(bomb));
                    bombIds.add(BriefIds.of(endpoints.bucket(), key));
                }
                s3.putObject(r -> r.bucket(endpoints.bucket()).key("after-the-bombs.txt")
                        .contentType("text/plain; charset=utf-8"), RequestBody.fromString(RunningStack.STORY));
            }
            for (String id : bombIds) {
                JsonNode brief = awaitFinished(endpoints, id, stack);
                assertEquals("FAILED", brief.get("status").asText(), brief::toString);
                assertEquals("RESOURCE_LIMIT", brief.at("/error/code").asText(), brief::toString);
                assertTrue(brief.at("/error/message").asText().contains("decompression bomb"), brief::toString);
            }
            JsonNode next = awaitFinished(endpoints, BriefIds.of(endpoints.bucket(), "after-the-bombs.txt"), stack);
            assertEquals("READY", next.get("status").asText(), next::toString);
            assertTrue(stack.isAlive(), "the stack's JVM died");
        } finally {
            stack.destroy();
            if (!stack.waitFor(30, TimeUnit.SECONDS)) {
                stack.destroyForcibly();
            }
        }
    }

    private static Process startStack(Path dataDir) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-Xmx" + HEAP_MB + "m", "-XX:+UseSerialGC",
                "-cp", System.getProperty("java.class.path"), "dev.briefs.local.cli.BriefsCli", "up",
                "--api-port", "0", "--s3-port", "0", "--dynamodb-port", "0", "--concurrency", "1", "--no-sample",
                "--data-dir", dataDir.toString())
                .redirectErrorStream(true)
                .redirectOutput(dataDir.resolve("stack.out").toFile())
                .start();
    }

    private static Endpoints awaitEndpoints(Path dataDir, Process stack) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(1));
        while (Instant.now().isBefore(deadline) && stack.isAlive()) {
            if (Files.exists(dataDir.resolve(Endpoints.FILE_NAME))) {
                return Endpoints.read(dataDir);
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the stack did not start (alive: " + stack.isAlive() + ")");
    }

    private JsonNode awaitFinished(Endpoints endpoints, String id, Process stack) throws Exception {
        Instant deadline = Instant.now().plus(BRIEF_TIMEOUT);
        while (Instant.now().isBefore(deadline) && stack.isAlive()) {
            Optional<JsonNode> brief = RunningStack.finished(http.send(HttpRequest.newBuilder(
                    URI.create(endpoints.apiUrl() + "/briefs/" + id)).build(), HttpResponse.BodyHandlers.ofString()));
            if (brief.isPresent()) {
                return brief.get();
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no finished brief " + id + " (stack alive: " + stack.isAlive() + ")");
    }
}
