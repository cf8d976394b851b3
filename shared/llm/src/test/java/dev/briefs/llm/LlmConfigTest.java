package dev.briefs.llm;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LlmConfigTest {

    private static Map<String, String> env(String... pairs) {
        Map<String, String> env = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            env.put(pairs[i], pairs[i + 1]);
        }
        return env;
    }

    private static String failure(Map<String, String> env) {
        return assertThrows(IllegalArgumentException.class, () -> LlmConfig.fromEnvironment(env)).getMessage();
    }

    @Test
    void noProviderMeansTheExtractiveEngine() {
        assertEquals(LlmProvider.EXTRACTIVE, LlmConfig.fromEnvironment(Map.of()).provider());
        assertEquals(LlmProvider.EXTRACTIVE, LlmConfig.fromEnvironment(env("BRIEFS_LLM_PROVIDER", " ")).provider());
        LlmConfig extractive = LlmConfig.fromEnvironment(env("BRIEFS_LLM_PROVIDER", "Extractive",
                "BRIEFS_LLM_TIMEOUT", "not read"));
        assertFalse(extractive.usesModel(), "the other variables are not read for the extractive engine");
    }

    @Test
    void readsAFullOpenAiConfigurationWithDefaults() {
        LlmConfig config = LlmConfig.fromEnvironment(env("BRIEFS_LLM_PROVIDER", "openai",
                "BRIEFS_LLM_MODEL", "gpt-4o-mini", "BRIEFS_LLM_API_KEY", "sk-1"));

        assertEquals(LlmProvider.OPENAI, config.provider());
        assertEquals("gpt-4o-mini", config.model());
        assertEquals("sk-1", config.apiKey());
        assertNull(config.baseUrl());
        assertEquals(Duration.ofSeconds(60), config.timeout());
        assertEquals(12_000, config.maxInputTokens());
    }

    @Test
    void aLocalOpenAiCompatibleServerNeedsNoKey() {
        LlmConfig config = LlmConfig.fromEnvironment(env("BRIEFS_LLM_PROVIDER", "openai",
                "BRIEFS_LLM_MODEL", "llama3.2", "BRIEFS_LLM_BASE_URL", "http://127.0.0.1:11434/v1"));

        assertEquals(URI.create("http://127.0.0.1:11434/v1"), config.baseUrl());
        assertNull(config.apiKey());
    }

    @Test
    void bedrockNeedsNoKeyAndRefusesOne() {
        assertTrue(LlmConfig.fromEnvironment(env("BRIEFS_LLM_PROVIDER", "bedrock",
                "BRIEFS_LLM_MODEL", "anthropic.claude-3-haiku-20240307-v1:0")).usesModel());
        assertEquals("BRIEFS_LLM_API_KEY is not used when BRIEFS_LLM_PROVIDER=bedrock: Bedrock calls are signed with "
                + "the function's IAM role", failure(env("BRIEFS_LLM_PROVIDER", "bedrock", "BRIEFS_LLM_MODEL", "m",
                "BRIEFS_LLM_API_KEY", "k")));
    }

    @Test
    void invalidConfigurationNamesTheVariable() {
        assertEquals("BRIEFS_LLM_PROVIDER must be one of extractive, openai, anthropic, bedrock; was \"gemini\"",
                failure(env("BRIEFS_LLM_PROVIDER", "gemini")));
        assertEquals("BRIEFS_LLM_MODEL is required when BRIEFS_LLM_PROVIDER=openai",
                failure(env("BRIEFS_LLM_PROVIDER", "openai", "BRIEFS_LLM_API_KEY", "k")));
        assertEquals("BRIEFS_LLM_API_KEY or BRIEFS_LLM_API_KEY_SECRET is required when BRIEFS_LLM_PROVIDER=anthropic",
                failure(env("BRIEFS_LLM_PROVIDER", "anthropic", "BRIEFS_LLM_MODEL", "claude")));
        assertTrue(failure(env("BRIEFS_LLM_PROVIDER", "openai", "BRIEFS_LLM_MODEL", "gpt"))
                .startsWith("BRIEFS_LLM_API_KEY or BRIEFS_LLM_API_KEY_SECRET is required when BRIEFS_LLM_PROVIDER=openai"));
        assertEquals("Set only one of BRIEFS_LLM_API_KEY and BRIEFS_LLM_API_KEY_SECRET",
                failure(env("BRIEFS_LLM_PROVIDER", "anthropic", "BRIEFS_LLM_MODEL", "claude",
                        "BRIEFS_LLM_API_KEY", "k", "BRIEFS_LLM_API_KEY_SECRET", "s")));
        assertTrue(failure(env("BRIEFS_LLM_PROVIDER", "openai", "BRIEFS_LLM_MODEL", "m",
                "BRIEFS_LLM_BASE_URL", "localhost:11434")).startsWith("BRIEFS_LLM_BASE_URL must be an http or https URL"));
        assertTrue(failure(env("BRIEFS_LLM_PROVIDER", "openai", "BRIEFS_LLM_MODEL", "m", "BRIEFS_LLM_API_KEY", "k",
                "BRIEFS_LLM_TIMEOUT", "1m")).startsWith("BRIEFS_LLM_TIMEOUT must be a positive duration"));
        assertEquals("BRIEFS_LLM_MAX_INPUT_TOKENS must be a whole number of at least 1000; was \"500\"",
                failure(env("BRIEFS_LLM_PROVIDER", "openai", "BRIEFS_LLM_MODEL", "m", "BRIEFS_LLM_API_KEY", "k",
                        "BRIEFS_LLM_MAX_INPUT_TOKENS", "500")));
    }

    @ParameterizedTest
    @CsvSource({"60, 60000", "60s, 60000", "1500ms, 1500", " 2 s , 2000", "90S, 90000"})
    void readsTimeoutsInSecondsOrMilliseconds(String value, long millis) {
        assertEquals(Duration.ofMillis(millis), LlmConfig.timeout(value.strip()));
    }

    @ParameterizedTest
    @CsvSource({"0", "-5", "1.5s", "abc", "10 minutes"})
    void refusesOtherTimeouts(String value) {
        assertThrows(IllegalArgumentException.class, () -> LlmConfig.timeout(value));
    }

    @Test
    void neverPrintsTheKey() {
        LlmConfig config = LlmConfig.fromEnvironment(env("BRIEFS_LLM_PROVIDER", "anthropic",
                "BRIEFS_LLM_MODEL", "claude", "BRIEFS_LLM_API_KEY", "sk-ant-secret"));

        assertFalse(config.toString().contains("sk-ant-secret"), config.toString());
    }
}
