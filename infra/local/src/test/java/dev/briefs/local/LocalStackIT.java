package dev.briefs.local;

import com.fasterxml.jackson.databind.JsonNode;
import dev.briefs.aws.AwsClients;
import dev.briefs.json.BriefJson;
import dev.briefs.store.BriefIds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** End to end: the local stack started as ./briefs up starts it, an upload with the S3 client, the brief over HTTP. */
class LocalStackIT {

    private static final String STORY = """
            Harbour authority approves night ferries
            The port authority voted on Tuesday to run ferries through the night from March, reversing a ban that \
            has stood since 2019. “We listened to shift workers,” said chair Ana Ruiz.
            """;

    private final HttpClient http = HttpClient.newHttpClient();
    private final List<QueuePoller.Delivery> deliveries = new CopyOnWriteArrayList<>();

    @Test
    void anUploadBecomesABriefServedOverHttpAndSurvivesARestart(@TempDir Path dataDir) throws Exception {
        String key = "wire/ferries at night+ü.txt";
        String id = BriefIds.of(LocalStack.BUCKET, key);
        try (LocalStack stack = start(dataDir)) {
            Endpoints endpoints = Endpoints.read(dataDir);
            assertEquals(stack.endpoints(), endpoints);
            try (S3Client s3 = AwsClients.s3(LocalStack.settings(endpoints))) {
                s3.putObject(r -> r.bucket(endpoints.bucket()).key(key), RequestBody.fromString(STORY));
            }
            JsonNode brief = awaitBrief(endpoints.apiUrl(), id);
            assertEquals("READY", brief.get("status").asText());
            assertEquals(key, brief.get("source").get("key").asText());
            assertEquals("Harbour authority approves night ferries", brief.get("title").asText());

            HttpResponse<String> byKey = get(endpoints.apiUrl() + "/briefs?key="
                    + URLEncoder.encode(key, StandardCharsets.UTF_8), "application/json");
            assertEquals(id, BriefJson.mapper().readTree(byKey.body()).get("items").get(0).get("id").asText());
            HttpResponse<String> markdown = get(endpoints.apiUrl() + "/briefs/" + id, "text/markdown");
            assertTrue(markdown.body().startsWith("# Harbour authority approves night ferries"), markdown.body());
            assertEquals(200, get(endpoints.apiUrl() + "/health", "application/json").statusCode());
        }
        assertFalse(Files.exists(dataDir.resolve(Endpoints.FILE_NAME)), "endpoints.json is removed on stop");
        assertEquals(1, deliveries.size());

        try (LocalStack restarted = start(dataDir)) {
            JsonNode kept = BriefJson.mapper().readTree(
                    get(restarted.endpoints().apiUrl() + "/briefs/" + id, "application/json").body());
            assertEquals("READY", kept.get("status").asText(), "data persists across restarts");
        }
    }

    @Test
    void theSeedArticleDroppedIntoTheBucketNamesItsActorsAndQuotes(@TempDir Path dataDir) throws Exception {
        Path seeds = repositoryRoot().resolveSibling("shared").resolve("seeds");
        assumeTrue(Files.isDirectory(seeds), "the seed article lives beside the checkout, in " + seeds);
        Path seed;
        try (var files = Files.list(seeds)) {
            seed = files.filter(file -> file.toString().endsWith(".txt")).sorted().findFirst().orElseThrow();
        }
        try (LocalStack stack = start(dataDir)) {
            Endpoints endpoints = stack.endpoints();
            try (S3Client s3 = AwsClients.s3(LocalStack.settings(endpoints))) {
                s3.putObject(r -> r.bucket(endpoints.bucket()).key("seed.txt"), RequestBody.fromFile(seed));
            }
            JsonNode brief = awaitBrief(endpoints.apiUrl(), BriefIds.of(endpoints.bucket(), "seed.txt"));
            String actors = brief.get("actors").toString();
            for (String name : List.of("Zelenskyy", "Trump", "Witkoff", "Putin", "Macron", "Starmer", "Healey")) {
                assertTrue(actors.contains(name), name + " in " + actors);
            }
            assertFalse(actors.contains("Merz") || actors.contains("Tusk"), "names only in 'Read also' are not actors");
            String quotes = brief.get("quotes").toString();
            assertTrue(quotes.contains("{\"speaker\":\"Keir Starmer\",\"text\":\"Our support for Ukraine is unwavering"),
                    quotes);
            assertTrue(quotes.contains("{\"speaker\":\"Emmanuel Macron\",\"text\":\"If we are weak with Russia"),
                    quotes);
            assertTrue(brief.get("nextSteps").toString().contains("Washington"));
        }
    }

    /** The checkout's root: the nearest folder above the working directory that holds mvnw. */
    private static Path repositoryRoot() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.exists(dir.resolve("mvnw"))) {
                return dir;
            }
        }
        throw new IllegalStateException("not inside the briefs checkout");
    }

    private LocalStack start(Path dataDir) {
        return LocalStack.start(new LocalStack.Options(0, 0, 0, dataDir, 2, Map.of()), deliveries::add);
    }

    private JsonNode awaitBrief(String apiUrl, String id) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (Instant.now().isBefore(deadline)) {
            HttpResponse<String> response = get(apiUrl + "/briefs/" + id, "application/json");
            if (response.statusCode() == 200) {
                JsonNode brief = BriefJson.mapper().readTree(response.body());
                if (!brief.get("status").asText().equals("PROCESSING")) {
                    return brief;
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no brief " + id + " within 30 s");
    }

    private HttpResponse<String> get(String url, String accept) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).header("Accept", accept).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
