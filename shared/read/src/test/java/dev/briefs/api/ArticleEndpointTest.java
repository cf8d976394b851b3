package dev.briefs.api;

import dev.briefs.brief.Actor;
import dev.briefs.brief.Brief;
import dev.briefs.brief.BriefContent;
import dev.briefs.brief.EngineInfo;
import dev.briefs.brief.HeadlineShift;
import dev.briefs.brief.NextStep;
import dev.briefs.brief.ParsedArticle;
import dev.briefs.brief.Quote;
import dev.briefs.brief.Source;
import dev.briefs.json.BriefJson;
import dev.briefs.render.BriefPages;
import dev.briefs.store.BriefIds;
import dev.briefs.store.InMemoryBriefRepository;
import dev.briefs.store.InMemoryParsedArticleStore;
import dev.briefs.store.Sequencers;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code GET /briefs/{id}/article}, and the links from a brief's items to it. */
class ArticleEndpointTest {

    private static final Instant AT = Instant.parse("2026-11-20T10:00:00Z");
    private static final String SHA = "ab".repeat(32);

    private final InMemoryBriefRepository repository = new InMemoryBriefRepository();
    private final InMemoryParsedArticleStore articles = new InMemoryParsedArticleStore();
    private final BriefsApi api = new BriefsApi(repository, articles,
            CursorCodec.fromSecret("test-cursor-key-0123456789"), null);

    private final String id = BriefIds.of("bucket", "ferries.txt");
    private final ParsedArticle article = new ParsedArticle(id, "Ferries run at night", List.of(
            new ParsedArticle.Sentence(1, "Ferries run at night"),
            new ParsedArticle.Sentence(2, "The authority voted on Tuesday <to> run ferries at night."),
            new ParsedArticle.Sentence(3, "“We listened,” said Ana Ruiz."),
            new ParsedArticle.Sentence(4, "The operator will publish a timetable.")));

    private Brief store(String key, BriefContent content) {
        Brief processing = Brief.processing(BriefIds.of("bucket", key),
                new Source("bucket", key, "etag", SHA, 10L, "text/plain"), AT);
        repository.claim(processing, Sequencers.NONE, AT.plusSeconds(60), AT);
        Brief ready = processing.ready(processing.source(), "Ferries run at night", content, AT);
        repository.complete(ready, Sequencers.NONE);
        return ready;
    }

    private Brief storeEvidenced() {
        Brief brief = store("ferries.txt", new BriefContent(
                new HeadlineShift("", "ferries run at night", "the authority voted",
                        new HeadlineShift.ShiftEvidence(List.of(), List.of(1), List.of(2))),
                List.of(new Actor("Ana Ruiz", "", Actor.PERSON, 1, List.of(3))),
                List.of(new Quote("Ana Ruiz", "We listened,", List.of(3))),
                List.of(new NextStep("", "publish a timetable", "", List.of(4))), EngineInfo.of("extractive", "1")));
        articles.put(article, SHA);
        return brief;
    }

    private ApiResponse get(String path, String accept) {
        return api.handle(new ApiRequest("GET", path, Map.of(), accept == null ? Map.of() : Map.of("accept", accept)));
    }

    @Test
    void theArticleIsServedAsStoredJson() {
        storeEvidenced();
        ApiResponse response = get("/briefs/" + id + "/article", null);
        assertEquals(200, response.status());
        assertEquals("application/json", response.headers().get("Content-Type"));
        assertEquals(BriefJson.write(article), response.body());
    }

    @Test
    void thePageHasEverySentenceAtItsAnchorAndMarksTheCitedOnes() {
        storeEvidenced();
        ApiResponse response = get("/briefs/" + id + "/article", "text/html");
        assertEquals(BriefPages.CONTENT_SECURITY_POLICY, response.headers().get("Content-Security-Policy"));
        Document page = Jsoup.parse(response.body());
        for (ParsedArticle.Sentence sentence : article.sentences()) {
            assertEquals(sentence.text(), page.getElementById("s" + sentence.id()).text());
        }
        assertEquals(List.of("s1", "s2", "s3", "s4"), page.select("li.cited").eachAttr("id"));
        assertTrue(page.select("script").isEmpty());
    }

    @Test
    void theBriefPageLinksEveryItemToItsSentences() {
        storeEvidenced();
        Document page = Jsoup.parse(get("/briefs/" + id, "text/html").body());
        String article = "/briefs/" + id + "/article";
        assertEquals(List.of(article + "#s3"), page.select("figure a").eachAttr("href"), "the quote");
        assertEquals(List.of(article + "#s1", article + "#s2", article + "#s3", article + "#s3", article + "#s4"),
                page.select(".evidence a").eachAttr("href"), "after, trigger, actor, quote, next step");
        Element step = page.select("li").last();
        assertEquals("publish a timetable sentence 4", step.text());
    }

    @Test
    void markdownGivesEachItemItsSentenceNumbers() {
        storeEvidenced();
        String brief = get("/briefs/" + id, "text/markdown").body();
        assertTrue(brief.contains("- **Trigger:** the authority voted [s2]"), brief);
        assertTrue(brief.contains("> — Ana Ruiz [s3]"), brief);
        assertTrue(brief.contains("- publish a timetable [s4]"), brief);
        String page = get("/briefs/" + id + "/article", "text/markdown").body();
        assertTrue(page.contains("3. **“We listened,” said Ana Ruiz.**"), page);
    }

    @Test
    void aBriefWithoutAStoredArticleIsNotFoundWithTheReason() {
        Brief old = store("old.txt", new BriefContent(new HeadlineShift("b", "a", "t"), List.of(), List.of(),
                List.of(), EngineInfo.of("extractive", "1")));
        ApiResponse response = get("/briefs/" + old.id() + "/article", null);
        assertEquals(404, response.status());
        assertTrue(response.body().contains("made before articles were kept"), response.body());
        assertEquals(400, get("/briefs/nope/article", null).status());
        assertEquals(404, get("/briefs/" + BriefIds.of("bucket", "none.txt") + "/article", null).status());
        Document page = Jsoup.parse(get("/briefs/" + old.id(), "text/html").body());
        assertTrue(page.select(".evidence").isEmpty(), "a brief without evidence links nowhere");
    }
}
