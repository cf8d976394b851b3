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

/** The Bedrock adapter against a server speaking the Converse API, reached through the endpoint override. */
class BedrockProviderTest extends ProviderContractTest {

    private static final String MODEL = "anthropic.claude-test-v1:0";

    @Override
    ProviderWire wire() {
        return new BedrockWire();
    }

    @Override
    String provider() {
        return "bedrock";
    }

    @Override
    void assertProviderRequest(Recorded recorded) {
        JsonNode request = recorded.json();
        assertTrue(recorded.header("Authorization").startsWith("AWS4-HMAC-SHA256 Credential=AKIDTEST/"),
                "signed with the credentials from the environment map: " + recorded.header("Authorization"));
        assertTrue(recorded.header("Authorization").contains("/eu-west-1/bedrock/aws4_request"));
        assertEquals(4096, request.path("inferenceConfig").path("maxTokens").asInt());
        JsonNode tool = request.path("toolConfig").path("tools").get(0).path("toolSpec");
        assertEquals("submit_brief", tool.path("name").asText(), request.toString());
        assertEquals(List.of("headlineShift", "actors", "quotes", "nextSteps"),
                ScriptedServer.JSON.convertValue(tool.path("inputSchema").path("json").path("required"), List.class));
        assertTrue(request.path("toolConfig").path("toolChoice").has("any"), "a tool call is forced");
    }

    @Override
    void assertRepairMessage(JsonNode lastMessage) {
        assertEquals("user", lastMessage.path("role").asText());
        JsonNode result = lastMessage.path("content").get(0).path("toolResult");
        assertEquals("tooluse_01", result.path("toolUseId").asText(), lastMessage.toString());
        // LangChain4j 1.16.3 does not map the result's error flag to Converse's "status": "error"; the text says it.
        assertTrue(ProviderWire.text(result.path("content")).startsWith("Your brief could not be used"), result.toString());
    }

    /** Bedrock Converse: the brief is the input of a forced {@code submit_brief} tool use. */
    static final class BedrockWire implements ProviderWire {

        @Override
        public Map<String, String> env(URI server) {
            return Map.of(LlmConfig.PROVIDER, "bedrock", LlmConfig.MODEL, MODEL, LlmConfig.BASE_URL, server.toString(),
                    "AWS_REGION", "eu-west-1", "AWS_ACCESS_KEY_ID", "AKIDTEST", "AWS_SECRET_ACCESS_KEY", "secret");
        }

        @Override
        public String model() {
            return MODEL;
        }

        @Override
        public String callPath() {
            return "/model/anthropic.claude-test-v1%3A0/converse";
        }

        @Override
        public Reply answer(String briefJson, int inputTokens, int outputTokens) {
            ObjectNode body = ScriptedServer.JSON.createObjectNode();
            ObjectNode message = body.putObject("output").putObject("message").put("role", "assistant");
            try {
                message.putArray("content").addObject().putObject("toolUse").put("toolUseId", "tooluse_01")
                        .put("name", "submit_brief").set("input", ScriptedServer.JSON.readTree(briefJson));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            body.put("stopReason", "tool_use");
            body.putObject("usage").put("inputTokens", inputTokens).put("outputTokens", outputTokens)
                    .put("totalTokens", inputTokens + outputTokens);
            body.putObject("metrics").put("latencyMs", 321);
            return Reply.json(200, body.toString());
        }

        /** A tool use whose input has the wrong types. */
        @Override
        public Reply brokenAnswer() {
            String wrong = "{\"headlineShift\": \"Approved\", \"actors\": [{\"name\": \"Louise Haigh\", \"role\": \"\","
                    + " \"type\": \"minister\"}], \"quotes\": [], \"nextSteps\": []}";
            return answer(wrong, 500, 20);
        }

        @Override
        public String brokenAnswerFault() {
            return "$.headlineShift must be an object; $.actors[0].type must be \"person\" or \"organisation\"";
        }

        @Override
        public Reply rateLimited(int seconds) {
            return Reply.json(429, "{\"message\":\"Too many requests, please wait before trying again.\"}")
                    .withHeader("x-amzn-ErrorType", "ThrottlingException:http://internal.amazon.com/coral/com.amazon.bedrock/")
                    .withHeader("Retry-After", String.valueOf(seconds));
        }

        @Override
        public Reply serverError() {
            return Reply.json(500, "{\"message\":\"The server encountered an internal error.\"}")
                    .withHeader("x-amzn-ErrorType", "InternalServerException:http://internal.amazon.com/coral/com.amazon.bedrock/");
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
    }
}
