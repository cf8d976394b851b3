package dev.briefs.api;

import com.fasterxml.jackson.databind.JsonNode;
import dev.briefs.brief.Actor;
import dev.briefs.brief.Brief;
import dev.briefs.brief.BriefError;
import dev.briefs.brief.FailureCode;
import dev.briefs.brief.Quote;
import dev.briefs.json.BriefJson;
import dev.briefs.store.InMemoryBriefRepository;
import dev.briefs.store.Sequencers;
import dev.briefs.story.StoryBriefs;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static dev.briefs.story.StoryBriefs.person;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The routes that follow actors and stories, over the in-memory repository. */
class StoryRoutesTest {

    private static final Instant DAY_ONE = Instant.parse("2026-11-01T09:00:00Z");
    private static final Actor STARMER = person("Keir Starmer", "UK Prime Minister");
    private static final Actor MACRON = person("Emmanuel Macron", "French President");

    private final InMemoryBriefRepository repository = new InMemoryBriefRepository();
    private final BriefsApi api = new BriefsApi(repository, new dev.briefs.store.InMemoryParsedArticleStore(), CursorCodec.fromSecret("test-cursor-key-0123456789"), null);
    private final List<Brief> story = new ArrayList<>();

    @BeforeEach
    void storeAStoryAndOthers() {
        for (int day = 0; day < 4; day++) {
            story.add(store(StoryBriefs.ready("story-" + day + ".txt", DAY_ONE.plus(Duration.ofDays(day)),
                    "Ukraine troop plan, day " + day, "After " + day, List.of(STARMER, MACRON),
                    List.of(new Quote("Starmer", "Our support is unwavering on day " + day + ".")))));
        }
        for (int i = 0; i < 5; i++) {
            store(StoryBriefs.ready("other-" + i + ".txt", DAY_ONE.plus(Duration.ofHours(i)), "Harbour " + i,
                    "Cranes", List.of(person("Ana Ruiz", "")), List.of()));
        }
        Brief failed = StoryBriefs.ready("failed.txt", DAY_ONE.plus(Duration.ofDays(2)), "x", "x", List.of(), List.of());
        store(failed.failed(failed.source(), BriefError.of(FailureCode.EMPTY_FILE, "The file is empty."),
                failed.createdAt()));
    }

    @Test
    void anActorsBriefsNewestFirstPagedWithTheSignedCursors() {
        List<String> ids = new ArrayList<>();
        String cursor = null;
        do {
            Map<String, String> query = new HashMap<>(Map.of("actor", "KEIR STARMER", "limit", "3"));
            if (cursor != null) {
                query.put("cursor", cursor);
            }
            JsonNode page = json(get("/briefs", query));
            page.get("items").forEach(item -> ids.add(item.get("id").asText()));
            cursor = page.get("nextCursor").isNull() ? null : page.get("nextCursor").asText();
        } while (cursor != null);
        assertEquals(story.reversed().stream().map(Brief::id).toList(), ids);
    }

    @Test
    void filtersCombineWithTheActorAndWithEachOther() {
        JsonNode page = json(get("/briefs", Map.of("actor", "Keir Starmer", "since", "2026-11-02", "until",
                "2026-11-03T09:00:00Z")));
        assertEquals(List.of(story.get(2).id(), story.get(1).id()), ids(page));

        JsonNode failed = json(get("/briefs", Map.of("status", "failed")));
        assertEquals(1, failed.get("items").size());
        assertEquals("FAILED", failed.get("items").get(0).get("status").asText());
        assertEquals(0, json(get("/briefs", Map.of("status", "FAILED", "actor", "Keir Starmer"))).get("items").size());

        JsonNode firstDay = json(get("/briefs", Map.of("until", "2026-11-01", "status", "READY")));
        assertEquals(6, firstDay.get("items").size(), "day one: the story's first brief and five others");
    }

    @ParameterizedTest
    @ValueSource(strings = {"status=DONE", "since=yesterday", "until=2026-13-01", "since=2026-11-05&until=2026-11-01",
            "format=csv", "actor=%00bad", "actor=..."})
    void badFiltersAre400WithACodeNamingTheParameter(String parameters) {
        Map<String, String> query = new HashMap<>();
        for (String pair : parameters.split("&")) {
            String[] parts = pair.split("=", 2);
            query.put(parts[0], java.net.URLDecoder.decode(parts[1], StandardCharsets.UTF_8));
        }
        ApiResponse response = get("/briefs", query);
        assertEquals(400, response.status(), response.body());
        String code = json(response).get("error").get("code").asText();
        assertTrue(code.equals("INVALID_RANGE") || code.equals("INVALID_" + query.keySet().iterator().next()
                .toUpperCase(java.util.Locale.ROOT)), code);
    }

    @Test
    void theActorPageHasTheirBriefsRolesAndEveryQuote() {
        JsonNode page = json(get("/actors/" + encode("keir STARMER"), Map.of()));

        assertEquals("Keir Starmer", page.get("name").asText());
        assertEquals(story.reversed().stream().map(Brief::id).toList(), ids(page.get("briefs")));
        assertEquals("UK Prime Minister", page.get("briefs").get(0).get("role").asText());
        assertEquals(4, page.get("quotes").size());
        JsonNode newest = page.get("quotes").get(0);
        assertEquals(story.getLast().id(), newest.get("briefId").asText());
        assertEquals("Starmer", newest.get("speaker").asText());
        assertEquals("Our support is unwavering on day 3.", newest.get("text").asText());
        assertTrue(page.get("nextCursor").isNull());
    }

