package dev.briefs.render;

import dev.briefs.brief.Actor;
import dev.briefs.brief.Brief;
import dev.briefs.brief.BriefContent;
import dev.briefs.brief.BriefError;
import dev.briefs.brief.EngineInfo;
import dev.briefs.brief.FailureCode;
import dev.briefs.brief.HeadlineShift;
import dev.briefs.brief.NextStep;
import dev.briefs.brief.Quote;
import dev.briefs.brief.Source;
import dev.briefs.brief.Verification;
import dev.briefs.store.BriefIds;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The HTML pages: what they show, and that nothing from an article can become markup. */
class BriefPagesTest {

    private static final String SCRIPT = "<script>alert(1)</script>";
    private static final String IMG = "\"><img src=x onerror=alert(2)>";
    private static final Instant CREATED = Instant.parse("2026-11-25T08:16:39.588Z");

    @Test
    void aReadyBriefShowsEveryPart() {
        Document page = Jsoup.parse(BriefPages.brief(ready("Council backs tram line", "news/tram.txt")));
        assertEquals("Council backs tram line", page.selectFirst("h1").text());
        assertEquals("READY", page.selectFirst(".status").text());
        String shift = page.selectFirst(".shift").text();
        assertTrue(shift.contains("Before The line was shelved") && shift.contains("After The line is funded")
                && shift.contains("Trigger A council vote"), shift);
        assertEquals("Ana Ruiz — council chair (person, 2 mentions)", page.selectFirst("ul li").text());
        assertEquals("“We listened to riders.”", page.selectFirst("blockquote").text());
        assertEquals("— Ana Ruiz", page.selectFirst("figcaption").text());
        assertTrue(page.text().contains("Tram Co: start building (in May)"), page.text());
        assertTrue(page.text().contains("s3://bucket/news/tram.txt"), page.text());
        assertTrue(page.text().contains("Fallback: made by the extractive engine because the model timed out"));
        assertTrue(page.text().contains("Verification dropped 1 item the article does not support:"));
        assertTrue(page.text().contains("quote “Ana Ruiz: \"Trams for all\"” — not in the article"), page.text());
        assertEquals(CREATED.toString(), page.selectFirst("time").attr("datetime"));
    }

    @Test
    void aFailedBriefShowsItsCodeAndMessageAndAProcessingOneThatItIsInProgress() {
        Brief processing = Brief.processing("b_000000000000000000000001", source("empty.txt"), CREATED);
        Brief failed = processing.failed(source("empty.txt"), BriefError.of(FailureCode.EMPTY_FILE, "The file is empty."),
                CREATED);
        Document failedPage = Jsoup.parse(BriefPages.brief(failed));
        assertEquals("Failed: EMPTY_FILE The file is empty.", failedPage.selectFirst(".notice.failed").text());
        assertEquals("empty.txt", failedPage.selectFirst("h1").text(), "no title yet: the key names it");
        assertNull(failedPage.selectFirst("meta[http-equiv=refresh]"));

        Document processingPage = Jsoup.parse(BriefPages.brief(processing));
        assertTrue(processingPage.selectFirst(".notice").text().startsWith("Being briefed."));
        assertEquals("5", processingPage.selectFirst("meta[http-equiv=refresh]").attr("content"));
    }

    @Test
    void hostileTextFromAnArticleStaysText() {
        String hostile = SCRIPT + IMG + "'&";
        Brief brief = everywhere(hostile);
        Brief failed = brief.failed(brief.source(), new BriefError("ENGINE_ERROR", hostile), CREATED);
        for (String html : List.of(BriefPages.brief(brief), BriefPages.brief(failed),
                BriefPages.list(hostile, List.of(brief, failed), null, null), BriefPages.error(404, "NOT_FOUND", hostile))) {
            Document page = Jsoup.parse(html);
            assertTrue(page.select("script, img, iframe, object, embed, link").isEmpty(), html);
            for (Element element : page.getAllElements()) {
                element.attributes().forEach(attribute ->
                        assertFalse(attribute.getKey().startsWith("on"), "event handler attribute in " + html));
            }
            assertFalse(html.contains(SCRIPT) || html.contains("<img"), html);
            assertTrue(page.text().contains(hostile), "shown as text: " + page.text());
        }
        Document page = Jsoup.parse(BriefPages.brief(brief));
        assertEquals(hostile, page.selectFirst("h1").text());
        assertEquals(hostile + " · briefs", page.title());
        assertEquals("“" + hostile + "”", page.selectFirst("blockquote").text());
    }

