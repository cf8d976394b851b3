package dev.briefs.llm;

import dev.briefs.brief.Actor;
import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.model.chat.request.ResponseFormat;
import dev.langchain4j.model.chat.request.ResponseFormatType;
import dev.langchain4j.model.chat.request.json.JsonArraySchema;
import dev.langchain4j.model.chat.request.json.JsonIntegerSchema;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import dev.langchain4j.model.chat.request.json.JsonSchema;

import java.util.List;

/**
 * The shape the model answers in: the brief's own field names, each item with the ids of the sentences it stands on
 * ({@code evidence}), and a quote's {@code candidate}: the id of a quotation offered in the prompt, or "". Every
 * property is required and no other is allowed, which OpenAI's strict mode demands and which keeps all providers'
 * answers alike.
 *
 * <pre>{@code
 * {"headlineShift": {"before": "", "after": "", "trigger": "",
 *                    "evidence": {"before": [1], "after": [2], "trigger": [2]}},
 *  "actors":    [{"name": "", "role": "", "type": "person|organisation", "evidence": [3]}],
 *  "quotes":    [{"candidate": "q1", "speaker": "", "text": "", "evidence": [3]}],
 *  "nextSteps": [{"actor": "", "action": "", "when": "", "evidence": [7]}]}
 * }</pre>
 */
public final class BriefSchema {

    /** The name of the tool a tool-calling provider is made to call with the brief as its input. */
    public static final String TOOL_NAME = "submit_brief";

    /** The actor types the schema allows. */
    static final List<String> ACTOR_TYPES = List.of(Actor.PERSON, Actor.ORGANISATION);

    private static final String EVIDENCE = "evidence";

    /** The brief as a JSON schema. */
    public static final JsonObjectSchema ROOT = JsonObjectSchema.builder()
            .addProperty("headlineShift", JsonObjectSchema.builder()
                    .description("What the story changed")
                    .addStringProperty("before", "The situation before the news, in one sentence")
                    .addStringProperty("after", "The situation after it, in one sentence")
                    .addStringProperty("trigger", "What caused the change, in one sentence")
                    .addProperty(EVIDENCE, JsonObjectSchema.builder()
                            .description("The ids of the sentences that support each part")
                            .addProperty("before", evidence())
                            .addProperty("after", evidence())
                            .addProperty("trigger", evidence())
                            .required("before", "after", "trigger")
                            .additionalProperties(false)
                            .build())
                    .required("before", "after", "trigger", EVIDENCE)
                    .additionalProperties(false)
                    .build())
            .addProperty("actors", JsonArraySchema.builder()
                    .description("The people and organisations that act in the story")
                    .items(JsonObjectSchema.builder()
                            .addStringProperty("name", "The full name exactly as the article writes it")
                            .addStringProperty("role", "The role the article gives them, or an empty string")
                            .addEnumProperty("type", ACTOR_TYPES)
                            .addProperty(EVIDENCE, evidence())
                            .required("name", "role", "type", EVIDENCE)
                            .additionalProperties(false)
                            .build())
                    .build())
            .addProperty("quotes", JsonArraySchema.builder()
                    .description("Quotations from the article, picked from the candidates where they are offered")
                    .items(JsonObjectSchema.builder()
                            .addStringProperty("candidate", "The id of the candidate quotation, or an empty string")
                            .addStringProperty("speaker", "Who said it, as the article names them")
                            .addStringProperty("text", "The exact words, without the surrounding quotation marks;"
                                    + " may be empty when a candidate is given")
                            .addProperty(EVIDENCE, evidence())
                            .required("candidate", "speaker", "text", EVIDENCE)
                            .additionalProperties(false)
                            .build())
                    .build())
            .addProperty("nextSteps", JsonArraySchema.builder()
                    .description("What the article says will happen next")
                    .items(JsonObjectSchema.builder()
                            .addStringProperty("actor", "Who will act, or an empty string when the article does not say")
                            .addStringProperty("action", "What will happen")
                            .addStringProperty("when", "When, as the article puts it, or an empty string")
                            .addProperty(EVIDENCE, evidence())
                            .required("actor", "action", "when", EVIDENCE)
                            .additionalProperties(false)
                            .build())
                    .build())
            .required("headlineShift", "actors", "quotes", "nextSteps")
            .additionalProperties(false)
            .build();

    /** For providers with a JSON-schema response format (OpenAI's strict {@code json_schema}). */
    public static final ResponseFormat RESPONSE_FORMAT = ResponseFormat.builder()
            .type(ResponseFormatType.JSON)
            .jsonSchema(JsonSchema.builder().name("brief").rootElement(ROOT).build())
            .build();

    /** For providers whose structured output is a forced tool call (Anthropic, Bedrock Converse). */
    public static final ToolSpecification TOOL = ToolSpecification.builder()
            .name(TOOL_NAME)
            .description("Submit the brief of the article. Call it exactly once, with the complete brief.")
            .parameters(ROOT)
            .build();

    private BriefSchema() {
    }

    /** A list of sentence ids, as the prompt numbers the article's sentences. */
    private static JsonArraySchema evidence() {
        return JsonArraySchema.builder()
                .description("The ids of the article's sentences that say it, as numbered in the article")
                .items(JsonIntegerSchema.builder().build())
                .build();
    }
}
