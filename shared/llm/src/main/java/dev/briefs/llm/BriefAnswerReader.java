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
 * read as empty, and "organization" as "organisation". Fields outside the schema are ignored. A missing
 * {@code evidence} list reads as none (the verifier re-anchors such items); sentence ids that number no sentence are
 * reported apart from schema faults, since they do not make the answer unusable.
 */
final class BriefAnswerReader {

    private static final int MAX_REPORTED_FAULTS = 8;

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
            .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
            .build();

    /**
     * A draft brief and what is wrong with its citations.
     *
     * @param brief      the brief, without engine info or mentions
     * @param outOfRange the evidence ids that number no sentence, each with its JSON path
     */
    record Draft(BriefContent brief, List<String> outOfRange) {
    }

    /**
     * The brief in {@code answer}.
     *
     * @param candidates    the quotations offered to the model, which a quote's {@code candidate} picks
     * @param sentenceCount how many sentences the article has, numbered from 1
     * @throws InvalidAnswerException when there is no JSON object in it or the object breaks the schema
     */
    Draft read(AiMessage answer, QuoteCandidates candidates, int sentenceCount) throws InvalidAnswerException {
        String raw = answer.hasToolExecutionRequests()
                ? answer.toolExecutionRequests().stream().map(ToolExecutionRequest::arguments).findFirst().orElse("")
                : answer.text();
        if (raw == null || raw.isBlank()) {
            throw new InvalidAnswerException("the answer was empty");
        }
        return new Fields(candidates, sentenceCount).toBrief(unwrap(firstObject(raw)));
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

    /** One answer's fields, read against the candidates and the number of sentences. */
    private static final class Fields {

        private final QuoteCandidates candidates;
        private final int sentenceCount;
        private final Faults faults = new Faults();
        private final List<String> outOfRange = new ArrayList<>();

        Fields(QuoteCandidates candidates, int sentenceCount) {
            this.candidates = candidates;
            this.sentenceCount = sentenceCount;
        }

        Draft toBrief(JsonNode root) throws InvalidAnswerException {
            JsonNode shiftNode = root.get("headlineShift");
            HeadlineShift shift = HeadlineShift.EMPTY;
            if (shiftNode == null || !shiftNode.isObject()) {
                faults.add("$.headlineShift", shiftNode == null ? "is missing" : "must be an object");
            } else {
                JsonNode cited = shiftNode.path("evidence");
                String at = "$.headlineShift.evidence";
                shift = new HeadlineShift(text(shiftNode, "$.headlineShift", "before", true, faults),
                        text(shiftNode, "$.headlineShift", "after", true, faults),
                        text(shiftNode, "$.headlineShift", "trigger", true, faults),
                        new HeadlineShift.ShiftEvidence(ids(cited, at, "before"), ids(cited, at, "after"),
                                ids(cited, at, "trigger")));
            }
            List<Actor> actors = list(root, "actors", faults, (at) -> {
                String name = text(at.node(), at.path(), "name", false, faults);
                String role = text(at.node(), at.path(), "role", true, faults);
                return new Actor(name, role, actorType(at, faults), 0, ids(at.node(), at.path(), "evidence"));
            });
            List<Quote> quotes = list(root, "quotes", faults, (at) -> {
                String candidate = text(at.node(), at.path(), "candidate", true, faults);
                boolean picked = candidates.find(candidate).isPresent();
                return candidates.resolve(candidate, text(at.node(), at.path(), "speaker", true, faults),
                        text(at.node(), at.path(), "text", picked, faults), ids(at.node(), at.path(), "evidence"));
            });
            List<NextStep> nextSteps = list(root, "nextSteps", faults, (at) -> new NextStep(
                    text(at.node(), at.path(), "actor", true, faults),
                    text(at.node(), at.path(), "action", false, faults),
                    text(at.node(), at.path(), "when", true, faults),
                    ids(at.node(), at.path(), "evidence")));
            faults.throwIfAny();
            return new Draft(new BriefContent(shift, actors, quotes, nextSteps, null), List.copyOf(outOfRange));
        }

        /** Sentence ids: an array of whole numbers; absent or null reads as none. */
        private List<Integer> ids(JsonNode node, String path, String field) {
            JsonNode value = node.get(field);
            String at = path + "." + field;
            if (value == null || value.isNull()) {
                return List.of();
            }
            if (!value.isArray()) {
                faults.add(at, "must be an array of sentence ids");
                return List.of();
            }
            List<Integer> ids = new ArrayList<>();
            for (int i = 0; i < value.size(); i++) {
                JsonNode id = value.get(i);
                if (!id.canConvertToInt() || !id.isIntegralNumber()) {
                    faults.add(at + "[" + i + "]", "must be a sentence id (a whole number)");
                    continue;
                }
                if (id.asInt() < 1 || id.asInt() > sentenceCount) {
                    outOfRange.add(at + "[" + i + "] " + id.asInt());
                }
                ids.add(id.asInt());
            }
            return ids;
        }
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
