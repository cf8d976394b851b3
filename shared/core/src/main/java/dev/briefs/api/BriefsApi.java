package dev.briefs.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.briefs.brief.Brief;
import dev.briefs.json.BriefJson;
import dev.briefs.pipeline.BriefIds;
import dev.briefs.pipeline.BriefRepository;
import dev.briefs.pipeline.Page;
import dev.briefs.render.BriefMarkdown;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The briefs HTTP API: routing, validation and representation, independent of what carries the requests.
 * <ul>
 *   <li>{@code GET /health}</li>
 *   <li>{@code GET /briefs/{id}}</li>
 *   <li>{@code GET /briefs?limit=&cursor=}: newest first, {@code {"items": [...], "nextCursor": ...}}</li>
 *   <li>{@code GET /briefs?key=<object key>}: {@code {"items": [...]}}</li>
 * </ul>
 * Errors are {@code {"error": {"code", "message"}}}. {@code Accept: text/markdown} returns Markdown.
 */
public final class BriefsApi {

    static final int DEFAULT_LIMIT = 20;
    static final int MAX_LIMIT = 100;
    static final int MAX_KEY_LENGTH = 1024;

    private static final Map<String, String> SECURITY_HEADERS = Map.of(
            "X-Content-Type-Options", "nosniff",
            "Cache-Control", "no-store",
            "Referrer-Policy", "no-referrer",
            "X-Frame-Options", "DENY",
            "Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'",
            "Strict-Transport-Security", "max-age=31536000; includeSubDomains");

    private final BriefRepository repository;
    private final CursorCodec cursors;
    private final byte[] token;

    /**
     * @param repository where briefs are read from
     * @param cursors    signs and checks listing cursors
     * @param token      the bearer token every route but /health requires, or null for none
     */
    public BriefsApi(BriefRepository repository, CursorCodec cursors, String token) {
        this.repository = repository;
        this.cursors = cursors;
        this.token = token == null || token.isEmpty() ? null : token.getBytes(StandardCharsets.UTF_8);
    }

    public ApiResponse handle(ApiRequest request) {
        try {
            return route(request);
        } catch (ApiException e) {
            return error(e.status, e.code, e.getMessage());
        } catch (RuntimeException e) {
            // The client learns that something broke, never how: details go to the log only.
            dev.briefs.log.JsonLog.error("request failed", Map.of("exception", e.toString(), "path", request.path()));
            return error(500, "INTERNAL", "The request could not be served. Try again later.");
        }
    }

    private ApiResponse route(ApiRequest request) {
        String path = request.path() == null || request.path().isEmpty() ? "/" : request.path();
        if (path.length() > 1 && path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        boolean known = path.equals("/health") || path.equals("/briefs") || path.startsWith("/briefs/");
        if (!known) {
            throw new ApiException(404, "NOT_FOUND", "No such route. Routes: GET /briefs, GET /briefs/{id}, GET /health.");
        }
        if (!request.method().equals("GET") && !request.method().equals("HEAD")) {
            throw new ApiException(405, "METHOD_NOT_ALLOWED", "Only GET is supported.");
        }
        if (path.equals("/health")) {
            return json(200, Map.of("status", "ok"));
        }
        authorise(request);
        if (path.equals("/briefs")) {
            return request.query().containsKey("key") ? byKey(request) : list(request);
        }
        return one(request, path.substring("/briefs/".length()));
    }

    private void authorise(ApiRequest request) {
        if (token == null) {
            return;
        }
        String header = request.header("authorization");
        byte[] presented = header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)
                ? header.substring(7).trim().getBytes(StandardCharsets.UTF_8) : new byte[0];
        if (!MessageDigest.isEqual(presented, token)) {
            throw new ApiException(401, "UNAUTHORIZED", "Send Authorization: Bearer <token>.");
        }
    }

    private ApiResponse one(ApiRequest request, String id) {
        if (!BriefIds.isValid(id)) {
            throw new ApiException(400, "INVALID_ID", "A brief id is b_ followed by 24 lower-case hex digits.");
        }
        Brief brief = repository.get(id)
                .orElseThrow(() -> new ApiException(404, "NOT_FOUND", "No brief with that id."));
        if (wantsMarkdown(request)) {
            return new ApiResponse(200, headers("text/markdown; charset=utf-8"), BriefMarkdown.render(brief));
        }
        return new ApiResponse(200, headers("application/json"), BriefJson.write(brief));
    }

    private ApiResponse list(ApiRequest request) {
        int limit = limit(request.query().get("limit"));
        String cursor = request.query().get("cursor");
        String after;
        try {
            after = cursor == null || cursor.isEmpty() ? null : cursors.decode(cursor);
        } catch (CursorCodec.InvalidCursorException e) {
            throw new ApiException(400, "INVALID_CURSOR", e.getMessage());
        }
        Page<Brief> page = repository.list(limit, after);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("items", page.items());
        body.put("nextCursor", page.nextCursor() == null ? null : cursors.encode(page.nextCursor()));
        if (wantsMarkdown(request)) {
            return new ApiResponse(200, headers("text/markdown; charset=utf-8"), markdownList(page.items()));
        }
        return new ApiResponse(200, headers("application/json"), BriefJson.write(body));
    }

    private ApiResponse byKey(ApiRequest request) {
        String key = request.query().get("key");
        if (key == null || key.isEmpty() || key.length() > MAX_KEY_LENGTH) {
            throw new ApiException(400, "INVALID_KEY", "key must be 1 to " + MAX_KEY_LENGTH + " characters.");
        }
        List<Brief> items = repository.findBySourceKey(key);
        if (wantsMarkdown(request)) {
            return new ApiResponse(200, headers("text/markdown; charset=utf-8"), markdownList(items));
        }
        return new ApiResponse(200, headers("application/json"), BriefJson.write(Map.of("items", items)));
    }

    private static int limit(String value) {
        if (value == null || value.isEmpty()) {
            return DEFAULT_LIMIT;
        }
        int limit;
        try {
            limit = value.length() > 4 ? -1 : Integer.parseInt(value);
        } catch (NumberFormatException e) {
            limit = -1;
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new ApiException(400, "INVALID_LIMIT", "limit must be a whole number from 1 to " + MAX_LIMIT + ".");
        }
        return limit;
    }

    private static String markdownList(List<Brief> briefs) {
        StringBuilder md = new StringBuilder();
        for (Brief brief : briefs) {
            md.append(BriefMarkdown.render(brief)).append("\n---\n\n");
        }
        return md.toString();
    }

    private static boolean wantsMarkdown(ApiRequest request) {
        return Optional.ofNullable(request.header("accept")).orElse("").contains("text/markdown");
    }

    private static ApiResponse json(int status, Object body) {
        return new ApiResponse(status, headers("application/json"), BriefJson.write(body));
    }

    private static ApiResponse error(int status, String code, String message) {
        ObjectNode body = BriefJson.mapper().createObjectNode();
        body.putObject("error").put("code", code).put("message", message);
        return new ApiResponse(status, headers("application/json"), body.toString());
    }

    private static Map<String, String> headers(String contentType) {
        Map<String, String> headers = new LinkedHashMap<>(SECURITY_HEADERS);
        headers.put("Content-Type", contentType);
        return headers;
    }

    private static final class ApiException extends RuntimeException {
        private final int status;
        private final String code;

        ApiException(int status, String code, String message) {
            super(message);
            this.status = status;
            this.code = code;
        }
    }
}
