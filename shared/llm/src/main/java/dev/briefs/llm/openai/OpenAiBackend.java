package dev.briefs.llm.openai;

import dev.briefs.llm.BriefSchema;
import dev.briefs.llm.ChatBackend;
import dev.briefs.llm.LlmConfig;
import dev.briefs.llm.LlmProvider;
import dev.briefs.llm.http.HttpFailureDetails;
import dev.briefs.llm.http.RetryAfterAwareHttpClient;
import dev.langchain4j.model.openai.OpenAiChatModel;

/**
 * OpenAI's chat completions API and the servers that speak it (Ollama's /v1, vLLM, LM Studio, llama.cpp). Structured
 * output is the {@code json_schema} response format in strict mode: OpenAI constrains decoding to the schema; the
 * compatible servers constrain it with a grammar or, where they ignore it, the engine's tolerant reading and repair
 * call catch what comes back.
 */
public final class OpenAiBackend {

    private OpenAiBackend() {
    }

    /**
     * @param config the configuration; {@code baseUrl} null for api.openai.com
     * @param apiKey the key, or null for a server that needs none
     */
    public static ChatBackend create(LlmConfig config, String apiKey) {
        OpenAiChatModel model = OpenAiChatModel.builder()
                .httpClientBuilder(RetryAfterAwareHttpClient.builder())
                .baseUrl(config.baseUrl() == null ? null : config.baseUrl().toString())
                .apiKey(apiKey)
                .modelName(config.model())
                .timeout(config.timeout())
                .maxRetries(0)
                .responseFormat(BriefSchema.RESPONSE_FORMAT)
                .strictJsonSchema(true)
                .build();
        return new ChatBackend(LlmProvider.OPENAI.id(), config.model(), model, HttpFailureDetails.INSTANCE);
    }
}
