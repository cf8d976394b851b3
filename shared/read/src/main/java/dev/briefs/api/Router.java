package dev.briefs.api;

import dev.briefs.render.Resources;


/** Which route a request is for: path normalisation, the route table, the method check, and where the token is asked. */
final class Router {

    static final String OPENAPI_RESOURCE = "openapi.json";
    /** The OpenAPI document, served as it is in the repository: the one description of this API. */
    private static final String OPENAPI = Resources.text(Router.class, OPENAPI_RESOURCE);

    private static final String RELATED = "/related";
    private static final String ARTICLE_SUFFIX = "/article";

    private final BearerAuth auth;
    private final BriefEndpoints briefs;
    private final StoryRoutes stories;
    private final ArticleEndpoint articles;
    private final HealthCheck health;

    Router(BearerAuth auth, BriefEndpoints briefs, StoryRoutes stories, ArticleEndpoint articles, HealthCheck health) {
        this.auth = auth;
        this.briefs = briefs;
        this.stories = stories;
        this.articles = articles;
        this.health = health;
    }

    ApiResponse route(ApiRequest request) {
        String path = normalise(request.path());
        boolean known = path.equals("/") || path.equals("/health") || path.equals("/openapi.json")
                || path.equals("/briefs") || path.startsWith("/briefs/") || path.startsWith("/actors/");
        if (!known) {
            throw new ApiException(404, "NOT_FOUND", "No such route. Routes: GET /, GET /briefs, GET /briefs/{id},"
                    + " GET /briefs/{id}/related, GET /briefs/{id}/article, GET /actors/{name}, GET /health,"
                    + " GET /openapi.json.");
        }
        // Public like /health: the contract holds no data, and clients read it before they hold a token.
        boolean open = path.equals("/health") || path.equals("/openapi.json");
        if (!open) {
            // Before the method: a caller without the token learns nothing about a route, not even its methods.
            auth.check(request);
        }
        if (!request.method().equals("GET") && !request.method().equals("HEAD")) {
            throw new ApiException(405, "METHOD_NOT_ALLOWED", "Only GET is supported.");
        }
        if (path.equals("/health")) {
            return health.answer();
        }
        if (path.equals("/openapi.json")) {
            return Responses.jsonText(200, OPENAPI);
        }
        if (path.equals("/") || path.equals("/briefs")) {
            return request.query().containsKey("key") ? briefs.byKey(request) : briefs.list(request, path);
        }
        if (path.startsWith("/actors/")) {
            return stories.actor(request, path.substring("/actors/".length()));
        }
        String id = path.substring("/briefs/".length());
        if (id.endsWith(RELATED)) {
            return stories.related(BriefEndpoints.validId(id.substring(0, id.length() - RELATED.length())));
        }
        if (id.endsWith(ARTICLE_SUFFIX)) {
            return articles.article(request, id.substring(0, id.length() - ARTICLE_SUFFIX.length()));
        }
        return briefs.one(request, id);
    }

    /** The path without a trailing slash; {@code /} for none. */
    private static String normalise(String path) {
        if (path == null || path.isEmpty()) {
            return "/";
        }
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }
}
