package dev.briefs.llm;

import dev.briefs.brief.BriefContent;
import dev.briefs.engine.BriefEngine;
import dev.briefs.llm.ScriptedServer.Recorded;
import dev.briefs.llm.ScriptedServer.Reply;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BriefEnginesTest {

    private final StubExtractiveEngine extractive = new StubExtractiveEngine();

    @Test
    void theExtractiveEngineItselfWhenNoModelIsConfigured() {
        assertSame(extractive, BriefEngines.fromEnvironment(Map.of(), extractive));
        assertSame(extractive, BriefEngines.fromEnvironment(Map.of(LlmConfig.PROVIDER, "extractive"), extractive));
    }

    @Test
    void anLlmEngineWithTheExtractiveFallbackOtherwise() {
        BriefEngine engine = BriefEngines.fromEnvironment(Map.of(LlmConfig.PROVIDER, "anthropic",
                LlmConfig.MODEL, "claude", LlmConfig.API_KEY, "k"), extractive);

        assertInstanceOf(LlmBriefEngine.class, engine);
    }

    @Test
    void validatesAtStartUp() {
        IllegalArgumentException failure = assertThrows(IllegalArgumentException.class,
                () -> BriefEngines.fromEnvironment(Map.of(LlmConfig.PROVIDER, "anthropic"), extractive));
        assertEquals("BRIEFS_LLM_MODEL is required when BRIEFS_LLM_PROVIDER=anthropic", failure.getMessage());
    }

    @Test
    void bedrockWithoutARegionUsesTheProjectsOneDefaultRegion() {
        // One AwsSettings for every client: the same default region as the S3 and DynamoDB clients.
        assertInstanceOf(LlmBriefEngine.class, BriefEngines.fromEnvironment(
                Map.of(LlmConfig.PROVIDER, "bedrock", LlmConfig.MODEL, "m"), extractive));
    }

    @Test
    void readsTheKeyFromTheSecretOnFirstUseNotAtStartUpAndSendsIt() {
        List<String> secretsRead = new ArrayList<>();
        try (ScriptedServer server = ScriptedServer.replying(
                new OpenAiProviderTest.OpenAiWire().answer(Fixtures.railBrief(), 10, 10))) {
            BriefEngine engine = BriefEngines.fromEnvironment(Map.of(LlmConfig.PROVIDER, "openai",
                    LlmConfig.MODEL, "gpt-test", LlmConfig.BASE_URL, server.baseUri() + "/v1",
                    LlmConfig.API_KEY_SECRET, "briefs/openai"), extractive, id -> {
                        secretsRead.add(id);
                        return "sk-from-secret";
                    });
            assertEquals(List.of(), secretsRead, "nothing read before a SnapStart snapshot could hold it");
            BriefContent first = engine.brief(Fixtures.RAIL);
            engine.brief(Fixtures.RAIL);

            assertEquals("openai", first.engine().provider());
            assertEquals(List.of("briefs/openai"), secretsRead, "read once within its time to live");
            for (Recorded request : server.requests()) {
                assertEquals("Bearer sk-from-secret", request.header("Authorization"));
            }
        }
    }

    @Test
    void aSecretThatCannotBeReadFailsTheBriefNamingTheVariable() {
        BriefEngine engine = BriefEngines.fromEnvironment(Map.of(LlmConfig.PROVIDER, "anthropic",
                LlmConfig.MODEL, "claude", LlmConfig.API_KEY_SECRET, "briefs/missing"), extractive, id -> {
                    throw new IllegalStateException("ResourceNotFoundException");
                });
        IllegalStateException failure = assertThrows(IllegalStateException.class, () -> engine.brief(Fixtures.RAIL));

        assertTrue(failure.getMessage().contains("\"briefs/missing\" named by BRIEFS_LLM_API_KEY_SECRET"),
                failure.getMessage());
    }

    @Test
    void readsTheSecretFromSecretsManagerThroughTheEndpointOverride() {
        try (ScriptedServer secretsManager = ScriptedServer.replying(Reply.json(200,
                "{\"ARN\":\"arn:aws:secretsmanager:eu-west-1:123456789012:secret:briefs/openai-AbCdEf\","
                        + "\"Name\":\"briefs/openai\",\"SecretString\":\"{\\\"apiKey\\\":\\\"sk-managed\\\"}\","
                        + "\"VersionId\":\"v1\",\"CreatedDate\":1.7E9}"));
             ScriptedServer openAi = ScriptedServer.replying(
                     new OpenAiProviderTest.OpenAiWire().answer(Fixtures.railBrief(), 10, 10))) {
            BriefEngine engine = BriefEngines.fromEnvironment(Map.of(LlmConfig.PROVIDER, "openai",
                    LlmConfig.MODEL, "gpt-test", LlmConfig.BASE_URL, openAi.baseUri() + "/v1",
                    LlmConfig.API_KEY_SECRET, "briefs/openai", "AWS_REGION", "eu-west-1",
                    "AWS_ACCESS_KEY_ID", "AKIDTEST", "AWS_SECRET_ACCESS_KEY", "secret",
                    "AWS_ENDPOINT_URL_SECRETS_MANAGER", secretsManager.baseUri().toString()), extractive);

            engine.brief(Fixtures.RAIL);

            Recorded getSecret = secretsManager.requests().getFirst();
            assertEquals("secretsmanager.GetSecretValue", getSecret.header("X-Amz-Target"));
            assertEquals("briefs/openai", getSecret.json().path("SecretId").asText());
            assertEquals("Bearer sk-managed", openAi.requests().getFirst().header("Authorization"));
        }
    }
}
