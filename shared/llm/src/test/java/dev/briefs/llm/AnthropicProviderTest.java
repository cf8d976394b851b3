package dev.briefs.llm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.briefs.llm.ScriptedServer.Recorded;
import dev.briefs.llm.ScriptedServer.Reply;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Anthropic adapter against a server speaking the Messages API. */
class AnthropicProviderTest extends ProviderContractTest {

    @Override
    ProviderWire wire() {
        return new AnthropicWire();
    }

    @Override
    String provider() {
        return "anthropic";
    }

    @Override
    void assertProviderRequest(Recorded recorded) {
        JsonNode request = recorded.json();
        assertEquals("sk-ant-test", recorded.header("x-api-key"));
        assertTrue(recorded.header("anthropic-version").matches("\\d{4}-\\d{2}-\\d{2}"),
                "the API version is a date: " + recorded.header("anthropic-version"));
        assertEquals("claude-test", request.path("model").asText());
        assertEquals(4096, request.path("max_tokens").asInt());
        JsonNode tool = request.path("tools").get(0);
        assertEquals("submit_brief", tool.path("name").asText(), request.toString());
        assertEquals(List.of("headlineShift", "actors", "quotes", "nextSteps"),
                ScriptedServer.JSON.convertValue(tool.path("input_schema").path("required"), List.class));
        assertEquals("tool", request.path("tool_choice").path("type").asText(), "the brief tool is forced");
        assertEquals("submit_brief", request.path("tool_choice").path("name").asText());
    }

    @Override
    void assertRepairMessage(JsonNode lastMessage) {
        assertEquals("user", lastMessage.path("role").asText());
        JsonNode result = lastMessage.path("content").get(0);
        assertEquals("tool_result", result.path("type").asText(), lastMessage.toString());
        assertEquals("toolu_01", result.path("tool_use_id").asText());
        assertTrue(result.path("is_error").asBoolean());
    }

    /** Anthropic Messages: the brief is the input of a forced {@code submit_brief} tool call. */
    static final class AnthropicWire implements ProviderWire {

        @Override
        public Map<String, String> env(URI server) {
            return Map.of(LlmConfig.PROVIDER, "anthropic", LlmConfig.MODEL, "claude-test",
                    LlmConfig.BASE_URL, server + "/v1/", LlmConfig.API_KEY, "sk-ant-test");
        }

        @Override
        public String model() {
            return "claude-test";
        }

        @Override
        public String callPath() {
            return "/v1/messages";
        }

        @Override
        public Reply answer(String briefJson, int inputTokens, int outputTokens) {
            try {
                return message(ScriptedServer.JSON.createObjectNode().put("type", "tool_use").put("id", "toolu_01")
                        .put("name", "submit_brief").set("input", ScriptedServer.JSON.readTree(briefJson)),
                        "tool_use", inputTokens, outputTokens);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** A tool call whose input leaves out two of the brief's parts. */
        @Override
        public Reply brokenAnswer() {
            String partial = "{\"headlineShift\": {\"before\": \"On hold\", \"after\": \"Approved\", \"trigger\": "
                    + "\"A review\"}, \"quotes\": []}";
            return answer(partial, 500, 20);
        }

        @Override
        public String brokenAnswerFault() {
            return "$.actors is missing; $.nextSteps is missing";
        }

        @Override
        public Reply rateLimited(int seconds) {
            return Reply.json(429, "{\"type\":\"error\",\"error\":{\"type\":\"rate_limit_error\",\"message\":"
                    + "\"Number of request tokens has exceeded your per-minute rate limit\"}}")
                    .withHeader("retry-after", String.valueOf(seconds));
        }

        @Override
        public Reply serverError() {
            return Reply.json(500, "{\"type\":\"error\",\"error\":{\"type\":\"api_error\",\"message\":"
                    + "\"Internal server error\"}}");
        }

        @Override
        public String system(Recorded request) {
            return ProviderWire.text(request.json().path("system"));
        }

        @Override
        public List<JsonNode> conversation(Recorded request) {
            List<JsonNode> messages = new ArrayList<>();
            request.json().path("messages").forEach(messages::add);
            return messages;
        }

        private static Reply message(ObjectNode content, String stopReason, int inputTokens, int outputTokens) {
            ObjectNode body = ScriptedServer.JSON.createObjectNode().put("id", "msg_01").put("type", "message")
                    .put("role", "assistant").put("model", "claude-test").put("stop_reason", stopReason)
                    .putNull("stop_sequence");
            body.putArray("content").add(content);
            body.putObject("usage").put("input_tokens", inputTokens).put("output_tokens", outputTokens);
            return Reply.json(200, body.toString());
        }
    }
}
