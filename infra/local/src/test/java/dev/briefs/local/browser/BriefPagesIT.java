package dev.briefs.local.browser;

import com.fasterxml.jackson.databind.JsonNode;
import dev.briefs.local.RunningStack;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The brief pages in a real browser: articles uploaded to the local stack (one ordinary, one written to inject markup,
 * one empty so it fails), then Chromium loads the pages the API serves. It checks the DOM the browser built (hostile
 * text stays text, no injected element) and takes a phone-sized screenshot. Skipped when /usr/bin/chromium is missing;
 * .ci/run installs it.
 */
class BriefPagesIT {

    private static final String HOSTILE_TITLE = "<script>alert(1)</script> Port \"><img src=x onerror=alert(2)> reopens";
    private static final String HOSTILE = HOSTILE_TITLE + """

            The port authority voted on Tuesday to reopen the northern quay, \
            "><img src=x onerror=alert(3)> reversing a closure that has stood since 2019.
            “We listened <script>alert(4)</script> to the crews,” said Ana Ruiz, the authority’s chair.
            """;
    private static final String STORY = RunningStack.STORY;
    /** The phone the screenshot is taken on: 412 × 915 CSS pixels, a common Android size. */
    private static final int PHONE_WIDTH = 412;
    private static final int PHONE_HEIGHT = 915;

    private static RunningStack stack;
    private static Chromium chromium;
    private static String storyId;
    private static String hostileId;
    private static String emptyId;

    @BeforeAll
    static void uploadArticlesAndWaitForTheirBriefs(@TempDir Path dataDir, @TempDir Path profiles) throws Exception {
        if (!Chromium.isInstalled()) {
            return;
        }
        chromium = new Chromium(profiles);
        stack = RunningStack.start(dataDir, Map.of());
        // One at a time, so that "newest first" has one answer.
        storyId = stack.upload("ferries.txt", STORY);
        stack.awaitFinished(storyId, Map.of());
        hostileId = stack.upload("quay \"><img src=x onerror=alert(5)>.txt", HOSTILE);
        stack.awaitFinished(hostileId, Map.of());
        emptyId = stack.upload("empty <i>draft</i>.txt", "");
        stack.awaitFinished(emptyId, Map.of());
    }

    /** Per test rather than per class, so that each test is reported skipped, with the reason, where Chromium is missing. */
    @BeforeEach
    void requireChromium() {
        assumeTrue(Chromium.isInstalled(), "Chromium is not installed at " + Chromium.BINARY
                + ": skipping the browser test (apt-get install chromium; .ci/run does)");
    }

