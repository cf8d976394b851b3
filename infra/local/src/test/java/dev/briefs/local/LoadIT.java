package dev.briefs.local;

import com.fasterxml.jackson.databind.JsonNode;
import dev.briefs.aws.AwsClients;
import dev.briefs.json.BriefJson;
import dev.briefs.local.bench.ApiLoadBenchmark;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** 200 articles dropped at once: 200 READY briefs, none lost, none twice; then the API under sustained load. */
class LoadIT {

    private static final int ARTICLES = 200;

    @Test
    void twoHundredArticlesAtOnceThenSustainedApiLoad(@TempDir Path dataDir) throws Exception {
        CountDownLatch delivered = new CountDownLatch(ARTICLES);
        try (LocalStack stack = LocalStack.start(new LocalStack.Options(0, 0, 0, dataDir, 2, Map.of()),
                delivery -> delivered.countDown())) {
            Endpoints endpoints = stack.endpoints();
            try (S3Client s3 = AwsClients.s3(LocalStack.settings(endpoints))) {
                IntStream.range(0, ARTICLES).parallel().forEach(i -> s3.putObject(
                        r -> r.bucket(endpoints.bucket()).key("load/article " + i + ".txt"),
                        RequestBody.fromString("Council approves tram line number " + i + "\nThe city council voted "
                                + "on Monday to fund tram line " + i + " to the airport, ending a decade of delay on a "
                                + "project that critics had called unaffordable. Work is due to start in May.")));
            }
            assertTrue(delivered.await(5, TimeUnit.MINUTES), "every upload was delivered");

            // The SDK may retry an upload under load, and S3 may then announce the key twice: wait on the store,
            // not on the count of deliveries.
            HttpClient http = HttpClient.newHttpClient();
            List<JsonNode> items = List.of();
            Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
            while (Instant.now().isBefore(deadline)) {
                items = listAll(http, endpoints.apiUrl());
                if (items.size() >= ARTICLES && items.stream().allMatch(i -> i.get("status").asText().equals("READY"))) {
                    break;
                }
                Thread.sleep(200);
            }
            Set<String> ids = new HashSet<>();
            items.forEach(item -> ids.add(item.get("id").asText()));
            int listed = items.size();
            items.forEach(item -> assertEquals("READY", item.get("status").asText(), item.toString()));
            assertEquals(ARTICLES, listed, "none lost");
            assertEquals(ARTICLES, ids.size(), "none twice");

            ApiLoadBenchmark.Result load = ApiLoadBenchmark.measure(endpoints.apiUrl(), 2000, 16);
            assertEquals(0, load.errors(), "no errors under load");
            assertEquals(2000, load.millis().count());
            assertEquals(667, load.listingMillis().count(), "every third request is a listing page");
        }
    }

    /** Every brief the API lists, following the cursors. */
    private static List<JsonNode> listAll(HttpClient http, String apiUrl) throws Exception {
        List<JsonNode> items = new ArrayList<>();
        String cursor = null;
        do {
            String url = apiUrl + "/briefs?limit=100" + (cursor == null ? "" : "&cursor=" + cursor);
            JsonNode page = BriefJson.mapper().readTree(http.send(HttpRequest.newBuilder(URI.create(url)).build(),
                    HttpResponse.BodyHandlers.ofString()).body());
            page.get("items").forEach(items::add);
            cursor = page.get("nextCursor").isNull() ? null : page.get("nextCursor").asText();
        } while (cursor != null);
        return items;
    }
}
