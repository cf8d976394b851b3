package dev.briefs.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.briefs.brief.Brief;
import dev.briefs.json.BriefJson;
import dev.briefs.store.BriefIds;
import dev.briefs.store.BriefRepository;
import dev.briefs.store.Page;
import dev.briefs.render.BriefMarkdown;
import dev.briefs.render.BriefPages;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The briefs HTTP API: routing, validation and representation, independent of what carries the requests.
 * <ul>
 *   <li>{@code GET /health} and {@code GET /openapi.json} (the contract of this API), both without a token</li>
 *   <li>{@code GET /briefs/{id}}</li>
 *   <li>{@code GET /briefs?limit=&cursor=} (and {@code GET /}): newest first,
 *       {@code {"items": [...], "nextCursor": ...}}</li>
 *   <li>{@code GET /briefs?key=<object key>}: {@code {"items": [...]}}</li>
 *   <li>filters {@code status}, {@code since}, {@code until}, {@code actor} on the listing, and
 *       {@code format=ndjson}; {@code GET /briefs/{id}/related} and {@code GET /actors/{name}}
 *       ({@link StoryRoutes})</li>
 * </ul>
 * Errors are {@code {"error": {"code", "message"}}}. The {@code Accept} header chooses JSON (the default), Markdown
 * ({@code text/markdown}) or HTML pages for browsers ({@code text/html}, errors included).
 */
public final class BriefsApi {

    static final int DEFAULT_LIMIT = 20;
    static final int MAX_LIMIT = 100;
    static final int MAX_KEY_LENGTH = 1024;
    static final String OPENAPI_RESOURCE = "openapi.json";
    /** The OpenAPI document, served as it is in the repository: the one description of this API. */
    private static final String OPENAPI = resource(OPENAPI_RESOURCE);

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
    private final StoryRoutes stories;

    /**
     * @param repository where briefs are read from
     * @param cursors    signs and checks listing cursors
     * @param token      the bearer token every route but /health requires, or null for none
     */
    public BriefsApi(BriefRepository repository, CursorCodec cursors, String token) {
        this.repository = repository;
        this.cursors = cursors;
        this.token = token == null || token.isEmpty() ? null : token.getBytes(StandardCharsets.UTF_8);
        this.stories = new StoryRoutes(repository, this);
    }

    public ApiResponse handle(ApiRequest request) {
        try {
            return route(request);
        } catch (ApiException e) {
            return error(request, e.status, e.code, e.getMessage());
        } catch (RuntimeException e) {
            // The client learns that something broke, never how: details go to the log only.
            dev.briefs.log.JsonLog.error("request failed", Map.of("exception", e.toString(), "path", request.path()));
            return error(request, 500, "INTERNAL", "The request could not be served. Try again later.");
        }
    }

