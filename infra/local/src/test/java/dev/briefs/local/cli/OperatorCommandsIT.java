package dev.briefs.local.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.briefs.aws.AwsClients;
import dev.briefs.local.Endpoints;
import dev.briefs.local.LocalStack;
import dev.briefs.local.RunningStack;
import dev.briefs.local.ScriptedOpenAiServer;
import dev.briefs.standins.Ports;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.s3.S3Client;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code ./briefs status} and {@code ./briefs reprocess} against a running stack whose LLM first rejects its key (so
 * briefs fall back to the extractive engine) and then, once "fixed", answers: reprocessing must reach the LLM.
 */
class OperatorCommandsIT {

    private static final String STORY = RunningStack.STORY;
    private static final String ANSWER = """
            {"headlineShift": {"before": "Night ferries were banned", "after": "Night ferries approved from March",
              "trigger": "A port authority vote"},
             "actors": [{"name": "Ana Ruiz", "role": "chair of the port authority", "type": "person"}],
             "quotes": [{"speaker": "Ana Ruiz", "text": "We listened to shift workers,"}],
             "nextSteps": []}
            """;

    /** The scripted LLM first answers 401, a wrong key, which no retry cures. */
    private ScriptedOpenAiServer llm;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void startScriptedLlm() throws IOException {
        llm = new ScriptedOpenAiServer(ANSWER);
        llm.answerWith(401);
    }

    @AfterEach
    void stopScriptedLlm() {
        llm.close();
    }

    @Test
    void statusCountsBriefsAndReprocessBriefsAgainThroughTheBucket(@TempDir Path dataDir) throws Exception {
        Map<String, String> env = Map.of("BRIEFS_LLM_PROVIDER", "openai",
                "BRIEFS_LLM_BASE_URL", llm.baseUrl(),
                "BRIEFS_LLM_MODEL", "llama3.1", "BRIEFS_LLM_TIMEOUT", "5s");
        try (RunningStack stack = RunningStack.start(dataDir, env)) {
            String original = stack.upload("ferries.txt", STORY);
            assertFellBack(stack.awaitFinished(original, Map.of()));
            // Identical content under another key: a fallback brief is no analysis to copy, so the LLM is asked again.
            String copy = stack.upload("ferries copy.txt", STORY);
            assertFellBack(stack.awaitFinished(copy, Map.of()));
            assertEquals(2, llm.calls());
            String empty = stack.upload("empty.txt", "");
            JsonNode failed = stack.awaitFinished(empty, Map.of());

            assertEquals(0, cli("status", "--data-dir", dataDir.toString()));
            String status = stdout();
            assertTrue(status.contains("API       " + stack.apiUrl()), status);
            assertTrue(status.contains("bucket " + LocalStack.BUCKET) && status.contains("table " + LocalStack.TABLE));
            assertTrue(status.contains("briefs    3"), status);
            assertTrue(status.contains("READY           2   (2 by the fallback engine)"), status);
            assertTrue(status.contains("FAILED          1"), status);
            assertTrue(status.contains("PROCESSING      0"), status);
            assertTrue(status.contains(empty + "  empty.txt  EMPTY_FILE"), status);

            llm.answerWith(200);
            // The copy still holds its fallback brief: reprocessing the original must not copy it back.
            assertEquals(0, cli("reprocess", original, "--data-dir", dataDir.toString()));
            assertTrue(stdout().contains(original + "  READY  ferries.txt  \"Harbour authority approves night ferries\" by openai"),
                    stdout());
            assertByTheLlm(stack.awaitFinished(original, Map.of()));

            assertEquals(0, cli("reprocess", "--fallback", "--data-dir", dataDir.toString()));
            assertByTheLlm(stack.awaitFinished(copy, Map.of()));
            assertTrue(stderr().contains(copy + ": re-delivered s3://briefs-articles/ferries copy.txt (was READY)"), stderr());

            assertEquals(1, cli("reprocess", "--failed", "--data-dir", dataDir.toString()), "an empty file fails again");
            assertTrue(stdout().contains(empty + "  FAILED  empty.txt  EMPTY_FILE"), stdout());
            JsonNode again = stack.awaitFinished(empty, Map.of());
            assertTrue(Instant.parse(again.get("createdAt").asText()).isAfter(Instant.parse(failed.get("createdAt").asText())),
                    "a new run, not the old record");

            assertEquals(0, cli("status", "--data-dir", dataDir.toString()));
            assertFalse(stdout().contains("fallback engine"), stdout());

            try (S3Client s3 = AwsClients.s3(LocalStack.settings(stack.endpoints()))) {
                s3.deleteObject(r -> r.bucket(LocalStack.BUCKET).key("empty.txt"));
            }
            stack.awaitGone(empty);
            assertEquals(0, cli("reprocess", "--failed", "--data-dir", dataDir.toString()), "its brief went with it");
            assertTrue(stdout().contains("Nothing to reprocess."), stdout());
            assertEquals(1, cli("reprocess", empty, "--data-dir", dataDir.toString()));
            assertTrue(stderr().contains(empty + ": no such brief"), stderr());
        }
    }

    @Test
    void withoutARunningStackTheCommandsSaySoAndFail(@TempDir Path dataDir) {
        assertEquals(1, cli("status", "--data-dir", dataDir.toString()));
        assertTrue(stderr().contains("No local stack found") && stderr().contains("./briefs up"), stderr());

        // endpoints.json left behind by a stack that was killed: nothing answers at its address.
        new Endpoints("http://127.0.0.1:" + Ports.free(), "http://127.0.0.1:1", LocalStack.BUCKET, LocalStack.DERIVED_BUCKET, "http://127.0.0.1:1",
                LocalStack.TABLE, LocalStack.REGION, "k", "s", "http://127.0.0.1:1", "http://127.0.0.1:1/0/q",
                "http://127.0.0.1:1/0/dlq").write(dataDir);
        assertEquals(1, cli("reprocess", "--failed", "--data-dir", dataDir.toString()));
        assertTrue(stderr().contains("No local stack answers at"), stderr());

        assertEquals(2, cli("reprocess", "--data-dir", dataDir.toString()));
        assertEquals(2, cli("reprocess", "not-an-id", "--data-dir", dataDir.toString()));
    }

    private int cli(String... args) {
        out.reset();
        err.reset();
        return BriefsCli.run(new ArrayList<>(List.of(args)), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private static void assertFellBack(JsonNode brief) {
        assertEquals("READY", brief.get("status").asText());
        assertEquals("extractive", brief.get("engine").get("provider").asText());
        assertTrue(brief.get("engine").has("fallbackReason"), brief.toString());
    }

    private static void assertByTheLlm(JsonNode brief) {
        assertEquals("READY", brief.get("status").asText());
        assertEquals("openai", brief.get("engine").get("provider").asText(), brief.toString());
        assertFalse(brief.get("engine").has("fallbackReason"), brief.toString());
    }

}
