package dev.briefs.api;

import dev.briefs.json.JsonText;

/**
 * Responses in each representation, with the security headers. JSON is written one way: plain values and briefs
 * through {@link JsonText} (the streaming generator), or text that is JSON already (a stored brief, the contract).
 */
final class Responses {

    private Responses() {
    }

    /** {@code value} (maps, lists, strings, numbers, briefs) as JSON. */
    static ApiResponse json(int status, Object value) {
        return jsonText(status, JsonText.of(value));
    }

    /** A body that is JSON text already. */
    static ApiResponse jsonText(int status, String json) {
        return new ApiResponse(status, SecurityHeaders.of("application/json"), json);
    }

    static ApiResponse markdown(int status, String markdown) {
        return new ApiResponse(status, SecurityHeaders.of("text/markdown; charset=utf-8"), markdown);
    }

    static ApiResponse html(int status, String page) {
        return new ApiResponse(status, SecurityHeaders.of("text/html; charset=utf-8"), page);
    }
}