    private ApiResponse route(ApiRequest request) {
        String path = request.path() == null || request.path().isEmpty() ? "/" : request.path();
        if (path.length() > 1 && path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        boolean known = path.equals("/") || path.equals("/health") || path.equals("/openapi.json")
                || path.equals("/briefs") || path.startsWith("/briefs/") || path.startsWith("/actors/");
        if (!known) {
            throw new ApiException(404, "NOT_FOUND", "No such route. Routes: GET /, GET /briefs, GET /briefs/{id},"
                    + " GET /briefs/{id}/related, GET /actors/{name}, GET /health, GET /openapi.json.");
        }
        if (!request.method().equals("GET") && !request.method().equals("HEAD")) {
            throw new ApiException(405, "METHOD_NOT_ALLOWED", "Only GET is supported.");
        }
        if (path.equals("/health")) {
            return json(200, Map.of("status", "ok"));
        }
        if (path.equals("/openapi.json")) {
            // Public like /health: the contract holds no data, and clients read it before they hold a token.
            return new ApiResponse(200, headers("application/json"), OPENAPI);
        }
        authorise(request);
        if (path.equals("/") || path.equals("/briefs")) {
            return request.query().containsKey("key") ? byKey(request) : list(request, path);
        }
        if (path.startsWith("/actors/")) {
            return stories.actor(request, path.substring("/actors/".length()));
        }
        String id = path.substring("/briefs/".length());
        if (id.endsWith(RELATED)) {
            return stories.related(request, validId(id.substring(0, id.length() - RELATED.length())));
        }
        return one(request, id);
    }

    private static final String RELATED = "/related";

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

    static String validId(String id) {
        if (!BriefIds.isValid(id)) {
            throw new ApiException(400, "INVALID_ID", "A brief id is b_ followed by 24 lower-case hex digits.");
        }
        return id;
    }

    private ApiResponse one(ApiRequest request, String id) {
        validId(id);
        Representation representation = Representation.of(request);
        if (representation == Representation.JSON) {
            // The stored document is the brief's JSON already: served as it is, with the related briefs added.
            String document = repository.getDocument(id).orElseThrow(
                    () -> new ApiException(404, "NOT_FOUND", "No brief with that id."));
            return new ApiResponse(200, headers("application/json"), stories.withRelated(document, id));
        }
        Brief brief = repository.get(id)
                .orElseThrow(() -> new ApiException(404, "NOT_FOUND", "No brief with that id."));
        return representation == Representation.MARKDOWN
                ? new ApiResponse(200, headers("text/markdown; charset=utf-8"), BriefMarkdown.render(brief))
                : html(200, BriefPages.brief(brief, stories.earlier(brief)));
    }

    /** A page of the listing; {@code path} is where it was asked for, so page links stay on {@code /} or {@code /briefs}. */
    private ApiResponse list(ApiRequest request, String path) {
        ListingFilters filters = ListingFilters.of(request.query());
        String after = after(request);
        String format = request.query().get("format");
        if (format != null) {
            if (!format.equals("ndjson")) {
                throw ApiException.badRequest("INVALID_FORMAT", "format must be ndjson (or left out for pages).");
            }
            return stories.export(filters, after);
        }
        int limit = limit(request.query().get("limit"));
        Page<Brief> page = repository.list(filters.query(), limit, after);
        String nextCursor = page.nextCursor() == null ? null : cursors.encode(page.nextCursor());
        return switch (Representation.of(request)) {
            case MARKDOWN -> new ApiResponse(200, headers("text/markdown; charset=utf-8"), markdownList(page.items()));
            case HTML -> html(200, BriefPages.list(StoryRoutes.listHeading(filters), page.items(),
                    after == null ? null : pageLink(path, filters, request.query().get("limit"), null),
                    nextCursor == null ? null : pageLink(path, filters, request.query().get("limit"), nextCursor),
                    StoryRoutes.statusLinks(path, filters)));
            case JSON -> {
                Map<String, Object> body = new LinkedHashMap<>();
                body.put("items", page.items());
                body.put("nextCursor", nextCursor);
                yield new ApiResponse(200, headers("application/json"), BriefJson.write(body));
            }
        };
    }

    /** The position a request's cursor stands for, or null without one; 400 for a cursor this API did not sign. */
    String after(ApiRequest request) {
        String cursor = request.query().get("cursor");
        try {
            return cursor == null || cursor.isEmpty() ? null : cursors.decode(cursor);
        } catch (CursorCodec.InvalidCursorException e) {
            throw new ApiException(400, "INVALID_CURSOR", e.getMessage());
        }
    }

    String encodeCursor(String position) {
        return position == null ? null : cursors.encode(position);
    }

    /** A link to a page of the listing, keeping the filters and the page size the client chose. */
    private static String pageLink(String path, ListingFilters filters, String limit, String cursor) {
        Map<String, String> parameters = filters.parameters();
        if (limit != null && !limit.isEmpty()) {
            parameters.put("limit", limit);
        }
        if (cursor != null) {
            parameters.put("cursor", cursor);
        }
        return ListingFilters.link(path, parameters);
    }

    private ApiResponse byKey(ApiRequest request) {
        String key = request.query().get("key");
        if (key == null || key.isEmpty() || key.length() > MAX_KEY_LENGTH) {
            throw new ApiException(400, "INVALID_KEY", "key must be 1 to " + MAX_KEY_LENGTH + " characters.");
        }
        List<Brief> items = repository.findBySourceKey(key);
        return switch (Representation.of(request)) {
            case MARKDOWN -> new ApiResponse(200, headers("text/markdown; charset=utf-8"), markdownList(items));
            case HTML -> html(200, BriefPages.list("Briefs of " + key, items, null, null));
            case JSON -> new ApiResponse(200, headers("application/json"), BriefJson.write(Map.of("items", items)));
        };
    }

    static int limit(String value) {
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

    static String markdownList(List<Brief> briefs) {
        StringBuilder md = new StringBuilder();
        for (Brief brief : briefs) {
            md.append(BriefMarkdown.render(brief)).append("\n---\n\n");
        }
        return md.toString();
    }

    private static ApiResponse json(int status, Object body) {
        return new ApiResponse(status, headers("application/json"), BriefJson.write(body));
    }

    static ApiResponse html(int status, String page) {
        Map<String, String> headers = headers("text/html; charset=utf-8");
        headers.put("Content-Security-Policy", BriefPages.CONTENT_SECURITY_POLICY);
        return new ApiResponse(status, headers, page);
    }

    /** An error as JSON, or as a page when a browser asked: a person following a stale link should read why. */
    private static ApiResponse error(ApiRequest request, int status, String code, String message) {
        if (Representation.of(request) == Representation.HTML) {
            return html(status, BriefPages.error(status, code, message));
        }
        ObjectNode body = BriefJson.mapper().createObjectNode();
        body.putObject("error").put("code", code).put("message", message);
        return new ApiResponse(status, headers("application/json"), body.toString());
    }

    static Map<String, String> headers(String contentType) {
        Map<String, String> headers = new LinkedHashMap<>(SECURITY_HEADERS);
        headers.put("Content-Type", contentType);
        return headers;
    }

    private static String resource(String name) {
        try (InputStream in = BriefsApi.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + name + " next to " + BriefsApi.class.getName());
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What a client can be answered in, from its {@code Accept} header. */
    enum Representation {
        JSON("application/json"), MARKDOWN("text/markdown"), HTML("text/html");

        private final String mediaType;

        Representation(String mediaType) {
            this.mediaType = mediaType;
        }

        /**
         * The representation the client prefers: the highest {@code q} among the media types it names exactly, the
         * first named on a tie; JSON when it names none of them (no header, {@code *}{@code /*}, anything else).
         */
        static Representation of(ApiRequest request) {
            String accept = request.header("accept");
            if (accept == null) {
                return JSON;
            }
            Representation best = JSON;
            double bestQuality = 0;
            for (String range : accept.split(",")) {
                String[] parts = range.split(";");
                String type = parts[0].strip().toLowerCase(Locale.ROOT);
                double quality = quality(parts);
                for (Representation candidate : values()) {
                    if (candidate.mediaType.equals(type) && quality > bestQuality) {
                        best = candidate;
                        bestQuality = quality;
                    }
                }
            }
            return best;
        }

        private static double quality(String[] parameters) {
            for (int i = 1; i < parameters.length; i++) {
                String parameter = parameters[i].strip();
                if (parameter.startsWith("q=")) {
                    try {
                        return Double.parseDouble(parameter.substring(2));
                    } catch (NumberFormatException e) {
                        return 0;
                    }
                }
            }
            return 1;
        }
    }
}