    @Test
    void aListLinksEachBriefAndPagesOnlyWhereThereIsMore() {
        Brief first = ready("First", "a.txt");
        Document page = Jsoup.parse(BriefPages.list("Briefs", List.of(first), null, "/?cursor=abc.def"));
        Element link = page.selectFirst("ol.briefs li a");
        assertEquals("/briefs/" + first.id(), link.attr("href"));
        assertEquals("First", link.text());
        assertEquals("/?cursor=abc.def", page.selectFirst("a[rel=next]").attr("href"));
        assertEquals("Older →", page.selectFirst("a[rel=next]").text());
        assertTrue(page.select("nav.pager a").stream().noneMatch(a -> a.text().contains("Newest")));

        Document last = Jsoup.parse(BriefPages.list("Briefs", List.of(), "/", null));
        assertNull(last.selectFirst("a[rel=next]"));
        assertEquals("← Newest", last.selectFirst("nav.pager a").text());
        assertTrue(last.text().contains("No briefs here yet."));
    }

    @Test
    void pagesAreSelfContainedAndFitAPhone() throws Exception {
        String html = BriefPages.brief(ready("Title", "a.txt"));
        Document page = Jsoup.parse(html);
        assertEquals("width=device-width, initial-scale=1", page.selectFirst("meta[name=viewport]").attr("content"));
        assertEquals(1, page.select("style").size(), "one stylesheet: the one the policy admits");
        Element style = page.selectFirst("style");
        assertFalse(style.data().contains("url(") || style.data().contains("@import") || style.data().contains("@font-face"));
        assertTrue(style.data().contains("max-width") && style.data().contains("system-ui"));
        // The policy allows exactly this stylesheet, by its hash.
        String hash = Base64.getEncoder().encodeToString(
                MessageDigest.getInstance("SHA-256").digest(style.data().getBytes(StandardCharsets.UTF_8)));
        assertTrue(BriefPages.CONTENT_SECURITY_POLICY.contains("style-src 'sha256-" + hash + "'"));
        assertTrue(BriefPages.CONTENT_SECURITY_POLICY.startsWith("default-src 'none';"));
        assertTrue(BriefPages.CONTENT_SECURITY_POLICY.contains("frame-ancestors 'none'"));
    }

    @Test
    void aQuoteWithoutASpeakerReadsAsUnattributed() {
        Brief brief = ready("Council backs tram line", "news/tram.txt", new BriefContent(
                new HeadlineShift("The line was shelved", "The line is funded", "A council vote"), List.of(),
                List.of(new Quote("", "Work starts in May.")), List.of(), new EngineInfo("extractive", "1", null, 1L,
                null, null, 2, null)));
        Document page = Jsoup.parse(BriefPages.brief(brief));
        assertEquals("— unattributed", page.selectFirst("figcaption").ownText().strip());
        assertTrue(BriefMarkdown.render(brief).contains("> — unattributed"), BriefMarkdown.render(brief));
    }

    @Test
    void escapingCoversTextAndAttributeDelimiters() {
        assertEquals("&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;amp;", HtmlWriter.escape("<a href=\"x\" title='y'>&amp;"));
        assertEquals("", HtmlWriter.escape(null));
    }

    private static Brief ready(String title, String key) {
        Verification verification = new Verification(1, 0, 0, 0, List.of(
                new Verification.DroppedItem("quote", "Ana Ruiz: \"Trams for all\"", "not in the article")));
        return ready(title, key, new BriefContent(
                new HeadlineShift("The line was shelved", "The line is funded", "A council vote"),
                List.of(new Actor("Ana Ruiz", "council chair", Actor.PERSON, 2)),
                List.of(new Quote("Ana Ruiz", "We listened to riders.")),
                List.of(new NextStep("Tram Co", "start building", "in May")),
                new EngineInfo("extractive", "1", "the model timed out", 12L, null, null, 2, verification)));
    }

    /** A brief in which every text an article or an engine could supply is {@code text}. */
    private static Brief everywhere(String text) {
        Verification verification = new Verification(1, 0, 0, 0, List.of(new Verification.DroppedItem("quote", text, text)));
        return ready(text, "keys/" + text + ".txt", new BriefContent(new HeadlineShift(text, text, text),
                List.of(new Actor(text, text, Actor.PERSON, 1)), List.of(new Quote(text, text)),
                List.of(new NextStep(text, text, text)),
                new EngineInfo("openai", text, text, 1L, 1, 1, 1, verification)));
    }

    private static Brief ready(String title, String key, BriefContent content) {
        return Brief.processing(BriefIds.of("bucket", key), source(key), CREATED)
                .ready(source(key), title, content, CREATED.plusSeconds(1));
    }

    private static Source source(String key) {
        return new Source("bucket", key, "etag", "ab".repeat(32), 120L, "text/plain");
    }
}
