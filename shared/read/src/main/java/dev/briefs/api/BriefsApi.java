package dev.briefs.api;

import dev.briefs.store.BriefRepository;
import dev.briefs.store.ParsedArticleStore;

import java.time.Clock;

/**
 * The briefs HTTP API, independent of what carries the requests (API Gateway, the local server).
 * <ul>
 *   <li>{@code GET /health} (whether the table answers, {@link HealthCheck}) and {@code GET /openapi.json} (the
 *       contract of this API), both without a token</li>
 *   <li>{@code GET /briefs/{id}}</li>
 *   <li>{@code GET /briefs/{id}/article}: the parsed article the brief cites, {@code {"id", "title", "sentences"}}</li>
 *   <li>{@code GET /briefs?limit=&cursor=} (and {@code GET /}): newest first,
 *       {@code {"items": [...], "nextCursor": ...}}</li>
 *   <li>{@code GET /briefs?key=<object key>}: {@code {"items": [...]}}</li>
 *   <li>filters {@code status}, {@code since}, {@code until}, {@code actor} on the listing, and
 *       {@code format=ndjson}; {@code GET /briefs/{id}/related} and {@code GET /actors/{name}}
 *       ({@link StoryRoutes})</li>
 * </ul>
 * Errors are {@code {"error": {"code", "message"}}}. The {@code Accept} header chooses JSON (the default), Markdown
 * ({@code text/markdown}) or HTML pages for browsers ({@code text/html}, errors included).
 * <p>
 * Each concern has its class: {@link Router} (routes and methods), {@link BearerAuth}, {@link BriefEndpoints}
 * (parameters and representations of briefs), {@link ArticleEndpoint} (a brief's article), {@link Representation} ({@code Accept}), {@link PageLinks},
 * {@link SecurityHeaders} and {@link Responses} (headers and bodies), {@link ErrorResponses} (failures to answers).
 */
public final class BriefsApi {

    private final Router router;

    /**
     * @param repository where briefs are read from
     * @param articles   where the briefs' parsed articles are read from
     * @param cursors    signs and checks listing cursors
     * @param token      the bearer token every route but /health and /openapi.json requires, or null for none
     */
    public BriefsApi(BriefRepository repository, ParsedArticleStore articles, CursorCodec cursors, String token) {
        ListingCursors positions = new ListingCursors(cursors);
        StoryRoutes stories = new StoryRoutes(repository, positions);
        this.router = new Router(new BearerAuth(token), new BriefEndpoints(repository, positions, stories), stories,
                new ArticleEndpoint(repository, articles),
                new HealthCheck(() -> repository.getDocument(HealthCheck.PROBE_ID), Clock.systemUTC()));
    }

    public ApiResponse handle(ApiRequest request) {
        try {
            return router.route(request);
        } catch (RuntimeException e) {
            return ErrorResponses.of(request, e);
        }
    }

    /**
     * The API's answer to a request its carrier refused before the API could see it (a header too large, a request
     * line that is not HTTP): the same error body, page and security headers as every other answer.
     *
     * @param request what is known of the request (its {@code Accept} header chooses JSON or a page)
     */
    public static ApiResponse refusal(ApiRequest request, int status, String code, String message) {
        return ErrorResponses.of(request, status, code, message);
    }
}
