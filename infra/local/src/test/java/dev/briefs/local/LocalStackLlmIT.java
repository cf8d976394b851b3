package dev.briefs.local;

import com.fasterxml.jackson.databind.JsonNode;
import dev.briefs.aws.AwsClients;
import dev.briefs.json.BriefJson;
import dev.briefs.store.BriefIds;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The local stack with BRIEFS_LLM_PROVIDER=openai against a scripted OpenAI-compatible server: a verified LLM brief
 * when the server answers (invented items gone), the extractive fallback with its reason when it fails for good.
 */
class LocalStackLlmIT {

    private static final String STORY = RunningStack.STORY;

    /** A structured answer with one real quote and actor, plus an invented quote and an invented actor. */
    private static final String ANSWER = """
            {"headlineShift": {"before": "Night ferries were banned", "after": "Night ferries approved from March",
              "trigger": "A port authority vote"},
             "actors": [{"name": "Ana Ruiz", "role": "chair of the port authority", "type": "person"},
                        {"name": "Boris Vance", "role": "mayor", "type": "person"}],
             "quotes": [{"speaker": "Ana Ruiz", "text": "We listened to shift workers,"},
                        {"speaker": "Ana Ruiz", "text": "This is a great day for the harbour."}],
             "nextSteps": [{"actor": "Bluewater Lines", "action": "run the first night crossing", "when": "March 3"}]}
            """;

    private ScriptedOpenAiServer llm;

    @BeforeEach
    void startScriptedServer() throws IOException {
        llm = new ScriptedOpenAiServer(ANSWER);
    }

    @AfterEach
    void stopScriptedServer() {
        llm.close();
    }

    @Test
    void aDroppedArticleGetsAVerifiedLlmBriefAndFallsBackWhenTheServerFails(@TempDir Path dataDir) throws Exception {
        Map<String, String> env = Map.of(
                "BRIEFS_LLM_PROVIDER", "openai",
                "BRIEFS_LLM_BASE_URL", llm.baseUrl(),
                "BRIEFS_LLM_MODEL", "llama3.1",
                "BRIEFS_LLM_TIMEOUT", "5s");
        try (LocalStack stack = LocalStack.start(new LocalStack.Options(0, 0, 0, dataDir, 2, env), delivery -> { })) {
            JsonNode brief = dropAndAwait(stack.endpoints(), "ferries.txt", STORY);
            assertEquals("READY", brief.get("status").asText());
            JsonNode engine = brief.get("engine");
            assertEquals("openai", engine.get("provider").asText());
            assertEquals("llama3.1", engine.get("model").asText());
            assertTrue(engine.get("inputTokens").asInt() > 0);
            assertEquals(1, engine.get("verification").get("droppedQuotes").asInt());
            assertEquals(1, engine.get("verification").get("droppedActors").asInt());
            assertEquals(1, brief.get("quotes").size());
            String quote = brief.get("quotes").get(0).get("text").asText();
            assertTrue(STORY.contains(quote.replaceAll("[,.]$", "")), quote);
            assertFalse(brief.get("actors").toString().contains("Boris Vance"));
            assertFalse(brief.get("quotes").toString().contains("great day"));
            assertTrue(engine.get("verification").get("dropped").toString().contains("Boris Vance"),
                    "what was dropped is recorded");

            // A permanent failure (a rejected key) falls back at once; a busy model would be waited for instead.
            llm.answerWith(401);
            // Other content: identical content would reuse the stored analysis instead of calling the model.
            JsonNode fallback = dropAndAwait(stack.endpoints(), "ferries again.txt", STORY + "The vote was 7 to 2.\n");
            assertEquals("READY", fallback.get("status").asText());
            assertEquals("extractive", fallback.get("engine").get("provider").asText());
            assertTrue(fallback.get("engine").get("fallbackReason").asText().contains("HTTP 401"),
                    fallback.get("engine").get("fallbackReason").asText());
        }
    }


    private static JsonNode dropAndAwait(Endpoints endpoints, String key, String text) throws Exception {
        try (S3Client s3 = AwsClients.s3(LocalStack.settings(endpoints))) {
            s3.putObject(r -> r.bucket(endpoints.bucket()).key(key), RequestBody.fromString(text));
        }
        HttpClient http = HttpClient.newHttpClient();
        URI uri = URI.create(endpoints.apiUrl() + "/briefs/" + BriefIds.of(endpoints.bucket(), key));
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline)) {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 200) {
                JsonNode brief = BriefJson.mapper().readTree(response.body());
                if (!brief.get("status").asText().equals("PROCESSING")) {
                    return brief;
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no brief for " + key);
    }
}
