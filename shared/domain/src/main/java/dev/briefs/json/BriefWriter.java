package dev.briefs.json;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.briefs.brief.Actor;
import dev.briefs.brief.Brief;
import dev.briefs.brief.BriefError;
import dev.briefs.brief.EngineInfo;
import dev.briefs.brief.HeadlineShift;
import dev.briefs.brief.NextStep;
import dev.briefs.brief.ParsedArticle;
import dev.briefs.brief.Publication;
import dev.briefs.brief.Quote;
import dev.briefs.brief.Source;
import dev.briefs.brief.Verification;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;

/**
 * Writes a brief's JSON (and its parsed article's) with the streaming generator, field for field what {@link BriefJson#mapper()} writes (a test
 * holds the two equal). Storing a brief is on every invocation's path; this keeps the ObjectMapper, and its cold-start
 * cost, off it.
 */
final class BriefWriter {

    private BriefWriter() {
    }

    /** Writes one JSON value with a generator. */
    private interface Value {
        void writeTo(JsonGenerator json) throws IOException;
    }

    private static String text(Value value) {
        StringWriter text = new StringWriter();
        try (JsonGenerator json = JsonText.generator(text)) {
            value.writeTo(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    static String write(Brief brief) {
        return text(json -> {
            json.writeStartObject();
            field(json, "id", brief.id());
            field(json, "schemaVersion", brief.schemaVersion());
            if (brief.status() != null) {
                json.writeStringField("status", brief.status().name());
            }
            if (brief.source() != null) {
                source(json, brief.source());
            }
            field(json, "title", brief.title());
            if (brief.published() != null) {
                published(json, brief.published());
            }
            if (brief.headlineShift() != null) {
                HeadlineShift shift = brief.headlineShift();
                json.writeObjectFieldStart("headlineShift");
                nullable(json, "before", shift.before());
                nullable(json, "after", shift.after());
                nullable(json, "trigger", shift.trigger());
                if (shift.evidence() != null) {
                    json.writeObjectFieldStart("evidence");
                    evidence(json, "before", shift.evidence().before());
                    evidence(json, "after", shift.evidence().after());
                    evidence(json, "trigger", shift.evidence().trigger());
                    json.writeEndObject();
                }
                json.writeEndObject();
            }
            json.writeArrayFieldStart("actors");
            for (Actor actor : brief.actors()) {
                json.writeStartObject();
                nullable(json, "name", actor.name());
                nullable(json, "role", actor.role());
                nullable(json, "type", actor.type());
                json.writeNumberField("mentions", actor.mentions());
                evidence(json, "evidence", actor.evidence());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeArrayFieldStart("quotes");
            for (Quote quote : brief.quotes()) {
                json.writeStartObject();
                nullable(json, "speaker", quote.speaker());
                nullable(json, "text", quote.text());
                evidence(json, "evidence", quote.evidence());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeArrayFieldStart("nextSteps");
            for (NextStep step : brief.nextSteps()) {
                json.writeStartObject();
                nullable(json, "actor", step.actor());
                nullable(json, "action", step.action());
                nullable(json, "when", step.when());
                evidence(json, "evidence", step.evidence());
                json.writeEndObject();
            }
            json.writeEndArray();
            if (brief.engine() != null) {
                engine(json, brief.engine());
            }
            if (brief.error() != null) {
                BriefError error = brief.error();
                json.writeFieldName("error");
                strings(json, "code", error.code(), "message", error.message());
            }
            instant(json, "createdAt", brief.createdAt());
            instant(json, "updatedAt", brief.updatedAt());
            json.writeEndObject();
        });
    }

    static String write(ParsedArticle article) {
        return text(json -> {
            json.writeStartObject();
            nullable(json, "id", article.id());
            nullable(json, "title", article.title());
            json.writeArrayFieldStart("sentences");
            for (ParsedArticle.Sentence sentence : article.sentences()) {
                json.writeStartObject();
                json.writeNumberField("id", sentence.id());
                nullable(json, "text", sentence.text());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        });
    }

    private static void source(JsonGenerator json, Source source) throws IOException {
        json.writeObjectFieldStart("source");
        nullable(json, "bucket", source.bucket());
        nullable(json, "key", source.key());
        nullable(json, "etag", source.etag());
        nullable(json, "sha256", source.sha256());
        if (source.size() == null) {
            json.writeNullField("size");
        } else {
            json.writeNumberField("size", source.size());
        }
        nullable(json, "contentType", source.contentType());
        json.writeEndObject();
    }

    private static void published(JsonGenerator json, Publication published) throws IOException {
        json.writeObjectFieldStart("published");
        field(json, "byline", published.byline());
        field(json, "date", published.date());
        field(json, "language", published.language());
        field(json, "canonicalUrl", published.canonicalUrl());
        json.writeEndObject();
    }

    private static void engine(JsonGenerator json, EngineInfo engine) throws IOException {
        json.writeObjectFieldStart("engine");
        field(json, "provider", engine.provider());
        field(json, "model", engine.model());
        field(json, "fallbackReason", engine.fallbackReason());
        field(json, "latencyMs", engine.latencyMs());
        field(json, "inputTokens", engine.inputTokens());
        field(json, "outputTokens", engine.outputTokens());
        field(json, "attempts", engine.attempts());
        Verification verification = engine.verification();
        if (verification != null) {
            json.writeObjectFieldStart("verification");
            json.writeNumberField("droppedQuotes", verification.droppedQuotes());
            json.writeNumberField("droppedActors", verification.droppedActors());
            json.writeNumberField("droppedSpeakers", verification.droppedSpeakers());
            json.writeNumberField("droppedNextSteps", verification.droppedNextSteps());
            json.writeArrayFieldStart("dropped");
            for (Verification.DroppedItem item : verification.dropped()) {
                strings(json, "kind", item.kind(), "value", item.value(), "reason", item.reason());
            }
            json.writeEndArray();
            field(json, "reanchored", verification.reanchored());
            if (verification.support() != null) {
                json.writeArrayFieldStart("support");
                for (Verification.Support support : verification.support()) {
                    json.writeStartObject();
                    nullable(json, "kind", support.kind());
                    json.writeNumberField("item", support.item());
                    json.writeNumberField("score", support.score());
                    json.writeEndObject();
                }
                json.writeEndArray();
            }
            json.writeEndObject();
        }
        json.writeEndObject();
    }

    /** A list of sentence ids, left out when null (a brief made before evidence was recorded). */
    private static void evidence(JsonGenerator json, String name, List<Integer> sentenceIds) throws IOException {
        if (sentenceIds == null) {
            return;
        }
        json.writeArrayFieldStart(name);
        for (int id : sentenceIds) {
            json.writeNumber(id);
        }
        json.writeEndArray();
    }

    /** A field of a class that leaves out nulls. */
    private static void field(JsonGenerator json, String name, String value) throws IOException {
        if (value != null) {
            json.writeStringField(name, value);
        }
    }

    /** A whole-number field of a class that leaves out nulls. */
    private static void field(JsonGenerator json, String name, Number value) throws IOException {
        if (value != null) {
            json.writeNumberField(name, value.longValue());
        }
    }

    /** An object of string fields, nulls written: names and values alternate. */
    private static void strings(JsonGenerator json, String... namesAndValues) throws IOException {
        json.writeStartObject();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            nullable(json, namesAndValues[i], namesAndValues[i + 1]);
        }
        json.writeEndObject();
    }

    /** A field of a class that writes nulls. */
    private static void nullable(JsonGenerator json, String name, String value) throws IOException {
        if (value == null) {
            json.writeNullField(name);
        } else {
            json.writeStringField(name, value);
        }
    }

    private static void instant(JsonGenerator json, String name, Instant value) throws IOException {
        if (value != null) {
            json.writeStringField(name, value.toString());
        }
    }
}
