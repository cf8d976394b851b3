package dev.briefs.brief;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Which engine made a brief, and what it cost. Fields other than provider and model are null when they do not apply.
 *
 * @param provider       {@code extractive}, {@code openai}, {@code anthropic} or {@code bedrock}
 * @param model          the model name, or the engine version for the extractive engine
 * @param fallbackReason why an LLM brief fell back to the extractive engine
 * @param latencyMs      wall time spent in the engine
 * @param inputTokens    tokens sent to the model
 * @param outputTokens   tokens received from the model
 * @param attempts       model calls made, retries and repairs included
 * @param verification   what verification dropped
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EngineInfo(String provider, String model, String fallbackReason, Long latencyMs,
                         Integer inputTokens, Integer outputTokens, Integer attempts, Verification verification) {

    public static EngineInfo of(String provider, String model) {
        return new EngineInfo(provider, model, null, null, null, null, null, null);
    }

    public EngineInfo withLatency(long millis) {
        return new EngineInfo(provider, model, fallbackReason, millis, inputTokens, outputTokens, attempts, verification);
    }

    public EngineInfo withFallbackReason(String reason) {
        return new EngineInfo(provider, model, reason, latencyMs, inputTokens, outputTokens, attempts, verification);
    }

    public EngineInfo withVerification(Verification result) {
        return new EngineInfo(provider, model, fallbackReason, latencyMs, inputTokens, outputTokens, attempts, result);
    }
}
