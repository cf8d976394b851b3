package dev.briefs.local.bench;

import dev.briefs.aws.AwsClients;
import dev.briefs.brief.Brief;
import dev.briefs.brief.BriefStatus;
import dev.briefs.local.Endpoints;
import dev.briefs.local.LocalStack;
import dev.briefs.log.JsonLog;
import dev.briefs.store.BriefIds;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * {@code ./briefs bench rate-limit [FILES]}: a burst of uploads briefed by an OpenAI-compatible model that allows 600
 * requests a minute and answers 429 with {@code Retry-After} beyond ({@link RateLimitedModelServer}). Counts the
 * briefs the model made, those that fell back because of the rate limit, the files without a READY brief, and the
 * time against the least the limit allows.
 */
public final class RateLimitBenchmark {

    static final int REQUESTS_PER_MINUTE = 600;
    /** Enough parallel invocations to keep the limit busy while some wait out a Retry-After. */
    static final int CONCURRENCY = 16;

    /**
     * @param files              files uploaded
     * @param fromModel          READY briefs the model made
     * @param rateLimitFallbacks READY briefs the extractive engine made because the model stayed busy
     * @param lost               files without a READY brief
     * @param millis             from the first upload until every brief was READY
     * @param leastMillis        the least time the limit allows for one call per file (beyond its burst)
     * @param limited            429s the server answered
     */
    public record Result(int files, int fromModel, int rateLimitFallbacks, int lost, long millis, long leastMillis,
                         int limited) {

        public double ratio() {
            return (double) millis / leastMillis;
        }
    }

    private RateLimitBenchmark() {
    }

    public static int run(List<String> args, PrintStream out) throws Exception {
        int files = args.isEmpty() ? 300 : Integer.parseInt(args.getFirst());
        Result result = measure(files, REQUESTS_PER_MINUTE, Files.createTempDirectory("briefs-rate-limit"));
        out.printf("%d files against a model allowing %d requests/min (%d invocations at once)%n", files,
                REQUESTS_PER_MINUTE, CONCURRENCY);
        out.printf("  READY from the model %d, rate-limit fallbacks %d, lost %d, 429s answered %d%n",
                result.fromModel(), result.rateLimitFallbacks(), result.lost(), result.limited());
        out.printf("  %.1f s; the limit allows %.1f s at best: %.2f x%n", result.millis() / 1000.0,
                result.leastMillis() / 1000.0, result.ratio());
        return result.fromModel() == files ? 0 : 1;
    }

    /** @param requestsPerMinute the model's limit, of which one second's worth may come at once */
    public static Result measure(int files, int requestsPerMinute, Path dataDir) throws Exception {
        JsonLog.redirect(new PrintStream(new FileOutputStream(dataDir.resolve("functions.log").toFile()), true,
                StandardCharsets.UTF_8));
        try (RateLimitedModelServer model = new RateLimitedModelServer(requestsPerMinute)) {
            Map<String, String> env = Map.of("BRIEFS_LLM_PROVIDER", "openai", "BRIEFS_LLM_BASE_URL", model.baseUrl(),
                    "BRIEFS_LLM_MODEL", "bench", "BRIEFS_LLM_TIMEOUT", "10s");
            try (LocalStack stack = LocalStack.start(new LocalStack.Options(0, 0, 0, dataDir, CONCURRENCY, env),
                    delivery -> { })) {
                Endpoints endpoints = stack.endpoints();
                List<byte[]> bodies = IntStream.range(0, files).mapToObj(i -> BenchArticles.ofWords(300, i)).toList();
                Instant start = Instant.now();
                try (S3Client s3 = AwsClients.s3(LocalStack.settings(endpoints))) {
                    IntStream.range(0, files).parallel().forEach(i -> s3.putObject(
                            r -> r.bucket(endpoints.bucket()).key("burst/" + i + ".txt").contentType("text/plain"),
                            RequestBody.fromBytes(bodies.get(i))));
                }
                Instant deadline = start.plus(Duration.ofMinutes(10));
                List<Optional<Brief>> briefs = List.of();
                while (Instant.now().isBefore(deadline)) {
                    briefs = IntStream.range(0, files).mapToObj(i -> stack.briefs()
                            .get(BriefIds.of(endpoints.bucket(), "burst/" + i + ".txt"))).toList();
                    if (briefs.stream().allMatch(brief -> brief.filter(b -> b.status() == BriefStatus.READY)
                            .isPresent())) {
                        break;
                    }
                    Thread.sleep(200);
                }
                long millis = Duration.between(start, Instant.now()).toMillis();
                int fromModel = (int) briefs.stream().flatMap(Optional::stream)
                        .filter(b -> b.status() == BriefStatus.READY && "openai".equals(b.engine().provider())).count();
                int fallbacks = (int) briefs.stream().flatMap(Optional::stream)
                        .filter(b -> b.engine() != null && b.engine().fallbackReason() != null
                                && b.engine().fallbackReason().contains("busy")).count();
                int lost = (int) briefs.stream().filter(b -> b.filter(x -> x.status() == BriefStatus.READY).isEmpty())
                        .count();
                long least = Math.round(Math.max(0, files - requestsPerMinute / 60.0) * 60_000.0
                        / requestsPerMinute);
                return new Result(files, fromModel, fallbacks, lost, millis, least, model.limited());
            }
        }
    }
}
