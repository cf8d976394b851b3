package dev.briefs.llm.anthropic;

import dev.briefs.llm.BriefSchema;
import dev.briefs.llm.ChatBackend;
import dev.briefs.llm.LlmConfig;
import dev.briefs.llm.LlmProvider;
import dev.briefs.llm.http.HttpFailureDetails;
import dev.briefs.llm.http.RetryAfterAwareHttpClient;
import dev.langchain4j.model.anthropic.AnthropicChatModel;
import dev.langchain4j.model.chat.request.ToolChoice;

/**
 * Anthropic's Messages API. Structured output is a forced tool call: the model must call {@code submit_brief}, whose
 * input schema is the brief's, and the brief is the call's input. Tool use works on every Claude model, where the
 * newer {@code output_config} JSON schema works only on some.
 */
public final class AnthropicBackend {

    /** Room for a long brief; LangChain4j's default of 1,024 output tokens can cut one off. */
    static final int MAX_OUTPUT_TOKENS = 4_096;

    private AnthropicBackend() {
    }

    /**
     * @param config the configuration; {@code baseUrl} null for api.anthropic.com
     * @param apiKey the key
     */
    public static ChatBackend create(LlmConfig config, String apiKey) {
        AnthropicChatModel model = AnthropicChatModel.builder()
                .httpClientBuilder(RetryAfterAwareHttpClient.builder())
                .baseUrl(config.baseUrl() == null ? null : config.baseUrl().toString())
                .apiKey(apiKey)
                .modelName(config.model())
                .timeout(config.timeout())
                .maxRetries(0)
                .maxTokens(MAX_OUTPUT_TOKENS)
                .toolSpecifications(BriefSchema.TOOL)
                .toolChoice(ToolChoice.REQUIRED)
                .toolChoiceName(BriefSchema.TOOL_NAME)
                .build();
        return new ChatBackend(LlmProvider.ANTHROPIC.id(), config.model(), model, HttpFailureDetails.INSTANCE);
    }
}
