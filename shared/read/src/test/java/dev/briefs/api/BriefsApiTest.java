package dev.briefs.api;

import com.fasterxml.jackson.databind.JsonNode;
import dev.briefs.brief.Brief;
import dev.briefs.brief.BriefContent;
import dev.briefs.brief.EngineInfo;
import dev.briefs.brief.HeadlineShift;
import dev.briefs.brief.Quote;
import dev.briefs.brief.Source;
import dev.briefs.json.BriefJson;
import dev.briefs.store.BriefIds;
import dev.briefs.store.InMemoryBriefRepository;
import dev.briefs.store.InMemoryParsedArticleStore;
import dev.briefs.store.Sequencers;
import dev.briefs.testing.MutableClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BriefsApiTest {

    private final InMemoryBriefRepository repository = new InMemoryBriefRepository();
    private final InMemoryParsedArticleStore articles = new InMemoryParsedArticleStore();
    private final CursorCodec cursors = CursorCodec.fromSecret("test-cursor-key-0123456789");
    private BriefsApi api;

    @BeforeEach
    void storeBriefs() {
        Instant base = Instant.parse("2026-11-20T10:00:00Z");
        for (int i = 0; i < 25; i++) {
            String key = "story " + i + ".txt";
            Brief processing = Brief.processing(BriefIds.of("bucket", key), new Source("bucket", key, "e", null, 10L,
                    null), base.plusSeconds(i));
            repository.claim(processing, Sequencers.NONE, base.plusSeconds(600), base);
            repository.complete(processing.ready(processing.source(), "Story " + i, new BriefContent(
                    new HeadlineShift("before", "after", "trigger"), List.of(),
                    List.of(new Quote("Ana Ruiz", "We listened <to> shift workers")), List.of(),
                    EngineInfo.of("extractive", "1")), base.plusSeconds(i)), Sequencers.NONE);
        }
        api = new BriefsApi(repository, articles, cursors, null);
    }

    @Test
    void healthAnswersOkWhenTheTableAnswers() {
        ApiResponse response = get("/health", Map.of());
        assertEquals(200, response.status());
        assertEquals("ok", json(response).get("status").asText());
        assertEquals("ok", json(response).at("/dependencies/table").asText());
    }

    @Test
    void healthNamesTheTableWhenItIsDownAndAsksItAtMostEveryFewSeconds() {
        AtomicInteger reads = new AtomicInteger();
        AtomicBoolean down = new AtomicBoolean(true);
        Runnable probe = () -> {
            reads.incrementAndGet();
            if (down.get()) {
                throw new IllegalStateException("Unable to execute HTTP request: Connection refused");
            }
        };
        MutableClock clock = new MutableClock(Instant.parse("2026-11-25T08:00:00Z"));
        HealthCheck health = new HealthCheck(probe, clock);

        ApiResponse unavailable = health.answer();
        assertEquals(503, unavailable.status());
        assertEquals("unavailable", json(unavailable).get("status").asText());
        assertEquals("down: IllegalStateException: Unable to execute HTTP request: Connection refused",
                json(unavailable).at("/dependencies/table").asText());

        down.set(false);
        assertEquals(503, health.answer().status(), "the answer is kept for a few seconds");
        assertEquals(1, reads.get());
        clock.advance(HealthCheck.CACHED_FOR);
        assertEquals(200, health.answer().status());
        assertEquals(2, reads.get());
    }

    @Test
    void oneBriefByIdAsJsonAndAsMarkdown() {
        String id = BriefIds.of("bucket", "story 3.txt");
        ApiResponse response = get("/briefs/" + id, Map.of());
        assertEquals(200, response.status());
        assertEquals("Story 3", json(response).get("title").asText());
        assertEquals("READY", json(response).get("status").asText());

        ApiResponse markdown = api.handle(new ApiRequest("GET", "/briefs/" + id, Map.of(),
                Map.of("Accept", "text/markdown")));
        assertTrue(markdown.headers().get("Content-Type").startsWith("text/markdown"));
        assertTrue(markdown.body().startsWith("# Story 3"), markdown.body());
        assertTrue(markdown.body().contains("— Ana Ruiz"), markdown.body());
    }

    @Test
    void listingPagesNewestFirstWithoutGapsOrRepeats() {
        List<String> titles = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            Map<String, String> query = new HashMap<>(Map.of("limit", "10"));
            if (cursor != null) {
                query.put("cursor", cursor);
            }
            JsonNode page = json(get("/briefs", query));
            page.get("items").forEach(item -> titles.add(item.get("title").asText()));
            cursor = page.get("nextCursor").isNull() ? null : page.get("nextCursor").asText();
            pages++;
        } while (cursor != null && pages < 10);
        assertEquals(3, pages);
        assertEquals(25, titles.size());
        assertEquals("Story 24", titles.getFirst());
        assertEquals("Story 0", titles.getLast());
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "101", "-1", "ten", "1.5", "99999999999"})
    void limitOutsideOneToHundredIsA400(String limit) {
        ApiResponse response = get("/briefs", Map.of("limit", limit));
        assertEquals(400, response.status());
        assertEquals("INVALID_LIMIT", json(response).get("error").get("code").asText());
    }

    @Test
    void editedOrForgedCursorsAreA400() {
        JsonNode first = json(get("/briefs", Map.of("limit", "5")));
        String cursor = first.get("nextCursor").asText();
        String edited = (cursor.charAt(0) == 'A' ? 'B' : 'A') + cursor.substring(1);
        for (String bad : List.of(edited, "forged", "eyJ4IjoxfQ.AAAA", cursor + "x")) {
            ApiResponse response = get("/briefs", Map.of("cursor", bad));
            assertEquals(400, response.status(), bad);
            assertEquals("INVALID_CURSOR", json(response).get("error").get("code").asText());
        }
    }

    @Test
    void badIdsAndUnknownBriefsAndRoutes() {
        assertEquals(400, get("/briefs/not-an-id", Map.of()).status());
        assertEquals(400, get("/briefs/<script>", Map.of()).status());
        ApiResponse missing = get("/briefs/" + BriefIds.of("bucket", "nothing"), Map.of());
        assertEquals(404, missing.status());
        assertEquals("NOT_FOUND", json(missing).get("error").get("code").asText());
        assertEquals(404, get("/admin", Map.of()).status());
        assertEquals(405, api.handle(new ApiRequest("DELETE", "/briefs", Map.of(), Map.of())).status());
    }

    @Test
    void briefsByObjectKey() {
        JsonNode found = json(get("/briefs", Map.of("key", "story 7.txt")));
        assertEquals(1, found.get("items").size());
        assertEquals("Story 7", found.get("items").get(0).get("title").asText());
        assertEquals(0, json(get("/briefs", Map.of("key", "absent.txt"))).get("items").size());
        assertEquals(400, get("/briefs", Map.of("key", "k".repeat(1025))).status());
    }

    @Test
    void errorsAreJsonWithSecurityHeadersAndNeverEchoInput() {
        ApiResponse response = get("/briefs/<img src=x onerror=alert(1)>", Map.of());
        assertEquals("application/json", response.headers().get("Content-Type"));
        assertEquals("nosniff", response.headers().get("X-Content-Type-Options"));
        assertFalse(response.body().contains("<img"), response.body());
    }

    @Test
    void tokenIsRequiredEverywhereButHealthWhenConfigured() {
        BriefsApi locked = new BriefsApi(repository, articles, cursors, "s3cret-token");
        assertEquals(200, locked.handle(new ApiRequest("GET", "/health", Map.of(), Map.of())).status());
        assertEquals(401, locked.handle(new ApiRequest("GET", "/briefs", Map.of(), Map.of())).status());
        assertEquals(401, locked.handle(new ApiRequest("GET", "/briefs", Map.of(),
                Map.of("Authorization", "Bearer wrong"))).status());
        assertEquals(200, locked.handle(new ApiRequest("GET", "/briefs", Map.of(),
                Map.of("authorization", "Bearer s3cret-token"))).status());
    }

    @Test
    void theTokenIsCheckedBeforeTheMethodAndA401NamesTheBearerScheme() {
        BriefsApi locked = new BriefsApi(repository, articles, cursors, "s3cret-token");

        ApiResponse post = locked.handle(new ApiRequest("POST", "/briefs", Map.of(), Map.of()));
        ApiResponse get = locked.handle(new ApiRequest("GET", "/briefs/" + BriefIds.of("b", "k"), Map.of(), Map.of()));

        assertEquals(401, post.status());
        assertEquals("Bearer", post.headers().get("WWW-Authenticate"));
        assertEquals("nosniff", post.headers().get("X-Content-Type-Options"));
        assertEquals("Bearer", get.headers().get("WWW-Authenticate"));
        assertEquals(405, locked.handle(new ApiRequest("POST", "/briefs", Map.of(),
                Map.of("authorization", "Bearer s3cret-token"))).status(), "with the token, the method is checked");
        assertEquals(405, locked.handle(new ApiRequest("POST", "/health", Map.of(), Map.of())).status());
    }

    @Test
    void aRefusalByTheCarrierIsAnsweredLikeAnyOtherError() {
        ApiResponse json = BriefsApi.refusal(new ApiRequest("GET", "/", Map.of(), Map.of()), 431,
                "HEADERS_TOO_LARGE", "The request's headers are too large.");
        ApiResponse page = BriefsApi.refusal(new ApiRequest("GET", "/", Map.of(), Map.of("accept", "text/html")), 400,
                "BAD_REQUEST", "The request line is not valid HTTP.");

        assertEquals(431, json.status());
        assertEquals("HEADERS_TOO_LARGE", json(json).at("/error/code").asText());
        assertEquals("nosniff", json.headers().get("X-Content-Type-Options"));
        assertEquals(400, page.status());
        assertTrue(page.headers().get("Content-Type").startsWith("text/html"), page.headers().toString());
        assertTrue(page.body().contains("BAD_REQUEST"), page.body());
    }

    @Test
    void cursorRoundTripsAndEmptyListHasNoCursor() {
        assertEquals("0000000000123#b_x", cursors.decode(cursors.encode("0000000000123#b_x")));
        JsonNode empty = json(new BriefsApi(new InMemoryBriefRepository(), new InMemoryParsedArticleStore(), cursors, null)
                .handle(new ApiRequest("GET", "/briefs", Map.of(), Map.of())));
        assertEquals(0, empty.get("items").size());
        assertTrue(empty.get("nextCursor").isNull());
    }

    private ApiResponse get(String path, Map<String, String> query) {
        return api.handle(new ApiRequest("GET", path, query, Map.of()));
    }

    private static JsonNode json(ApiResponse response) {
        try {
            return BriefJson.mapper().readTree(response.body());
        } catch (Exception e) {
            throw new AssertionError(response.body(), e);
        }
    }
}
