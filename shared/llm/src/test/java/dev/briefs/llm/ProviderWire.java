package dev.briefs.llm;

import com.fasterxml.jackson.databind.JsonNode;
import dev.briefs.llm.ScriptedServer.Recorded;
import dev.briefs.llm.ScriptedServer.Reply;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** One provider's wire protocol, as the scripted server speaks it and as tests read it. */
interface ProviderWire {

    /** The environment that configures this provider against {@code server}. */
    Map<String, String> env(URI server);

    /** The model name the environment configures. */
    String model();

    /** The path the provider's model calls go to. */
    String callPath();

    /** A successful answer carrying {@code briefJson} the way this provider carries structured output. */
    Reply answer(String briefJson, int inputTokens, int outputTokens);

    /** A successful answer whose structured output is broken: not a brief, so the engine must ask for a repair. */
    Reply brokenAnswer();

    /** What the engine must report as the broken answer's fault, in part. */
    String brokenAnswerFault();

    /** A 429 that asks the client to wait {@code seconds}. */
    Reply rateLimited(int seconds);

    /** A 500 as the provider sends it. */
    Reply serverError();

    /** The system instructions of a request. */
    String system(Recorded request);

    /** The messages of a request after the system instructions, oldest first. */
    List<JsonNode> conversation(Recorded request);

    /** Every string inside a JSON node, one a line: a message's text whatever its block structure. */
    static String text(JsonNode node) {
        List<String> strings = new ArrayList<>();
        collect(node, strings);
        return strings.stream().collect(Collectors.joining("\n"));
    }

    private static void collect(JsonNode node, List<String> strings) {
        if (node.isTextual()) {
            strings.add(node.asText());
        }
        node.elements().forEachRemaining(child -> collect(child, strings));
    }
}
