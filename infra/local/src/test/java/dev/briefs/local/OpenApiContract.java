package dev.briefs.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.dialect.Dialects;
import dev.briefs.json.BriefJson;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Locale;

/**
 * The API's OpenAPI document (served at /openapi.json, kept in briefs-read) as a test oracle: a real response must
 * have a documented status and media type for its route, and a JSON body must validate against the documented schema.
 */
final class OpenApiContract {

    private static final String RESOURCE = "dev/briefs/api/openapi.json";

    private final JsonNode document;
    /** OpenAPI 3.1's own dialect of JSON Schema, with formats (date-time) asserted rather than merely noted. */
    private final SchemaRegistry schemas = SchemaRegistry.withDefaultDialect(Dialects.getOpenApi31(),
            registry -> registry.schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));

    OpenApiContract() {
        try (InputStream in = OpenApiContract.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            document = BriefJson.mapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Checks a response to {@code GET pathTemplate} (a key of {@code paths}, such as {@code /briefs/{id}}).
     *
     * @return what does not conform; empty when the response does
     */
    List<String> violations(String pathTemplate, HttpResponse<String> response) {
        return violations(pathTemplate, response.statusCode(), contentType(response), response.body());
    }

    /** The same check for a response given by its parts. */
    List<String> violations(String pathTemplate, int status, String contentType, String body) {
        Located pathItem = at("/paths/" + escape(pathTemplate));
        if (pathItem.node().isMissingNode()) {
            return List.of("no path " + pathTemplate + " in the document");
        }
        return violations(pathItem.child("get").child("responses").child(Integer.toString(status)),
                "GET " + pathTemplate + " " + status, contentType, body);
    }

    /** Checks a response against a response object of {@code components/responses}, for answers no path names. */
    List<String> violationsOfComponent(String responseName, HttpResponse<String> response) {
        return violations(at("/components/responses/" + escape(responseName)), responseName, contentType(response),
                response.body());
    }

    private List<String> violations(Located response, String where, String contentType, String body) {
        if (response.node().isMissingNode()) {
            return List.of(where + ": the status is not documented");
        }
        String mediaType = contentType.split(";")[0].strip().toLowerCase(Locale.ROOT);
        Located schema = response.child("content").child(mediaType).child("schema");
        if (schema.node().isMissingNode()) {
            return List.of(where + ": media type '" + mediaType + "' is not documented");
        }
        if (!mediaType.equals("application/json")) {
            return List.of();
        }
        // Loaded by its place in the document, so that its "#/components/..." references resolve in the document.
        Schema validator = schemas.getSchema(SchemaLocation.of("classpath:" + RESOURCE + "#" + schema.pointer()));
        List<Error> errors;
        try {
            errors = validator.validate(BriefJson.mapper().readTree(body));
        } catch (IOException e) {
            return List.of(where + ": the body is not JSON: " + body);
        }
        return errors.stream().map(error -> where + ": " + error).toList();
    }

    /** A node of the document with its JSON pointer; local {@code $ref}s (shared responses, path items) followed. */
    private record Located(JsonNode document, JsonNode node, String pointer) {

        Located child(String name) {
            return resolve(document, pointer + "/" + escape(name));
        }

        static Located resolve(JsonNode document, String pointer) {
            JsonNode node = document.at(pointer);
            return node.has("$ref") ? resolve(document, node.get("$ref").asText().substring(1))
                    : new Located(document, node, pointer);
        }
    }

    private Located at(String pointer) {
        return Located.resolve(document, pointer);
    }

    /** A name as one JSON pointer step ("/briefs/{id}" is "~1briefs~1{id}"). */
    private static String escape(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }

    private static String contentType(HttpResponse<String> response) {
        return response.headers().firstValue("Content-Type").orElse("");
    }
}
