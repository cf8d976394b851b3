package dev.briefs.llm;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The engines {@code BRIEFS_LLM_PROVIDER} can name. */
public enum LlmProvider {
    /** No model: the extractive engine alone. */
    EXTRACTIVE("extractive"),
    /** Any server that speaks OpenAI's chat completions API: OpenAI, Ollama's /v1, vLLM, LM Studio, llama.cpp. */
    OPENAI("openai"),
    /** Anthropic's Messages API. */
    ANTHROPIC("anthropic"),
    /** Amazon Bedrock's Converse API, signed with the function's IAM role. */
    BEDROCK("bedrock");

    private final String id;

    LlmProvider(String id) {
        this.id = id;
    }

    /** The name used in configuration and in {@code engine.provider}. */
    public String id() {
        return id;
    }

    /** The provider a configuration value names, ignoring case and surrounding blanks. */
    public static Optional<LlmProvider> fromId(String value) {
        String wanted = value.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(provider -> provider.id.equals(wanted)).findFirst();
    }

    /** The accepted values, for error messages. */
    static String ids() {
        return Arrays.stream(values()).map(LlmProvider::id).collect(Collectors.joining(", "));
    }
}
