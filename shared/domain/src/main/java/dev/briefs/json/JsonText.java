package dev.briefs.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import dev.briefs.brief.Brief;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.Map;

/**
 * Writes plain values (maps, collections, strings, numbers, booleans, enums, records of them) and briefs as JSON with Jackson's
 * streaming generator alone. Log lines and metrics go through here rather than through an ObjectMapper, whose construction costs
 * a function about 85 ms of its cold start.
 */
public final class JsonText {

    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    private JsonText() {
    }

    /** The JSON text of {@code value}; anything that is not a plain value is written as its {@code toString()}. */
    public static String of(Object value) {
        return write(value, null);
    }

    /** {@link #of} with {@code escapes} on top of JSON's own (for log lines, which terminals show). */
    public static String of(Object value, CharacterEscapes escapes) {
        return write(value, escapes);
    }

    private static String write(Object value, CharacterEscapes escapes) {
        StringWriter text = new StringWriter();
        try (JsonGenerator generator = FACTORY.createGenerator(text)) {
            if (escapes != null) {
                generator.setCharacterEscapes(escapes);
            }
            write(generator, value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    private static Object value(RecordComponent component, Record record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot read " + component, e);
        }
    }

    /**
     * Whether {@code json} is one well-formed JSON object whose top-level {@code field} is the string {@code value}:
     * a single streaming pass, without building a tree or a mapper.
     */
    public static boolean isObjectWith(String json, String field, String value) {
        try (JsonParser parser = FACTORY.createParser(json)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return false;
            }
            boolean found = false;
            JsonToken token;
            while ((token = parser.nextToken()) == JsonToken.FIELD_NAME) {
                boolean named = field.equals(parser.currentName());
                JsonToken valueToken = parser.nextToken();
                found |= named && valueToken == JsonToken.VALUE_STRING && value.equals(parser.getText());
                parser.skipChildren();
            }
            return token == JsonToken.END_OBJECT && parser.nextToken() == null && found;
        } catch (IOException e) {
            return false;
        }
    }

    /** A generator over {@code writer}, for writers of their own documents. */
    static JsonGenerator generator(StringWriter writer) throws IOException {
        return FACTORY.createGenerator(writer);
    }

    static void write(JsonGenerator generator, Object value) throws IOException {
        switch (value) {
            case null -> generator.writeNull();
            case String text -> generator.writeString(text);
            case Integer number -> generator.writeNumber(number);
            case Long number -> generator.writeNumber(number);
            case Double number -> generator.writeNumber(number);
            case Number number -> generator.writeNumber(number.toString());
            case Boolean flag -> generator.writeBoolean(flag);
            case Brief brief -> generator.writeRawValue(BriefWriter.write(brief));
            case Map<?, ?> map -> {
                generator.writeStartObject();
                for (Map.Entry<?, ?> entry : map.entrySet()) {
                    generator.writeFieldName(String.valueOf(entry.getKey()));
                    write(generator, entry.getValue());
                }
                generator.writeEndObject();
            }
            case Collection<?> items -> {
                generator.writeStartArray();
                for (Object item : items) {
                    write(generator, item);
                }
                generator.writeEndArray();
            }
            case Record record -> {
                // The API's own answers (an actor page, related briefs): every component, in declaration order.
                generator.writeStartObject();
                for (RecordComponent component : record.getClass().getRecordComponents()) {
                    generator.writeFieldName(component.getName());
                    write(generator, value(component, record));
                }
                generator.writeEndObject();
            }
            default -> generator.writeString(value.toString());
        }
    }
}