    @Test
    void anUnknownActorIsAnEmptyPageAndAnImpossibleNameA400() {
        JsonNode unknown = json(get("/actors/Nobody%20Known", Map.of()));
        assertEquals(0, unknown.get("briefs").size());
        assertEquals("Nobody Known", unknown.get("name").asText());

        for (String name : List.of("x".repeat(10 * 1024), "Keir%0AStarmer", "%E2%80%94", "%ZZ")) {
            ApiResponse response = get("/actors/" + name, Map.of());
            assertEquals(400, response.status(), name);
            assertEquals("INVALID_ACTOR", json(response).get("error").get("code").asText());
        }
    }

    @Test
    void aBriefCarriesItsEarlierBriefsAndTheRelatedRouteListsThem() {
        Brief newest = story.getLast();
        JsonNode brief = json(get("/briefs/" + newest.id(), Map.of()));
        JsonNode related = json(get("/briefs/" + newest.id() + "/related", Map.of()));

        assertEquals(related.get("items"), brief.get("related"));
        assertEquals(List.of(story.get(2).id(), story.get(1).id(), story.get(0).id()), ids(related.get("items")));
        JsonNode first = related.get("items").get(0);
        assertEquals(List.of("Keir Starmer", "Emmanuel Macron"),
                BriefJson.mapper().convertValue(first.get("sharedActors"), List.class));
        assertTrue(first.get("score").asDouble() >= 2);
        assertTrue(json(get("/briefs/" + story.getFirst().id() + "/related", Map.of())).get("items").isEmpty());
        assertEquals(404, get("/briefs/b_000000000000000000000000/related", Map.of()).status());
    }

    @Test
    void aDeletedBriefLeavesTheActorIndexAndEveryRelatedList() {
        Brief deleted = story.get(2);
        assertTrue(repository.delete(deleted.id(), Sequencers.NONE));

        assertFalse(ids(json(get("/briefs", Map.of("actor", "Keir Starmer")))).contains(deleted.id()));
        assertFalse(ids(json(get("/actors/Keir%20Starmer", Map.of())).get("briefs")).contains(deleted.id()));
        assertFalse(ids(json(get("/briefs/" + story.getLast().id() + "/related", Map.of())).get("items"))
                .contains(deleted.id()));
    }

    @Test
    void ndjsonIsEveryMatchingBriefWholeOnePerLine() {
        ApiResponse response = get("/briefs", Map.of("format", "ndjson", "actor", "Keir Starmer"));
        assertEquals("application/x-ndjson", response.headers().get("Content-Type"));
        String[] lines = response.body().split("\n");
        assertEquals(4, lines.length);
        assertEquals(story.getLast(), BriefJson.readBrief(lines[0]));
        assertFalse(response.headers().containsKey("Link"));
        assertEquals(10, get("/briefs", Map.of("format", "ndjson")).body().split("\n").length);
    }

    @Test
    void pagesLinkActorsFiltersAndTheEarlierBriefs() {
        Map<String, String> html = Map.of("Accept", "text/html");
        String list = api.handle(new ApiRequest("GET", "/briefs", Map.of("actor", "Keir Starmer"), html)).body();
        assertTrue(list.contains("href=\"/actors/Keir%20Starmer\""), list);
        assertTrue(list.contains("href=\"/briefs?actor=Keir+Starmer&amp;status=FAILED\""), list);
        assertTrue(list.contains("After 3"), list);

        String page = api.handle(new ApiRequest("GET", "/briefs/" + story.getLast().id(), Map.of(), html)).body();
        assertTrue(page.contains("Earlier in this story"), page);
        assertTrue(page.contains("After 2") && page.contains("before Ukraine troop plan, day 3"), page);

        String actor = api.handle(new ApiRequest("GET", "/actors/Keir%20Starmer", Map.of(), html)).body();
        assertTrue(actor.contains("Our support is unwavering on day 0."), actor);
        assertFalse(actor.contains("<script"));
    }

    private Brief store(Brief brief) {
        repository.claim(Brief.processing(brief.id(), brief.source(), brief.createdAt()), Sequencers.NONE,
                brief.createdAt().plusSeconds(600), brief.createdAt());
        repository.complete(brief, Sequencers.NONE);
        return brief;
    }

    private ApiResponse get(String path, Map<String, String> query) {
        return api.handle(new ApiRequest("GET", path, query, Map.of()));
    }

    private static List<String> ids(JsonNode node) {
        JsonNode items = node.has("items") ? node.get("items") : node;
        List<String> ids = new ArrayList<>();
        items.forEach(item -> ids.add(item.get("id").asText()));
        return ids;
    }

    private static String encode(String name) {
        return URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static JsonNode json(ApiResponse response) {
        try {
            return BriefJson.mapper().readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
