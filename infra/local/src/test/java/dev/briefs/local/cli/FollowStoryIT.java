package dev.briefs.local.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.briefs.json.BriefJson;
import dev.briefs.local.BriefEvents;
import dev.briefs.local.RunningStack;
import dev.briefs.local.browser.Chromium;
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
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Done-when of following a story: the seed article (read from ../shared/seeds at test time, never copied into the
 * repository) and three follow-ups written for this test are dropped into the bucket one after another. A reader
 * opens the newest brief in Chromium, finds the earlier ones under "Earlier in this story", clicks Keir Starmer and
 * reads every quote of his across the four briefs; a Brief Ready event arrives for each, and {@code ./briefs export
 * --format csv} is a spreadsheet with one row per brief. Skipped, saying why, without the seed (or, for the pages,
 * without Chromium).
 */
class FollowStoryIT {

    private static final String STARMER = "Keir Starmer";
    private static final List<String> FOLLOW_UPS = List.of("follow-up-1.txt", "follow-up-2.txt", "follow-up-3.txt");
    private static final Duration EVENT_TIMEOUT = Duration.ofSeconds(20);
    private static final int PHONE_WIDTH = 412;
    private static final int PHONE_HEIGHT = 915;

    private static Optional<Path> seed;
    private static RunningStack stack;
    private static Path dataDir;
    /** The briefs in the order they were dropped: the seed first, the newest last. */
    private static final List<JsonNode> BRIEFS = new ArrayList<>();
    private static final ByteArrayOutputStream WATCHED = new ByteArrayOutputStream();
    private static Thread watch;

