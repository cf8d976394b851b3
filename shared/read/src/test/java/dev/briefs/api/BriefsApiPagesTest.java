package dev.briefs.api;

import dev.briefs.brief.Brief;
import dev.briefs.brief.BriefContent;
import dev.briefs.brief.BriefError;
import dev.briefs.brief.EngineInfo;
import dev.briefs.brief.FailureCode;
import dev.briefs.brief.HeadlineShift;
import dev.briefs.brief.Source;
import dev.briefs.store.BriefIds;
import dev.briefs.store.InMemoryBriefRepository;
import dev.briefs.store.InMemoryParsedArticleStore;
import dev.briefs.store.Sequencers;
import dev.briefs.render.BriefPages;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Content negotiation, the HTML routes and /openapi.json. */
class BriefsApiPagesTest {

    /** What Chromium sends when it follows a link. */
    private static final String BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,"
            + "image/webp,image/apng,*/*;q=0.8,application/signed-exchange;v=b3;q=0.7";

    private final InMemoryBriefRepository repository = new InMemoryBriefRepository();
    private final InMemoryParsedArticleStore articles = new InMemoryParsedArticleStore();
    private final CursorCodec cursors = CursorCodec.fromSecret("test-cursor-key-0123456789");
    private final BriefsApi api = new BriefsApi(repository, articles, cursors, null);

    @BeforeEach
    void storeBriefs() {
        Instant base = Instant.parse("2026-11-20T10:00:00Z");
        for (int i = 0; i < 7; i++) {
            Brief processing = processing("story " + i + ".txt", base.plusSeconds(i));
            repository.complete(processing.ready(processing.source(), "Story " + i, new BriefContent(
                    new HeadlineShift("before", "after", "trigger"), List.of(), List.of(), List.of(),
                    EngineInfo.of("extractive", "1")), base.plusSeconds(i)), Sequencers.NONE);
        }
        Brief empty = processing("empty.txt", base.plusSeconds(60));
        repository.complete(empty.failed(empty.source(), BriefError.of(FailureCode.EMPTY_FILE, "The file is empty."),
                base.plusSeconds(60)), Sequencers.NONE);
    }

    @Test
    void browsersGetPagesWithAPolicyThatAllowsOnlyTheirStylesheet() {
        for (String path : List.of("/", "/briefs", "/briefs/" + BriefIds.of("bucket", "story 3.txt"))) {
            ApiResponse response = browse(path, Map.of());
            assertEquals(200, response.status(), path);
            assertEquals("text/html; charset=utf-8", response.headers().get("Content-Type"));
            assertEquals(BriefPages.CONTENT_SECURITY_POLICY, response.headers().get("Content-Security-Policy"));
            assertEquals("nosniff", response.headers().get("X-Content-Type-Options"));
        }
        Document brief = Jsoup.parse(browse("/briefs/" + BriefIds.of("bucket", "story 3.txt"), Map.of()).body());
        assertEquals("Story 3", brief.selectFirst("h1").text());
        Document failed = Jsoup.parse(browse("/briefs/" + BriefIds.of("bucket", "empty.txt"), Map.of()).body());
        assertEquals("Failed: EMPTY_FILE The file is empty.", failed.selectFirst(".notice.failed").text());
    }

    @Test
    void olderLinksWalkTheWholeListingNewestFirstOnTheRouteTheyStartedOn() {
        List<String> titles = new ArrayList<>();
        String next = "/?limit=3";
        int pages = 0;
        while (next != null && pages++ < 10) {
            URI link = URI.create(next);
            Document page = Jsoup.parse(browse(link.getPath(), query(link)).body());
            page.select("ol.briefs li > a").forEach(a -> titles.add(a.text()));
            Element older = page.selectFirst("a[rel=next]");
            next = older == null ? null : older.attr("href");
            if (next != null) {
                assertTrue(next.startsWith("/?limit=3&cursor="), next);
            }
        }
        assertEquals(List.of("empty.txt", "Story 6", "Story 5", "Story 4", "Story 3", "Story 2", "Story 1", "Story 0"),
                titles);
        assertEquals(3, pages);
    }

