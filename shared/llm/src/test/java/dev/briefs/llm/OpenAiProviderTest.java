package dev.briefs.llm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.briefs.llm.ScriptedServer.Recorded;
import dev.briefs.llm.ScriptedServer.Reply;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The OpenAI adapter against a server speaking the chat completions API. */
class OpenAiProviderTest extends ProviderContractTest {

    @Override
    ProviderWire wire() {
        return new OpenAiWire();
    }

    @Override
    String provider() {
        return "openai";
    }

    @Override
    void assertProviderRequest(Recorded recorded) {
        JsonNode request = recorded.json();
        assertEquals("Bearer sk-test", recorded.header("Authorization"));
        JsonNode format = request.path("response_format");
        assertEquals("json_schema", format.path("type").asText(), request.toString());
        assertTrue(format.path("json_schema").path("strict").asBoolean(), "strict mode");
        JsonNode schema = format.path("json_schema").path("schema");
        assertEquals(List.of("headlineShift", "actors", "quotes", "nextSteps"),
                ScriptedServer.JSON.convertValue(schema.path("required"), List.class));
        assertEquals("gpt-test", request.path("model").asText());
    }

    @Override
    void assertRepairMessage(JsonNode lastMessage) {
        assertEquals("user", lastMessage.path("role").asText());
        assertTrue(lastMessage.path("content").isTextual(), lastMessage.toString());
    }

    /** OpenAI chat completions: the brief is the assistant message's content. */
    static final class OpenAiWire implements ProviderWire {

        @Override
        public Map<String, String> env(URI server) {
            return Map.of(LlmConfig.PROVIDER, "openai", LlmConfig.MODEL, "gpt-test",
                    LlmConfig.BASE_URL, server + "/v1", LlmConfig.API_KEY, "sk-test");
        }

        @Override
        public String model() {
            return "gpt-test";
        }

        @Override
        public String callPath() {
            return "/v1/chat/completions";
        }

        @Override
        public Reply answer(String briefJson, int inputTokens, int outputTokens) {
            ObjectNode body = ScriptedServer.JSON.createObjectNode()
                    .put("id", "chatcmpl-1").put("object", "chat.completion").put("created", 1_760_000_000)
                    .put("model", "gpt-test-2025-01-01");
            ObjectNode choice = body.putArray("choices").addObject().put("index", 0).put("finish_reason", "stop");
            choice.putObject("message").put("role", "assistant").put("content", briefJson);
            body.putObject("usage").put("prompt_tokens", inputTokens).put("completion_tokens", outputTokens)
                    .put("total_tokens", inputTokens + outputTokens);
            return Reply.json(200, body.toString());
        }

        @Override
        public Reply brokenAnswer() {
            String truncated = "Here is the brief:\n```json\n{\"headlineShift\": {\"before\": \"On hold\", \"after\": ";
            return answer(truncated, 500, 20);
        }

        @Override
        public String brokenAnswerFault() {
            return "the answer is not valid JSON";
        }

        @Override
        public Reply rateLimited(int seconds) {
            return Reply.json(429, "{\"error\":{\"message\":\"Rate limit reached for requests\",\"type\":\"requests\","
                    + "\"code\":\"rate_limit_exceeded\"}}").withHeader("Retry-After", String.valueOf(seconds));
        }

        @Override
        public Reply serverError() {
            return Reply.json(500, "{\"error\":{\"message\":\"The server had an error while processing your "
                    + "request.\",\"type\":\"server_error\"}}");
        }

        @Override
        public String system(Recorded request) {
            JsonNode first = request.json().path("messages").get(0);
            assertEquals("system", first.path("role").asText());
            return first.path("content").asText();
        }

        @Override
        public List<JsonNode> conversation(Recorded request) {
            List<JsonNode> messages = new ArrayList<>();
            request.json().path("messages").forEach(messages::add);
            return messages.subList(1, messages.size());
        }
    }
}