    @BeforeAll
    static void dropTheStory(@TempDir Path data) throws Exception {
        seed = seedArticle();
        if (seed.isEmpty()) {
            return;
        }
        dataDir = data;
        stack = RunningStack.start(dataDir, Map.of());
        watch = Thread.ofPlatform().daemon().start(() -> {
            try {
                new WatchCommand(new PrintStream(WATCHED, true, StandardCharsets.UTF_8))
                        .run(List.of("--data-dir", dataDir.toString()));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        Thread.sleep(2 * WatchCommand.POLL.toMillis()); // watch starts at the end of the file: let it get there first
        drop("seed.txt", Files.readString(seed.get(), StandardCharsets.UTF_8));
        for (String followUp : FOLLOW_UPS) {
            drop(followUp, resource("/story/" + followUp));
        }
    }

    @BeforeEach
    void requireTheSeed() {
        assumeTrue(seed.isPresent(), "the seed article is not in ../shared/seeds: skipping the story test");
    }

    @AfterAll
    static void stop() {
        if (watch != null) {
            watch.interrupt();
        }
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    void aBriefReadyEventArrivesForEachBriefAndWatchPrintsThem() throws Exception {
        List<JsonNode> events = awaitEvents(BRIEFS.size());
        Set<String> ids = new HashSet<>();
        for (JsonNode event : events) {
            assertEquals("Brief Ready", event.get("detail-type").asText());
            assertEquals(BriefEvents.SOURCE, event.get("source").asText());
            JsonNode detail = event.get("detail");
            assertEquals(BriefEvents.DETAIL_FIELDS, fieldNames(detail));
            assertEquals("/briefs/" + detail.get("id").asText(), detail.get("path").asText());
            JsonNode brief = BRIEFS.stream().filter(b -> b.get("id").asText().equals(detail.get("id").asText()))
                    .findFirst().orElseThrow();
            assertEquals(brief.get("title").asText(), detail.get("title").asText());
            assertEquals(brief.get("source").get("key").asText(), detail.get("key").asText());
            assertEquals("READY", detail.get("status").asText());
            ids.add(detail.get("id").asText());
        }
        assertEquals(BRIEFS.stream().map(b -> b.get("id").asText()).collect(Collectors.toSet()), ids);
        Instant deadline = Instant.now().plus(EVENT_TIMEOUT);
        while (ids.stream().anyMatch(id -> !watched().contains(id)) && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
        }
        for (String id : ids) {
            assertTrue(watched().lines().anyMatch(line -> line.contains("Brief Ready") && line.contains(id)),
                    "watch printed " + id + ": " + watched());
        }
    }

    @Test
    void theNewestBriefListsTheEarlierOnesAndTheActorHasEveryQuote() throws Exception {
        JsonNode newest = BRIEFS.getLast();
        List<String> related = new ArrayList<>();
        newest.get("related").forEach(item -> related.add(item.get("id").asText()));
        assertEquals(BRIEFS.subList(0, BRIEFS.size() - 1).reversed().stream().map(b -> b.get("id").asText()).toList(),
                related.stream().sorted((a, b) -> Integer.compare(position(b), position(a))).toList());
        assertEquals(Set.copyOf(related), Set.copyOf(BRIEFS.subList(0, BRIEFS.size() - 1).stream()
                .map(b -> b.get("id").asText()).toList()));

        JsonNode actor = json(stack.get("/actors/Keir%20Starmer", Map.of()).body());
        assertEquals(starmersQuotes(), texts(actor.get("quotes")));
        assertEquals(BRIEFS.reversed().stream().map(b -> b.get("id").asText()).toList(), ids(actor.get("briefs")));
    }

    @Test
    void aReaderGoesFromTheNewestBriefToEveryQuoteOfKeirStarmerInTheBrowser(@TempDir Path profiles) throws Exception {
        assumeTrue(Chromium.isInstalled(), "Chromium is not installed at " + Chromium.BINARY
                + ": skipping the story pages (apt-get install chromium; .ci/run does)");
        Chromium chromium = new Chromium(profiles);
        String newestPath = "/briefs/" + BRIEFS.getLast().get("id").asText();
        Document page = dom(chromium, newestPath);
        Element earlier = page.selectFirst("h2:containsOwn(Earlier in this story)");
        assertTrue(earlier != null, page.outerHtml());
        Set<String> linked = new HashSet<>();
        page.select("div.earlier > a").forEach(link -> linked.add(link.attr("href")));
        assertEquals(BRIEFS.subList(0, BRIEFS.size() - 1).stream().map(b -> "/briefs/" + b.get("id").asText())
                .collect(Collectors.toSet()), linked);
        for (Element pair : page.select("div.earlier .pair")) {
            assertTrue(pair.text().contains(BRIEFS.getLast().get("headlineShift").get("before").asText()), pair.text());
        }

        Element starmer = page.select("a").stream().filter(link -> link.text().equals(STARMER)).findFirst().orElseThrow();
        String actorPath = starmer.attr("href");
        Document actorPage = dom(chromium, actorPath);
        assertEquals(STARMER, actorPage.selectFirst("h1").text());
        List<String> quotes = actorPage.select("figure blockquote p").stream()
                .map(p -> p.text().replaceAll("^“|”$", "")).toList();
        assertEquals(starmersQuotes(), quotes);
        assertTrue(actorPage.select("script").isEmpty());

        for (String path : List.of(newestPath, actorPath)) {
            Path png = Path.of("target", "screenshots", (path.startsWith("/actors") ? "actor" : "story") + "-phone.png")
                    .toAbsolutePath();
            Files.createDirectories(png.getParent());
            Files.deleteIfExists(png);
            // The brief page is taken whole, so the screenshot shows "Earlier in this story" below the brief.
            int height = path.startsWith("/actors") ? PHONE_HEIGHT : 3 * PHONE_HEIGHT;
            Chromium.Run run = chromium.screenshot(stack.apiUrl() + path, png, PHONE_WIDTH, height);
            assertFalse(run.stderr().contains("Content Security Policy"), "the stylesheet was refused: " + run.stderr());
            BufferedImage image = ImageIO.read(png.toFile());
            assertEquals(PHONE_WIDTH, image.getWidth());
        }
    }

    @Test
    void theCsvExportIsASpreadsheetWithOneRowPerBrief() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = BriefsCli.run(List.of("export", "--format", "csv", "--data-dir", dataDir.toString()),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
        String csv = out.toString(StandardCharsets.UTF_8);
        Path file = Path.of("target", "story-export.csv").toAbsolutePath();
        Files.writeString(file, csv, StandardCharsets.UTF_8);

        List<List<String>> rows = CsvReader.read(csv);
        assertEquals(ExportCommand.CSV_COLUMNS, rows.getFirst());
        List<List<String>> briefs = rows.subList(1, rows.size());
        assertEquals(BRIEFS.reversed().stream().map(b -> b.get("id").asText()).toList(),
                briefs.stream().map(row -> row.getFirst()).toList());
        for (int i = 0; i < briefs.size(); i++) {
            List<String> row = briefs.get(i);
            JsonNode brief = BRIEFS.reversed().get(i);
            assertEquals(ExportCommand.CSV_COLUMNS.size(), row.size(), row.toString());
            assertEquals(brief.get("title").asText(), row.get(1));
            assertEquals("READY", row.get(2));
            assertEquals(Instant.parse(brief.get("createdAt").asText()), Instant.parse(row.get(3)));
            assertTrue(row.get(4).contains(STARMER) || brief.get("actors").size() > ExportCommand.TOP_ACTORS, row.get(4));
            assertEquals(brief.get("quotes").size(), Integer.parseInt(row.get(5)));
            assertEquals(brief.get("headlineShift").get("after").asText(), row.get(6));
        }

        ByteArrayOutputStream ndjson = new ByteArrayOutputStream();
        assertEquals(0, BriefsCli.run(List.of("export", "--format", "ndjson", "--actor", STARMER, "--data-dir",
                dataDir.toString()), new PrintStream(ndjson, true, StandardCharsets.UTF_8), System.err));
        List<String> lines = ndjson.toString(StandardCharsets.UTF_8).lines().toList();
        assertEquals(BRIEFS.size(), lines.size());
        assertEquals(BRIEFS.getLast().get("title").asText(), json(lines.getFirst()).get("title").asText());
    }

    /** Uploads one article and waits for its brief, so the briefs are created in the order of the story. */
    private static void drop(String key, String text) throws Exception {
        String id = stack.upload(key, text);
        stack.awaitFinished(id, Map.of());
        BRIEFS.add(json(stack.get("/briefs/" + id, Map.of()).body()));
    }

    /** Every quote of Keir Starmer's across the briefs, newest brief first: his own and the joint statements. */
    private static List<String> starmersQuotes() {
        List<String> quotes = new ArrayList<>();
        for (JsonNode brief : BRIEFS.reversed()) {
            brief.get("quotes").forEach(quote -> {
                if (quote.get("speaker").asText().contains("Starmer")) {
                    quotes.add(quote.get("text").asText());
                }
            });
        }
        assertTrue(quotes.size() > BRIEFS.size(), "the seed has two of his quotes, each follow-up one: " + quotes);
        return quotes;
    }

    private static List<JsonNode> awaitEvents(int count) throws Exception {
        Path file = dataDir.resolve(BriefEvents.FILE_NAME);
        Instant deadline = Instant.now().plus(EVENT_TIMEOUT);
        List<String> lines = List.of();
        while (Instant.now().isBefore(deadline)) {
            lines = Files.exists(file) ? Files.readAllLines(file, StandardCharsets.UTF_8) : List.of();
            if (lines.size() >= count) {
                break;
            }
            Thread.sleep(100);
        }
        assertEquals(count, lines.size(), "one event per brief: " + lines);
        List<JsonNode> events = new ArrayList<>();
        for (String line : lines) {
            events.add(json(line));
        }
        return events;
    }

    private static Optional<Path> seedArticle() throws IOException {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.exists(dir.resolve("template.yaml"))) {
                Path seeds = dir.resolveSibling("shared").resolve("seeds");
                if (!Files.isDirectory(seeds)) {
                    return Optional.empty();
                }
                try (Stream<Path> files = Files.list(seeds)) {
                    return files.filter(f -> f.toString().endsWith(".txt")).sorted().findFirst();
                }
            }
        }
        return Optional.empty();
    }

    private Document dom(Chromium chromium, String path) throws Exception {
        Chromium.Run run = chromium.dumpDom(stack.apiUrl() + path);
        assertTrue(run.stdout().startsWith("<!DOCTYPE html>"), run.stdout() + run.stderr());
        return Jsoup.parse(run.stdout());
    }

    private static int position(String id) {
        for (int i = 0; i < BRIEFS.size(); i++) {
            if (BRIEFS.get(i).get("id").asText().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    private static String watched() {
        return WATCHED.toString(StandardCharsets.UTF_8);
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static List<String> texts(JsonNode quotes) {
        List<String> texts = new ArrayList<>();
        quotes.forEach(quote -> texts.add(quote.get("text").asText()));
        return texts;
    }

    private static List<String> ids(JsonNode items) {
        List<String> ids = new ArrayList<>();
        items.forEach(item -> ids.add(item.get("id").asText()));
        return ids;
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = FollowStoryIT.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static JsonNode json(String text) throws IOException {
        return BriefJson.mapper().readTree(text);
    }
}
