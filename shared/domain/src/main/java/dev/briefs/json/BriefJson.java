package dev.briefs.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import dev.briefs.brief.Brief;
import dev.briefs.brief.ParsedArticle;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/** The one JSON configuration for briefs: ISO-8601 instants, unknown fields ignored so old readers survive new fields. */
public final class BriefJson {

    /**
     * Built on first use: a function that only writes briefs and logs never pays for it. Instants are the only
     * java.time type in a brief: two small (de)serialisers instead of the whole JSR-310 module.
     */
    private static final class Mapper {
        static final ObjectMapper MAPPER = JsonMapper.builder()
                .addModule(new SimpleModule("instants")
                        .addSerializer(Instant.class, ToStringSerializer.instance)
                        .addDeserializer(Instant.class, new InstantDeserializer()))
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .build();
    }

    private BriefJson() {
    }

    /** The shared, thread-safe mapper. */
    public static ObjectMapper mapper() {
        return Mapper.MAPPER;
    }

    public static String write(Object value) {
        try {
            return Mapper.MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether {@code json} is a stored brief's document for {@code id}, checked without the ObjectMapper. */
    public static boolean isDocumentOf(String json, String id) {
        return JsonText.isObjectWith(json, "id", id);
    }

    /** A brief's JSON, written without the ObjectMapper (the same text it would write). */
    public static String write(Brief brief) {
        return BriefWriter.write(brief);
    }

    /** A parsed article's JSON, {@code {"id", "title", "sentences": [{"id", "text"}]}}. */
    public static String write(ParsedArticle article) {
        return BriefWriter.write(article);
    }

    public static ParsedArticle readParsedArticle(String json) {
        try {
            return Mapper.MAPPER.readValue(json, ParsedArticle.class);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Brief readBrief(String json) {
        try {
            return Mapper.MAPPER.readValue(json, Brief.class);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** ISO-8601 instants, as {@link Instant#toString()} writes them. */
    private static final class InstantDeserializer extends StdScalarDeserializer<Instant> {

        InstantDeserializer() {
            super(Instant.class);
        }

        @Override
        public Instant deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String text = parser.getValueAsString();
            try {
                return text == null || text.isBlank() ? null : Instant.parse(text.trim());
            } catch (DateTimeParseException e) {
                return (Instant) context.handleWeirdStringValue(Instant.class, text, "not an ISO-8601 instant");
            }
        }
    }
}
