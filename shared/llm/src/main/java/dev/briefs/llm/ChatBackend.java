package dev.briefs.llm;

import dev.langchain4j.model.chat.ChatModel;

import java.util.Objects;

/**
 * One provider, ready to brief: its chat model configured to answer in the brief's schema (by a JSON-schema response
 * format or a forced tool call; the engine reads either), with LangChain4j's own retries off, since the engine
 * retries itself, and the means to read what LangChain4j's exceptions leave out.
 *
 * @param provider  the provider's id, for {@code engine.provider}
 * @param model     the model name, for {@code engine.model}
 * @param chatModel the configured model
 * @param failures  reads the HTTP status and {@code Retry-After} of a failed call
 */
public record ChatBackend(String provider, String model, ChatModel chatModel, FailureDetails failures) {

    public ChatBackend {
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(chatModel, "chatModel");
        Objects.requireNonNull(failures, "failures");
    }
}
