package dev.briefs.local;

import com.amazonaws.services.lambda.runtime.events.S3Event;
import dev.briefs.functions.summarize.SummarizeHandler;
import dev.briefs.standins.ObjectCreated;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Delivers "object created" events to the summarize handler the way Lambda's asynchronous invocation does: each event
 * as S3 JSON through the runtime's deserialiser, retried twice with backoff when the invocation fails, and written to a
 * dead-letter folder when it still fails.
 */
public final class EventDispatcher implements AutoCloseable {

    /** What became of one delivered event. */
    public record Delivery(ObjectCreated object, List<Map<String, String>> results, Throwable failure, long millis) {
    }

    static final List<Duration> RETRY_DELAYS = List.of(Duration.ofSeconds(1), Duration.ofSeconds(2));

    private final SummarizeHandler handler;
    private final String region;
    private final Path deadLetterDir;
    private final Consumer<Delivery> onDelivery;
    private final ExecutorService workers;

    /**
     * @param handler       the summarize handler
     * @param region        the region written into events
     * @param deadLetterDir where events that fail all attempts are kept
     * @param concurrency   how many events are processed at once (Lambda's reserved concurrency)
     * @param onDelivery    told of every finished delivery
     */
    public EventDispatcher(SummarizeHandler handler, String region, Path deadLetterDir, int concurrency,
                           Consumer<Delivery> onDelivery) {
        this.handler = handler;
        this.region = region;
        this.deadLetterDir = deadLetterDir;
        this.onDelivery = onDelivery;
        this.workers = Executors.newFixedThreadPool(concurrency, runnable -> {
            Thread thread = new Thread(runnable, "summarize");
            thread.setDaemon(true);
            return thread;
        });
    }

    public void submit(ObjectCreated object) {
        String json = S3EventJson.of(object, region);
        workers.execute(() -> deliver(object, json));
    }

    private void deliver(ObjectCreated object, String json) {
        long start = System.nanoTime();
        RuntimeException last = null;
        for (int attempt = 0; attempt <= RETRY_DELAYS.size(); attempt++) {
            try {
                S3Event event = LambdaEvents.s3(json);
                List<Map<String, String>> results = handler.handleRequest(event,
                        new LocalContext("SummarizeFunction", 1024, 900));
                onDelivery.accept(new Delivery(object, results, null, (System.nanoTime() - start) / 1_000_000));
                return;
            } catch (RuntimeException e) {
                last = e;
                if (attempt < RETRY_DELAYS.size() && !sleep(RETRY_DELAYS.get(attempt))) {
                    break;
                }
            }
        }
        deadLetter(json);
        onDelivery.accept(new Delivery(object, List.of(), last, (System.nanoTime() - start) / 1_000_000));
    }

    private void deadLetter(String json) {
        try {
            Files.createDirectories(deadLetterDir);
            Files.writeString(deadLetterDir.resolve("event-" + System.currentTimeMillis() + "-"
                    + Thread.currentThread().threadId() + ".json"), json, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean sleep(Duration delay) {
        try {
            Thread.sleep(delay);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Stops taking events and waits briefly for those in progress. */
    @Override
    public void close() {
        workers.shutdown();
        try {
            workers.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
