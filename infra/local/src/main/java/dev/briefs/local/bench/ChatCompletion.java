package dev.briefs.local.bench;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.briefs.json.BriefJson;

/** The body of an OpenAI chat-completions answer, for the scripted model servers of benchmarks and tests. */
public final class ChatCompletion {

    private ChatCompletion() {
    }

    /** A completed answer whose message is {@code content} (the brief JSON), with a token usage. */
    public static String of(String content) {
        ObjectNode response = BriefJson.mapper().createObjectNode();
        response.put("id", "chatcmpl-scripted").put("object", "chat.completion").put("created", 1)
                .put("model", "scripted");
        ObjectNode choice = response.putArray("choices").addObject();
        choice.put("index", 0).put("finish_reason", "stop");
        choice.putObject("message").put("role", "assistant").put("content", content);
        response.putObject("usage").put("prompt_tokens", 420).put("completion_tokens", 120).put("total_tokens", 540);
        return response.toString();
    }
}
