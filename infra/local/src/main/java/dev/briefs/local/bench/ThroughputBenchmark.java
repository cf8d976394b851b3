package dev.briefs.local.bench;

import dev.briefs.aws.AwsClients;
import dev.briefs.aws.DynamoBriefRepository;
import dev.briefs.brief.Brief;
import dev.briefs.brief.BriefStatus;
import dev.briefs.local.Endpoints;
import dev.briefs.local.QueuePoller;
import dev.briefs.local.LocalStack;
import dev.briefs.log.JsonLog;
import dev.briefs.store.BriefIds;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

/**
 * Local pipeline throughput: N distinct articles uploaded at once into a fresh local stack with the extractive engine,
 * timed from the first upload until every brief is READY; the time inside the engine against the whole delivery
 * names the bottleneck.
 */
public final class ThroughputBenchmark {

    private ThroughputBenchmark() {
    }

    /** The outcome of one run. */
    public record Result(int articles, int ready, long wallMillis, double articlesPerMinute,
                         LatencyStats deliveryMillis, LatencyStats engineMillis) {
    }

    /**
     * Runs the benchmark.
     *
     * @param articles    how many articles to drop
     * @param words       words per article
     * @param concurrency how many articles the stack briefs at once
     */
    public static Result measure(int articles, int words, int concurrency) throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory("briefs-throughput");
        JsonLog.redirect(new PrintStream(new FileOutputStream(dir.resolve("functions.log").toFile()), true,
                StandardCharsets.UTF_8));
        List<QueuePoller.Delivery> deliveries = new CopyOnWriteArrayList<>();
        CountDownLatch done = new CountDownLatch(articles);
        try (LocalStack stack = LocalStack.start(new LocalStack.Options(0, 0, 0, dir, concurrency, Map.of()),
                delivery -> {
                    deliveries.add(delivery);
                    done.countDown();
                })) {
            Endpoints endpoints = stack.endpoints();
            List<byte[]> bodies = IntStream.range(0, articles).mapToObj(i -> BenchArticles.ofWords(words, i)).toList();
            long start = System.nanoTime();
            try (S3Client s3 = AwsClients.s3(LocalStack.settings(endpoints))) {
                IntStream.range(0, articles).parallel().forEach(i -> s3.putObject(
                        r -> r.bucket(endpoints.bucket()).key("article-" + i + ".txt").contentType("text/plain"),
                        RequestBody.fromBytes(bodies.get(i))));
            }
            if (!done.await(10, TimeUnit.MINUTES)) {
                throw new IllegalStateException("Only " + deliveries.size() + " of " + articles + " briefed in 10 min");
            }
            long wall = (System.nanoTime() - start) / 1_000_000;
            DynamoBriefRepository briefs = new DynamoBriefRepository(
                    AwsClients.dynamoDb(LocalStack.settings(endpoints)), endpoints.table());
            List<Brief> stored = IntStream.range(0, articles)
                    .mapToObj(i -> briefs.get(BriefIds.of(endpoints.bucket(), "article-" + i + ".txt")).orElseThrow())
                    .toList();
            int ready = (int) stored.stream().filter(brief -> brief.status() == BriefStatus.READY).count();
            return new Result(articles, ready, wall, articles * 60_000.0 / wall,
                    LatencyStats.of(deliveries.stream().mapToDouble(QueuePoller.Delivery::millis).toArray()),
                    LatencyStats.of(stored.stream().filter(brief -> brief.engine() != null)
                            .mapToDouble(brief -> brief.engine().latencyMs()).toArray()));
        }
    }

    static int run(List<String> args, PrintStream out) throws IOException, InterruptedException {
        int articles = args.isEmpty() ? 200 : Integer.parseInt(args.getFirst());
        Result result = measure(articles, 600, 2);
        out.printf("throughput: %d articles of ~600 words, %d READY, in %.1f s: %.0f articles/min%n",
                result.articles(), result.ready(), result.wallMillis() / 1000.0, result.articlesPerMinute());
        out.printf("  per delivery (S3 read + parse + brief + verify + 2 DynamoDB writes): median %.0f ms, p99 %.0f ms%n",
                result.deliveryMillis().median(), result.deliveryMillis().p99());
        out.printf("  inside the engine (brief + verify): median %.1f ms, p99 %.1f ms%n",
                result.engineMillis().median(), result.engineMillis().p99());
        return result.ready() == result.articles() ? 0 : 1;
    }
}
