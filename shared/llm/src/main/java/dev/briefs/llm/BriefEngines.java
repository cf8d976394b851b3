package dev.briefs.llm;

import dev.briefs.engine.BriefEngine;
import dev.briefs.llm.anthropic.AnthropicBackend;
import dev.briefs.aws.AwsSettings;
import dev.briefs.llm.aws.SecretsManagerSecretReader;
import dev.briefs.llm.bedrock.BedrockBackend;
import dev.briefs.llm.openai.OpenAiBackend;

import java.util.Map;

/** Chooses the brief engine the configuration names. The entry point for the functions and the CLI. */
public final class BriefEngines {

    private BriefEngines() {
    }

    /**
     * The engine {@code env} configures (see {@link LlmConfig} for the variables), validated now so that a bad
     * configuration fails at start-up. An API key in Secrets Manager ({@value LlmConfig#API_KEY_SECRET}) is read
     * here, once: call this once per container and keep the engine.
     *
     * @param env        the environment, usually {@code System.getenv()}
     * @param extractive the extractive engine: the engine itself when no model is configured, else the fallback
     * @return {@code extractive} itself, or an {@link LlmBriefEngine} that falls back to it
     * @throws IllegalArgumentException naming the variable, when the configuration is invalid
     * @throws IllegalStateException    when the API key secret cannot be read
     */
    public static BriefEngine fromEnvironment(Map<String, String> env, BriefEngine extractive) {
        return fromEnvironment(env, extractive, secretId -> new SecretsManagerSecretReader(
                AwsSettings.fromEnvironment(env)).read(secretId));
    }

    /** As {@link #fromEnvironment(Map, BriefEngine)}, with the secret read by {@code secrets}. */
    public static BriefEngine fromEnvironment(Map<String, String> env, BriefEngine extractive, SecretReader secrets) {
        return fromEnvironment(env, extractive, secrets, Sleeper.REAL);
    }

    /** As {@link #fromEnvironment(Map, BriefEngine, SecretReader)}, waiting between retries with {@code sleeper}. */
    static BriefEngine fromEnvironment(Map<String, String> env, BriefEngine extractive, SecretReader secrets,
                                       Sleeper sleeper) {
        LlmConfig config = LlmConfig.fromEnvironment(env);
        if (!config.usesModel()) {
            return extractive;
        }
        ChatBackend backend = switch (config.provider()) {
            case OPENAI -> OpenAiBackend.create(config, apiKey(config, secrets));
            case ANTHROPIC -> AnthropicBackend.create(config, apiKey(config, secrets));
            case BEDROCK -> BedrockBackend.create(config, AwsSettings.fromEnvironment(env));
            case EXTRACTIVE -> throw new AssertionError("returned above");
        };
        return LlmBriefEngine.builder()
                .backend(backend)
                .fallback(extractive)
                .maxInputTokens(config.maxInputTokens())
                .timeout(config.timeout())
                .sleeper(sleeper)
                .build();
    }

    private static String apiKey(LlmConfig config, SecretReader secrets) {
        if (config.apiKeySecretId() == null) {
            return config.apiKey();
        }
        try {
            return secrets.read(config.apiKeySecretId());
        } catch (RuntimeException e) {
            throw new IllegalStateException("Cannot read the API key from the secret \"" + config.apiKeySecretId()
                    + "\" named by " + LlmConfig.API_KEY_SECRET + ": " + e.getMessage(), e);
        }
    }
}
