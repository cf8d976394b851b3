package dev.briefs.local.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.briefs.brief.Brief;
import dev.briefs.json.BriefJson;
import dev.briefs.local.Endpoints;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.Optional;

/** The operator commands' view of a running stack: its HTTP API, read as any client reads it. */
final class ApiClient {

    /** The largest page the API serves: fewest round trips when reading every brief. */
    private static final int PAGE = 100;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
    private final String apiUrl;
    private final String token;

    /**
     * @param apiUrl the API's base URL, from endpoints.json
     * @param token  the bearer token (BRIEFS_API_TOKEN), or null
     */
    private ApiClient(String apiUrl, String token) {
        this.apiUrl = apiUrl;
        this.token = token;
    }

    /**
     * A client of the stack recorded in {@code dataDir}, with the token from {@code BRIEFS_API_TOKEN}; fails with
     * advice when no stack runs there. endpoints.json alone is not proof: it outlives a stack that was killed.
     */
    static ApiClient connect(Endpoints endpoints, Path dataDir) throws InterruptedException {
        ApiClient client = new ApiClient(endpoints.apiUrl(), System.getenv("BRIEFS_API_TOKEN"));
        try {
            if (client.send("/health").statusCode() == 200) {
                return client;
            }
        } catch (IOException e) {
            // Nothing listens: reported below like any other non-answer.
        }
        throw new IllegalStateException("No local stack answers at " + endpoints.apiUrl() + " ("
                + dataDir.resolve(Endpoints.FILE_NAME) + " is left from one that stopped): start one with ./briefs up");
    }

    /** The brief with this id, or empty when there is none. */
    Optional<Brief> brief(String id) throws InterruptedException {
        HttpResponse<String> response = get("/briefs/" + id, 200, 404);
        return response.statusCode() == 404 ? Optional.empty() : Optional.of(BriefJson.readBrief(response.body()));
    }

    /** Every brief, newest first, page by page. */
    List<Brief> all() throws InterruptedException {
        List<Brief> briefs = new ArrayList<>();
        each(Map.of(), Integer.MAX_VALUE, item -> briefs.add(BriefJson.mapper().convertValue(item, Brief.class)));
        return briefs;
    }

    /**
     * Hands each brief of the listing with these filters to {@code action} as its JSON, newest first, page by page
     * (one page in memory at a time), until {@code max} briefs or the end.
     */
    void each(Map<String, String> filters, int max, Consumer<JsonNode> action) throws InterruptedException {
        String cursor = null;
        int seen = 0;
        do {
            StringBuilder query = new StringBuilder("?limit=").append(Math.min(PAGE, max - seen));
            filters.forEach((name, value) -> query.append('&').append(name).append('=')
                    .append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
            if (cursor != null) {
                query.append("&cursor=").append(URLEncoder.encode(cursor, StandardCharsets.UTF_8));
            }
            JsonNode page = json(get("/briefs" + query, 200).body());
            for (JsonNode item : page.get("items")) {
                action.accept(item);
                seen++;
            }
            cursor = page.get("nextCursor").isNull() ? null : page.get("nextCursor").asText();
        } while (cursor != null && seen < max);
    }

    /** A GET that must answer one of {@code statuses}; anything else is an error with the API's own message. */
    private HttpResponse<String> get(String pathAndQuery, int... statuses) throws InterruptedException {
        HttpResponse<String> response;
        try {
            response = send(pathAndQuery);
        } catch (IOException e) {
            throw new IllegalStateException("The local API at " + apiUrl + " does not answer (" + e.getMessage()
                    + "): is ./briefs up running?");
        }
        for (int status : statuses) {
            if (response.statusCode() == status) {
                return response;
            }
        }
        String hint = response.statusCode() == 401 ? " (set BRIEFS_API_TOKEN to the stack's token)" : "";
        throw new IllegalStateException("The API answered " + response.statusCode() + hint + ": " + response.body());
    }

    private HttpResponse<String> send(String pathAndQuery) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(apiUrl + pathAndQuery))
                .timeout(Duration.ofSeconds(10)).header("Accept", "application/json");
        if (token != null && !token.isEmpty()) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode json(String body) {
        try {
            return BriefJson.mapper().readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