    @AfterAll
    static void stop() {
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    void theListShowsEveryBriefWithItsStatusAndPagesOlderBriefs() throws Exception {
        String hostileTitle = stack.awaitFinished(hostileId, Map.of()).get("title").asText();
        Document first = dom("/?limit=2");
        assertEquals(List.of("FAILED", "READY"), first.select("ol.briefs li .status").eachText());
        assertEquals(List.of("empty <i>draft</i>.txt", hostileTitle), first.select("ol.briefs li > a").eachText(),
                "newest first; a brief without a title is named by its key");
        Element older = first.selectFirst("a[rel=next]");
        assertEquals("Older →", older.text());

        Document second = dom(older.attr("href"));
        assertEquals(List.of("Harbour authority approves night ferries"), second.select("ol.briefs li > a").eachText());
        assertEquals(null, second.selectFirst("a[rel=next]"), "the last page has no older link");
        assertEquals("← Newest", second.selectFirst("nav.pager a").text());
    }

    @Test
    void hostileTextIsShownAsTextAndInjectsNothing() throws Exception {
        JsonNode brief = stack.awaitFinished(hostileId, Map.of());
        String title = brief.get("title").asText();
        assertTrue(title.contains("<script>") && title.contains("<img"), "the article's markup is in the title: " + title);
        Document page = dom("/briefs/" + hostileId);
        assertNothingInjected(page);
        assertEquals(title, page.selectFirst("h1").text());
        assertEquals(title + " · briefs", page.title());
        assertTrue(page.text().contains("quay \"><img src=x onerror=alert(5)>.txt"), "the key as text");
        for (JsonNode quote : brief.get("quotes")) {
            assertTrue(page.select("blockquote").text().contains(squashed(quote.get("text"))), quote.toString());
        }
        assertNothingInjected(dom("/"));
    }

    @Test
    void aReadyBriefShowsItsPartsAsTheApiHasThem() throws Exception {
        JsonNode brief = stack.awaitFinished(storyId, Map.of());
        Document page = dom("/briefs/" + storyId);
        assertEquals("READY", page.selectFirst(".status").text());
        String shift = page.selectFirst(".shift").text();
        assertTrue(shift.contains(squashed(brief.get("headlineShift").get("after"))), shift);
        assertTrue(shift.contains(squashed(brief.get("headlineShift").get("trigger"))), shift);
        for (JsonNode actor : brief.get("actors")) {
            assertTrue(page.text().contains(squashed(actor.get("name"))), actor.toString());
        }
        for (JsonNode quote : brief.get("quotes")) {
            assertTrue(page.select("figcaption").text().contains(squashed(quote.get("speaker"))), quote.toString());
        }
        for (JsonNode step : brief.get("nextSteps")) {
            assertTrue(page.text().contains(squashed(step.get("action"))), step.toString());
        }
        assertTrue(page.text().contains("Provider " + brief.get("engine").get("provider").asText()), page.text());
        assertTrue(page.text().contains("s3://briefs-articles/ferries.txt"), page.text());
    }

    @Test
    void clickingAQuoteLandsOnItsSentenceInTheArticleMarkedAsCited() throws Exception {
        JsonNode brief = stack.awaitFinished(storyId, Map.of());
        Document page = dom("/briefs/" + storyId);
        assertFalse(brief.get("quotes").isEmpty(), brief.toString());
        List<Element> figures = page.select("figure");
        assertEquals(brief.get("quotes").size(), figures.size());
        for (int i = 0; i < figures.size(); i++) {
            String quote = squashed(brief.get("quotes").get(i).get("text"));
            Element link = figures.get(i).selectFirst("a[href]");
            assertTrue(link != null, "the quote links to its sentence: " + figures.get(i).outerHtml());
            String href = link.attr("href");
            assertTrue(href.startsWith("/briefs/" + storyId + "/article#s"), href);

            Document article = dom(href);
            Element sentence = article.getElementById(href.substring(href.indexOf('#') + 1));
            assertTrue(sentence != null, "the anchor " + href + " is on the page");
            assertTrue(sentence.hasClass("cited"), sentence.outerHtml());
            String context = sentence.text() + " " + (sentence.nextElementSibling() == null ? ""
                    : sentence.nextElementSibling().text());
            assertTrue(context.contains(quote), "the sentence holds the quote: " + context + " / " + quote);
            assertNothingInjected(article);
        }
    }

    @Test
    void everyActorNextStepAndPartOfTheShiftLinksToASentenceThatSaysIt() throws Exception {
        JsonNode brief = stack.awaitFinished(storyId, Map.of());
        Document article = dom("/briefs/" + storyId + "/article");
        for (JsonNode actor : brief.get("actors")) {
            JsonNode evidence = actor.get("evidence");
            assertFalse(evidence.isEmpty(), actor.toString());
            for (JsonNode id : evidence) {
                assertTrue(article.getElementById("s" + id.asInt()).text().contains(actor.get("name").asText()),
                        actor + " in sentence " + id);
            }
        }
        Document page = dom("/briefs/" + storyId);
        int cited = 0;
        for (String list : List.of("actors", "quotes", "nextSteps")) {
            for (JsonNode item : brief.get(list)) {
                cited += item.get("evidence").isEmpty() ? 0 : 1;
            }
        }
        for (String part : List.of("before", "after", "trigger")) {
            cited += brief.get("headlineShift").get("evidence").get(part).isEmpty() ? 0 : 1;
        }
        assertEquals(cited, page.select(".evidence").size(), "one set of links per item that cites sentences");
        for (Element link : page.select(".evidence a")) {
            String anchor = link.attr("href").substring(link.attr("href").indexOf('#') + 1);
            assertTrue(article.getElementById(anchor) != null, "no broken link: " + link.attr("href"));
            assertTrue(article.getElementById(anchor).hasClass("cited"), anchor);
        }
    }

    @Test
    void aFailedBriefShowsWhy() throws Exception {
        JsonNode brief = stack.awaitFinished(emptyId, Map.of());
        Document page = dom("/briefs/" + emptyId);
        assertEquals("FAILED", page.selectFirst(".status").text());
        assertEquals("Failed: " + brief.get("error").get("code").asText() + " " + brief.get("error").get("message").asText(),
                page.selectFirst(".notice.failed").text());
        assertEquals("empty <i>draft</i>.txt", page.selectFirst("h1").text());
        assertNothingInjected(page);
    }

    @Test
    void onAPhoneTheBriefRendersReadablyWithItsStylesheetAllowed() throws Exception {
        Path png = Path.of("target", "screenshots", "brief-phone.png").toAbsolutePath();
        Files.createDirectories(png.getParent());
        Files.deleteIfExists(png);
        Chromium.Run run = chromium.screenshot(stack.apiUrl() + "/briefs/" + storyId, png, PHONE_WIDTH, PHONE_HEIGHT);
        assertFalse(run.stderr().contains("Content Security Policy"), "the stylesheet was refused: " + run.stderr());

        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(PHONE_WIDTH, image.getWidth());
        assertEquals(PHONE_HEIGHT, image.getHeight());
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 3) {
            for (int x = 0; x < image.getWidth(); x += 3) {
                colours.add(image.getRGB(x, y));
            }
        }
        assertTrue(colours.size() > 50, "a page with text and colour, not a blank: " + colours.size() + " colours");
        assertTrue(Files.size(png) > 20_000, "a PNG of a full page of text: " + Files.size(png) + " bytes");
    }

    private static Document dom(String pathAndQuery) throws Exception {
        Chromium.Run run = chromium.dumpDom(stack.apiUrl() + pathAndQuery);
        assertTrue(run.stdout().startsWith("<!DOCTYPE html>"), run.stdout() + run.stderr());
        return Jsoup.parse(run.stdout());
    }

    /** A text as a browser lays it out (and jsoup's text() reports it): runs of white space as one space. */
    private static String squashed(JsonNode text) {
        return text.asText().replaceAll("\\s+", " ").strip();
    }

    private static void assertNothingInjected(Document page) {
        assertTrue(page.select("script, img, iframe, object, embed").isEmpty(), page.outerHtml());
        for (Element element : page.getAllElements()) {
            element.attributes().forEach(attribute ->
                    assertFalse(attribute.getKey().startsWith("on"), "event handler in " + element.outerHtml()));
        }
        assertEquals(List.of("header", "main"), page.body().children().stream().map(Element::tagName).toList());
    }
}