    @Test
    void briefsOfAKeyAsAPage() {
        Document page = Jsoup.parse(browse("/briefs", Map.of("key", "story 2.txt")).body());
        assertEquals("Briefs of story 2.txt", page.selectFirst("h1").text());
        assertEquals(List.of("Story 2"), page.select("ol.briefs li > a").eachText());
        assertNull(page.selectFirst("nav.pager"));
    }

    @Test
    void browsersGetErrorsAsPagesAndOtherClientsAsJson() {
        ApiResponse missing = browse("/briefs/" + BriefIds.of("bucket", "nothing"), Map.of());
        assertEquals(404, missing.status());
        assertEquals("text/html; charset=utf-8", missing.headers().get("Content-Type"));
        assertEquals("NOT_FOUND", Jsoup.parse(missing.body()).selectFirst("h1").text());
        assertEquals(400, browse("/", Map.of("limit", "0")).status());

        ApiResponse json = api.handle(new ApiRequest("GET", "/nowhere", Map.of(), Map.of("Accept", "*/*")));
        assertEquals(404, json.status());
        assertEquals("application/json", json.headers().get("Content-Type"));
        assertEquals("default-src 'none'; frame-ancestors 'none'", json.headers().get("Content-Security-Policy"));
    }

    @Test
    void theAcceptHeaderChoosesByQualityThenOrder() {
        assertEquals(Representation.JSON, negotiate(null));
        assertEquals(Representation.JSON, negotiate("*/*"));
        assertEquals(Representation.HTML, negotiate(BROWSER));
        assertEquals(Representation.MARKDOWN, negotiate("text/markdown"));
        assertEquals(Representation.MARKDOWN, negotiate("text/html;q=0.5, text/markdown"));
        assertEquals(Representation.HTML, negotiate("text/html, text/markdown"));
        assertEquals(Representation.JSON, negotiate("text/html;q=0, application/json;q=0.1"));
    }

    @Test
    void theRootListsLikeBriefsForEveryClient() {
        assertEquals(api.handle(new ApiRequest("GET", "/briefs", Map.of(), Map.of())).body(),
                api.handle(new ApiRequest("GET", "/", Map.of(), Map.of())).body());
    }

    @Test
    void theOpenApiDocumentIsServedWithoutAToken() throws Exception {
        BriefsApi locked = new BriefsApi(repository, articles, cursors, "s3cret-token");
        ApiResponse response = locked.handle(new ApiRequest("GET", "/openapi.json", Map.of(), Map.of()));
        assertEquals(200, response.status());
        assertEquals("application/json", response.headers().get("Content-Type"));
        try (var in = BriefsApi.class.getResourceAsStream(Router.OPENAPI_RESOURCE)) {
            assertEquals(new String(in.readAllBytes(), StandardCharsets.UTF_8), response.body());
        }
        assertEquals(401, locked.handle(new ApiRequest("GET", "/", Map.of(), Map.of("Accept", BROWSER))).status());
    }

    private Brief processing(String key, Instant at) {
        Brief processing = Brief.processing(BriefIds.of("bucket", key), new Source("bucket", key, "e", null, 10L, null), at);
        repository.claim(processing, Sequencers.NONE, at.plusSeconds(600), at);
        return processing;
    }

    private ApiResponse browse(String path, Map<String, String> query) {
        return api.handle(new ApiRequest("GET", path, query, Map.of("Accept", BROWSER)));
    }

    private static Representation negotiate(String accept) {
        Map<String, String> headers = new HashMap<>();
        if (accept != null) {
            headers.put("Accept", accept);
        }
        return Representation.of(new ApiRequest("GET", "/", Map.of(), headers));
    }

    private static Map<String, String> query(URI link) {
        Map<String, String> query = new HashMap<>();
        if (link.getRawQuery() != null) {
            for (String pair : link.getRawQuery().split("&")) {
                String[] nameValue = pair.split("=", 2);
                query.put(nameValue[0], URLDecoder.decode(nameValue[1], StandardCharsets.UTF_8));
            }
        }
        return query;
    }
}
