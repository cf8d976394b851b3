package dev.briefs.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.briefs.json.BriefJson;
import dev.briefs.store.BriefIds;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Real answers of the local stack (with a bearer token, so 401 is real too) against openapi.json: every status, media
 * type and JSON body must be what the document says.
 */
class OpenApiContractIT {

    private static final String TOKEN = "contract-test-token";
    private static final Map<String, String> AUTHORISED = Map.of("Authorization", "Bearer " + TOKEN);
    private static final String STORY = RunningStack.STORY;

    private static final OpenApiContract contract = new OpenApiContract();
    private static RunningStack stack;
    private static String readyId;
    private static String failedId;

    @BeforeAll
    static void briefAnArticleAndAnEmptyFile(@TempDir Path dataDir) throws Exception {
        stack = RunningStack.start(dataDir, Map.of("BRIEFS_API_TOKEN", TOKEN));
        readyId = stack.upload("ferries.txt", STORY);
        failedId = stack.upload("empty.txt", "");
        assertEquals("READY", stack.awaitFinished(readyId, AUTHORISED).get("status").asText());
        assertEquals("FAILED", stack.awaitFinished(failedId, AUTHORISED).get("status").asText());
    }

    @AfterAll
    static void stop() {
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    void briefsReadyAndFailed() throws Exception {
        assertConforms("/briefs/{id}", get("/briefs/" + readyId));
        assertConforms("/briefs/{id}", get("/briefs/" + failedId));
        assertConforms("/briefs/{id}", get("/briefs/" + readyId, "Accept", "text/markdown"));
        assertConforms("/briefs/{id}", get("/briefs/" + readyId, "Accept", "text/html"));
    }

    @Test
    void listingsPagesAndByKey() throws Exception {
        HttpResponse<String> first = get("/briefs?limit=1");
        assertConforms("/briefs", first);
        String cursor = BriefJson.mapper().readTree(first.body()).get("nextCursor").asText();
        assertConforms("/briefs", get("/briefs?limit=1&cursor=" + URLEncoder.encode(cursor, StandardCharsets.UTF_8)));
        assertConforms("/", get("/"));
        assertConforms("/briefs", get("/briefs?key=ferries.txt"));
        assertConforms("/briefs", get("/briefs?key=absent.txt"));
    }

    @Test
    void actorsRelatedBriefsFiltersAndExport() throws Exception {
        HttpResponse<String> actor = get("/actors/Ana%20Ruiz?limit=5");
        assertEquals(1, BriefJson.mapper().readTree(actor.body()).get("briefs").size(), actor.body());
        assertConforms("/actors/{name}", actor);
        assertConforms("/actors/{name}", get("/actors/Nobody%20Known"));
        assertConforms("/actors/{name}", get("/actors/Ana%20Ruiz", "Accept", "text/html"));
        assertConforms("/actors/{name}", get("/actors/Ana%20Ruiz", "Accept", "text/markdown"));
        assertConforms("/briefs/{id}/related", get("/briefs/" + readyId + "/related"));
        assertConforms("/briefs", get("/briefs?actor=ana%20ruiz&status=READY&since=2000-01-01&until=2999-12-31T00:00:00Z"));
        assertConforms("/briefs", get("/briefs?status=FAILED&limit=1"));
        HttpResponse<String> export = get("/briefs?format=ndjson");
        assertEquals(2, export.body().lines().count(), export.body());
        assertConforms("/briefs", export);
    }

    @Test
    void badFiltersAndNames() throws Exception {
        for (String query : List.of("status=DONE", "since=soon", "until=2026-02-30", "since=2026-02-02&until=2026-02-01",
                "actor=%01", "format=xml")) {
            HttpResponse<String> response = get("/briefs?" + query);
            assertEquals(400, response.statusCode(), query);
            assertConforms("/briefs", response);
        }
        HttpResponse<String> tooLong = get("/actors/" + "n".repeat(10 * 1024));
        assertEquals(400, tooLong.statusCode());
        assertConforms("/actors/{name}", tooLong);
        assertConforms("/briefs/{id}/related", get("/briefs/" + BriefIds.of(LocalStack.BUCKET, "never uploaded")
                + "/related"));
    }

    @Test
    void errors() throws Exception {
        assertConforms("/briefs", get("/briefs?limit=0"));
        assertConforms("/briefs", get("/briefs?cursor=forged"));
        assertConforms("/briefs", get("/briefs?key=" + "k".repeat(1025)));
        assertConforms("/briefs/{id}", get("/briefs/not-an-id"));
        assertConforms("/briefs/{id}", get("/briefs/" + BriefIds.of(LocalStack.BUCKET, "never uploaded")));
        assertConforms("/briefs/{id}", get("/briefs/" + BriefIds.of(LocalStack.BUCKET, "never uploaded"),
                "Accept", "text/html"));
        assertConforms("/briefs", stack.get("/briefs", Map.of()));
        assertConforms("/briefs", stack.send("POST", "/briefs", AUTHORISED));
        assertTrue(contract.violationsOfComponent("NotFound", get("/admin")).isEmpty());
    }

    @Test
    void publicRoutesNeedNoToken() throws Exception {
        HttpResponse<String> health = stack.get("/health", Map.of());
        assertEquals(200, health.statusCode());
        assertConforms("/health", health);
        HttpResponse<String> document = stack.get("/openapi.json", Map.of());
        assertEquals(200, document.statusCode());
        assertConforms("/openapi.json", document);
    }

    /** The oracle itself: a body that breaks the contract is caught, so a pass above means something. */
    @Test
    void theContractRejectsWhatItDoesNotDescribe() throws Exception {
        JsonNode ready = BriefJson.mapper().readTree(get("/briefs/" + readyId).body());
        for (ObjectNode broken : List.of(
                ((ObjectNode) ready.deepCopy()).put("status", "DONE"),
                ((ObjectNode) ready.deepCopy()).put("summary", "a field the document does not name"),
                ((ObjectNode) ready.deepCopy()).put("createdAt", "yesterday"),
                (ObjectNode) ((ObjectNode) ready.deepCopy()).without("engine"))) {
            assertFalse(contract.violations("/briefs/{id}", 200, "application/json", broken.toString()).isEmpty(),
                    broken.toString());
        }
        assertFalse(contract.violations("/briefs/{id}", 418, "application/json", "{}").isEmpty());
        assertFalse(contract.violations("/briefs/{id}", 200, "text/plain", "").isEmpty());
    }

    private static void assertConforms(String pathTemplate, HttpResponse<String> response) {
        List<String> violations = contract.violations(pathTemplate, response);
        assertTrue(violations.isEmpty(), violations + " in " + response.statusCode() + " " + response.body());
    }

    private static HttpResponse<String> get(String pathAndQuery, String... headers) throws Exception {
        Map<String, String> all = new HashMap<>(AUTHORISED);
        for (int i = 0; i < headers.length; i += 2) {
            all.put(headers[i], headers[i + 1]);
        }
        return stack.get(pathAndQuery, all);
    }
}
