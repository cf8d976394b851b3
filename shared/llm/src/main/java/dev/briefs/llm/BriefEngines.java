package dev.briefs.llm;

import dev.briefs.engine.BriefEngine;
import dev.briefs.llm.anthropic.AnthropicBackend;
import dev.briefs.aws.AwsSettings;
import dev.briefs.llm.aws.SecretsManagerSecretReader;
import dev.briefs.llm.bedrock.BedrockBackend;
import dev.briefs.llm.openai.OpenAiBackend;

import java.time.Clock;
import java.util.Map;

/** Chooses the brief engine the configuration names. The entry point for the functions and the CLI. */
public final class BriefEngines {

    private BriefEngines() {
    }

    /**
     * The engine {@code env} configures (see {@link LlmConfig} for the variables), validated now so that a bad
     * configuration fails at start-up. An API key in Secrets Manager ({@value LlmConfig#API_KEY_SECRET}) is read on
     * first use and every few minutes after ({@link RotatingKeyEngine}), never here: a SnapStart snapshot taken after
     * this call holds no key, and a rotated key takes effect without a new version.
     *
     * @param env        the environment, usually {@code System.getenv()}
     * @param extractive the extractive engine: the engine itself when no model is configured, else the fallback
     * @return {@code extractive} itself, or an {@link LlmBriefEngine} that falls back to it
     * @throws IllegalArgumentException naming the variable, when the configuration is invalid
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
        if (config.provider() == LlmProvider.BEDROCK) {
            return engine(config, BedrockBackend.create(config, AwsSettings.fromEnvironment(env)), extractive, sleeper);
        }
        if (config.apiKeySecretId() == null) {
            return engineWithKey(config, config.apiKey(), extractive, sleeper);
        }
        return new RotatingKeyEngine(secrets, config.apiKeySecretId(),
                key -> engineWithKey(config, key, extractive, sleeper), Clock.systemUTC());
    }

    private static BriefEngine engineWithKey(LlmConfig config, String apiKey, BriefEngine extractive,
                                             Sleeper sleeper) {
        ChatBackend backend = switch (config.provider()) {
            case OPENAI -> OpenAiBackend.create(config, apiKey);
            case ANTHROPIC -> AnthropicBackend.create(config, apiKey);
            case BEDROCK, EXTRACTIVE -> throw new AssertionError("handled by the caller");
        };
        return engine(config, backend, extractive, sleeper);
    }

    private static BriefEngine engine(LlmConfig config, ChatBackend backend, BriefEngine extractive,
                                      Sleeper sleeper) {
        return LlmBriefEngine.builder()
                .backend(backend)
                .fallback(extractive)
                .maxInputTokens(config.maxInputTokens())
                .timeout(config.timeout())
                .sleeper(sleeper)
                .build();
    }
}
