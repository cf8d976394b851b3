package dev.briefs.llm;

import dev.briefs.brief.Actor;
import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.model.chat.request.ResponseFormat;
import dev.langchain4j.model.chat.request.ResponseFormatType;
import dev.langchain4j.model.chat.request.json.JsonArraySchema;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import dev.langchain4j.model.chat.request.json.JsonSchema;

import java.util.List;

/**
 * The shape the model answers in: the brief's own field names, nothing more. Every property is required and no
 * other is allowed, which OpenAI's strict mode demands and which keeps all providers' answers alike.
 *
 * <pre>{@code
 * {"headlineShift": {"before": "", "after": "", "trigger": ""},
 *  "actors":    [{"name": "", "role": "", "type": "person|organisation"}],
 *  "quotes":    [{"speaker": "", "text": ""}],
 *  "nextSteps": [{"actor": "", "action": "", "when": ""}]}
 * }</pre>
 */
public final class BriefSchema {

    /** The name of the tool a tool-calling provider is made to call with the brief as its input. */
    public static final String TOOL_NAME = "submit_brief";

    /** The actor types the schema allows. */
    static final List<String> ACTOR_TYPES = List.of(Actor.PERSON, Actor.ORGANISATION);

    /** The brief as a JSON schema. */
    public static final JsonObjectSchema ROOT = JsonObjectSchema.builder()
            .addProperty("headlineShift", object("What the story changed", List.of(
                    field("before", "The situation before the news, in one sentence"),
                    field("after", "The situation after it, in one sentence"),
                    field("trigger", "What caused the change, in one sentence"))))
            .addProperty("actors", JsonArraySchema.builder()
                    .description("The people and organisations that act in the story")
                    .items(JsonObjectSchema.builder()
                            .addStringProperty("name", "The full name exactly as the article writes it")
                            .addStringProperty("role", "The role the article gives them, or an empty string")
                            .addEnumProperty("type", ACTOR_TYPES)
                            .required("name", "role", "type")
                            .additionalProperties(false)
                            .build())
                    .build())
            .addProperty("quotes", JsonArraySchema.builder()
                    .description("Quotations copied word for word from the article")
                    .items(object(null, List.of(
                            field("speaker", "Who said it, as the article names them"),
                            field("text", "The exact words, without the surrounding quotation marks"))))
                    .build())
            .addProperty("nextSteps", JsonArraySchema.builder()
                    .description("What the article says will happen next")
                    .items(object(null, List.of(
                            field("actor", "Who will act, or an empty string when the article does not say"),
                            field("action", "What will happen"),
                            field("when", "When, as the article puts it, or an empty string"))))
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

    private record Field(String name, String description) {
    }

    private static Field field(String name, String description) {
        return new Field(name, description);
    }

    private static JsonObjectSchema object(String description, List<Field> fields) {
        JsonObjectSchema.Builder builder = JsonObjectSchema.builder().description(description);
        fields.forEach(field -> builder.addStringProperty(field.name(), field.description()));
        return builder.required(fields.stream().map(Field::name).toList()).additionalProperties(false).build();
    }
}
