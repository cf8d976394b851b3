package dev.briefs.api;

import dev.briefs.log.JsonLog;
import dev.briefs.render.BriefPages;
import dev.briefs.store.UnreadableBriefException;

import java.util.LinkedHashMap;
import java.util.Map;

/** Turns a failure into an answer: a refused request into its status and code, anything else into a 500. */
final class ErrorResponses {

    private ErrorResponses() {
    }

    static ApiResponse of(ApiRequest request, RuntimeException failure) {
        if (failure instanceof ApiException refused) {
            ApiResponse answer = of(request, refused.status(), refused.code(), refused.getMessage());
            if (refused.headers().isEmpty()) {
                return answer;
            }
            Map<String, String> headers = new LinkedHashMap<>(answer.headers());
            headers.putAll(refused.headers());
            return new ApiResponse(answer.status(), headers, answer.body());
        }
        if (failure instanceof UnreadableBriefException unreadable) {
            JsonLog.error("unreadable brief", Map.of("briefId", unreadable.id(), "reason", unreadable.getMessage()));
            return of(request, 500, "UNREADABLE_BRIEF", "The stored brief cannot be read: it was not written by"
                    + " briefs, or was damaged. Brief its object again (./briefs reprocess " + unreadable.id() + ").");
        }
        // The client learns that something broke, never how: details go to the log only.
        JsonLog.error("request failed", Map.of("exception", failure.toString(), "path", String.valueOf(request.path())));
        return of(request, 500, "INTERNAL", "The request could not be served. Try again later.");
    }

    /** An error as JSON, or as a page when a browser asked: a person following a stale link should read why. */
    static ApiResponse of(ApiRequest request, int status, String code, String message) {
        if (Representation.of(request) == Representation.HTML) {
            return Responses.html(status, BriefPages.error(status, code, message));
        }
        Map<String, String> error = new LinkedHashMap<>();
        error.put("code", code);
        error.put("message", message);
        return Responses.json(status, Map.of("error", error));
    }
}
