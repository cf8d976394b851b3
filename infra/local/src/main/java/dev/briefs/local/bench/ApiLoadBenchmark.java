package dev.briefs.local.bench;

import dev.briefs.json.BriefJson;
import dev.briefs.local.Endpoints;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import java.util.stream.IntStream;

/**
 * Sustained load on the API of a running local stack (`./briefs up`), from this separate process on loopback: a fixed
 * number of requests over a fixed number of connections, a mix of listing pages and single briefs in JSON and
 * Markdown. Bounded in count; every request has a timeout.
 */
public final class ApiLoadBenchmark {

    private ApiLoadBenchmark() {
    }

    /**
     * The outcome of one run.
     *
     * @param millis        the latency of every request
     * @param listingMillis the latency of the listing pages alone ({@code GET /briefs?limit=20}, eight shard queries)
     */
    public record Result(int requests, int errors, long wallMillis, double requestsPerSecond, LatencyStats millis,
                         LatencyStats listingMillis) {
    }

    /**
     * One request of a load: where, and what to accept.
     *
     * @param url    the full URL
     * @param accept the Accept header
     */
    public record Request(String url, String accept) {
    }

    /**
     * What one load did.
     *
     * @param latencies  each request's latency in milliseconds, in request order
     * @param errors     the requests that failed or were not answered 200
     * @param wallMillis the load's wall time
     */
    public record Load(double[] latencies, int errors, long wallMillis) {

        public LatencyStats millis() {
            return LatencyStats.of(latencies);
        }

        public double requestsPerSecond() {
            return latencies.length * 1000.0 / wallMillis;
        }
    }

    /** The standard mix: a third listing pages, the others single briefs in JSON and Markdown. */
    public static Result measure(String apiUrl, int requests, int connections) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        List<String> ids = new ArrayList<>();
        BriefJson.mapper().readTree(get(http, apiUrl + "/briefs?limit=50", "application/json").body())
                .get("items").forEach(item -> ids.add(item.get("id").asText()));
        if (ids.isEmpty()) {
            throw new IllegalStateException("The stack holds no briefs: drop a few articles first");
        }
        Load load = load(requests, connections, i -> isListing(i)
                ? new Request(apiUrl + "/briefs?limit=20", "application/json")
                : new Request(apiUrl + "/briefs/" + ids.get(i % ids.size()),
                        i % 3 == 2 ? "text/markdown" : "application/json"));
        double[] listing = IntStream.range(0, requests).filter(ApiLoadBenchmark::isListing)
                .mapToDouble(i -> load.latencies()[i]).toArray();
        return new Result(requests, load.errors(), load.wallMillis(), load.requestsPerSecond(), load.millis(),
                LatencyStats.of(listing));
    }

    /** {@code requests} requests, the i-th being {@code request.apply(i)}, over {@code connections} connections. */
    public static Load load(int requests, int connections, IntFunction<Request> request) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        double[] latencies = new double[requests];
        AtomicInteger next = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        long start = System.nanoTime();
        try (ExecutorService clients = Executors.newFixedThreadPool(connections)) {
            List<Future<?>> running = new ArrayList<>();
            for (int c = 0; c < connections; c++) {
                running.add(clients.submit(() -> {
                    for (int i = next.getAndIncrement(); i < requests; i = next.getAndIncrement()) {
                        Request one = request.apply(i);
                        long sent = System.nanoTime();
                        try {
                            if (get(http, one.url(), one.accept()).statusCode() != 200) {
                                errors.incrementAndGet();
                            }
                        } catch (IOException | InterruptedException e) {
                            errors.incrementAndGet();
                        }
                        latencies[i] = (System.nanoTime() - sent) / 1_000_000.0;
                    }
                    return null;
                }));
            }
            for (Future<?> client : running) {
                client.get();
            }
        }
        return new Load(latencies, errors.get(), (System.nanoTime() - start) / 1_000_000);
    }

    static int run(List<String> args, PrintStream out) throws Exception {
        Path dataDir = Path.of(args.isEmpty() ? ".briefs" : args.getFirst());
        Result result = measure(Endpoints.read(dataDir).apiUrl(), 5000, 16);
        out.printf("api load: %d requests over 16 connections in %.1f s: %.0f requests/s, %d errors%n",
                result.requests(), result.wallMillis() / 1000.0, result.requestsPerSecond(), result.errors());
        out.printf("  latency: median %.1f ms, p99 %.1f ms, max %.1f ms%n",
                result.millis().median(), result.millis().p99(), result.millis().max());
        out.printf("  listing pages (limit=20): median %.1f ms, p99 %.1f ms, max %.1f ms%n",
                result.listingMillis().median(), result.listingMillis().p99(), result.listingMillis().max());
        return result.errors() == 0 ? 0 : 1;
    }

    /** A third of the requests are listing pages; the others are single briefs, in JSON and Markdown. */
    private static boolean isListing(int request) {
        return request % 3 == 0;
    }

    private static HttpResponse<String> get(HttpClient http, String url, String accept)
            throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10))
                .header("Accept", accept).build(), HttpResponse.BodyHandlers.ofString());
    }
}
