package dev.briefs.llm;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.briefs.brief.Actor;
import dev.briefs.brief.BriefContent;
import dev.briefs.brief.HeadlineShift;
import dev.briefs.brief.NextStep;
import dev.briefs.brief.Quote;
import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.data.message.AiMessage;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Reads a model's answer into a draft brief (no engine info, no mentions), checking it against {@link BriefSchema}.
 *
 * <p>The answer is the input of the first tool call when there is one, else the message text. Text is read
 * tolerantly, because providers without a schema-constrained mode wrap JSON in code fences or prose: the first JSON
 * object in it is taken. The schema itself is not relaxed: the four parts must be there with the right types, and a
 * violation is reported with its JSON path so the model can repair it. Nulls for optional strings (a role, a when)
 * read as empty, and "organization" as "organisation". Fields outside the schema are ignored.
 */
final class BriefAnswerReader {

    private static final int MAX_REPORTED_FAULTS = 8;

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
            .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
            .build();

    /**
     * The brief in {@code answer}.
     *
     * @throws InvalidAnswerException when there is no JSON object in it or the object breaks the schema
     */
    BriefContent read(AiMessage answer) throws InvalidAnswerException {
        String raw = answer.hasToolExecutionRequests()
                ? answer.toolExecutionRequests().stream().map(ToolExecutionRequest::arguments).findFirst().orElse("")
                : answer.text();
        if (raw == null || raw.isBlank()) {
            throw new InvalidAnswerException("the answer was empty");
        }
        return toBrief(unwrap(firstObject(raw)));
    }

    /** The first JSON object in {@code text}, past any code fence or leading prose. */
    static JsonNode firstObject(String text) throws InvalidAnswerException {
        String syntaxError = null;
        for (int start = text.indexOf('{'); start >= 0; start = text.indexOf('{', start + 1)) {
            try (JsonParser parser = JSON.createParser(text.substring(start))) {
                JsonNode node = JSON.readTree(parser);
                if (node != null && node.isObject()) {
                    return node;
                }
            } catch (JsonProcessingException e) {
                syntaxError = syntaxError == null ? e.getOriginalMessage() + " at line " + e.getLocation().getLineNr()
                        + ", column " + e.getLocation().getColumnNr() : syntaxError;
            } catch (IOException e) {
                throw new IllegalStateException("Reading a string cannot fail", e);
            }
        }
        throw new InvalidAnswerException(syntaxError == null ? "the answer contains no JSON object"
                : "the answer is not valid JSON: " + syntaxError);
    }

    /* {"brief": {...}}: a single wrapper property around the brief is not a schema error worth a repair call. */
    private static JsonNode unwrap(JsonNode root) {
        if (root.size() == 1 && !root.has("headlineShift") && !root.has("actors")) {
            JsonNode inner = root.elements().next();
            if (inner.isObject() && (inner.has("headlineShift") || inner.has("actors"))) {
                return inner;
            }
        }
        return root;
    }

    private static BriefContent toBrief(JsonNode root) throws InvalidAnswerException {
        Faults faults = new Faults();
        JsonNode shiftNode = root.get("headlineShift");
        HeadlineShift shift = HeadlineShift.EMPTY;
        if (shiftNode == null || !shiftNode.isObject()) {
            faults.add("$.headlineShift", shiftNode == null ? "is missing" : "must be an object");
        } else {
            shift = new HeadlineShift(text(shiftNode, "$.headlineShift", "before", true, faults),
                    text(shiftNode, "$.headlineShift", "after", true, faults),
                    text(shiftNode, "$.headlineShift", "trigger", true, faults));
        }
        List<Actor> actors = list(root, "actors", faults, (at) -> {
            String name = text(at.node(), at.path(), "name", false, faults);
            String role = text(at.node(), at.path(), "role", true, faults);
            return new Actor(name, role, actorType(at, faults), 0);
        });
        List<Quote> quotes = list(root, "quotes", faults, (at) -> new Quote(
                text(at.node(), at.path(), "speaker", true, faults),
                text(at.node(), at.path(), "text", false, faults)));
        List<NextStep> nextSteps = list(root, "nextSteps", faults, (at) -> new NextStep(
                text(at.node(), at.path(), "actor", true, faults),
                text(at.node(), at.path(), "action", false, faults),
                text(at.node(), at.path(), "when", true, faults)));
        faults.throwIfAny();
        return new BriefContent(shift, actors, quotes, nextSteps, null);
    }

    private record Element(JsonNode node, String path) {
    }

    private static <T> List<T> list(JsonNode root, String field, Faults faults, Function<Element, T> reader) {
        JsonNode array = root.get(field);
        String path = "$." + field;
        if (array == null || !array.isArray()) {
            faults.add(path, array == null ? "is missing" : "must be an array");
            return List.of();
        }
        List<T> items = new ArrayList<>();
        Iterator<JsonNode> elements = array.elements();
        for (int i = 0; elements.hasNext(); i++) {
            JsonNode element = elements.next();
            String elementPath = path + "[" + i + "]";
            if (!element.isObject()) {
                faults.add(elementPath, "must be an object");
                continue;
            }
            items.add(reader.apply(new Element(element, elementPath)));
        }
        return items;
    }

    private static String text(JsonNode node, String path, String field, boolean mayBeEmpty, Faults faults) {
        JsonNode value = node.get(field);
        if (value == null && !mayBeEmpty) {
            faults.add(path + "." + field, "is missing");
            return "";
        }
        if (value == null || value.isNull()) {
            if (!mayBeEmpty) {
                faults.add(path + "." + field, "must be a non-empty string");
            }
            return "";
        }
        if (!value.isTextual()) {
            faults.add(path + "." + field, "must be a string");
            return "";
        }
        if (!mayBeEmpty && value.asText().isBlank()) {
            faults.add(path + "." + field, "must be a non-empty string");
        }
        return value.asText();
    }

    private static String actorType(Element at, Faults faults) {
        String type = text(at.node(), at.path(), "type", false, faults).strip().toLowerCase(Locale.ROOT);
        if (type.equals("organization")) {
            return Actor.ORGANISATION;
        }
        if (!type.isEmpty() && !BriefSchema.ACTOR_TYPES.contains(type)) {
            faults.add(at.path() + ".type", "must be \"person\" or \"organisation\", was \"" + type + "\"");
        }
        return type;
    }

    /** Schema violations, reported together so that one repair can fix them all. */
    private static final class Faults {

        private final List<String> faults = new ArrayList<>();
        private int count;

        void add(String path, String problem) {
            count++;
            if (faults.size() < MAX_REPORTED_FAULTS) {
                faults.add(path + " " + problem);
            }
        }

        void throwIfAny() throws InvalidAnswerException {
            if (count > 0) {
                String more = count > faults.size() ? " (and " + (count - faults.size()) + " more)" : "";
                throw new InvalidAnswerException("the JSON does not match the brief's schema: "
                        + String.join("; ", faults) + more);
            }
        }
    }
}
