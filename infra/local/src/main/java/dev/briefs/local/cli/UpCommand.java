package dev.briefs.local.cli;

import dev.briefs.log.PrintableText;
import dev.briefs.aws.AwsClients;
import dev.briefs.aws.DynamoBriefRepository;
import dev.briefs.brief.Brief;
import dev.briefs.local.Endpoints;
import dev.briefs.local.QueuePoller;
import dev.briefs.store.BriefIds;
import dev.briefs.local.LocalStack;
import dev.briefs.log.JsonLog;
import dev.briefs.render.BriefMarkdown;
import dev.briefs.standins.Ports;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;

/**
 * {@code ./briefs up}: starts the local stack in the foreground, prints a one-line summary per processed file, and on
 * a new (empty) bucket briefs the bundled sample article so a newcomer sees a brief with no other step.
 */
final class UpCommand {

    static final String SAMPLE = "events/articles/sample-wire-story.txt";
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final PrintStream out;
    private final PrintStream err;

    UpCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(List<String> arguments) throws IOException, InterruptedException {
        Args args = new Args(arguments, Set.of("--api-port", "--s3-port", "--dynamodb-port", "--sqs-port", "--data-dir",
                "--concurrency"), Set.of("--no-sample"));
        Path dataDir = Path.of(args.option("--data-dir", ".briefs")).toAbsolutePath().normalize();
        refuseIfRunning(dataDir);
        Files.createDirectories(dataDir.resolve("logs"));
        Path log = dataDir.resolve("logs/functions.log");
        JsonLog.redirect(new PrintStream(new FileOutputStream(log.toFile(), true), true, StandardCharsets.UTF_8));

        AtomicReference<DynamoBriefRepository> briefs = new AtomicReference<>();
        LocalStack stack = LocalStack.start(new LocalStack.Options(
                        args.intOption("--api-port", 3000), args.intOption("--s3-port", 9000),
                        args.intOption("--dynamodb-port", 8000), args.intOption("--sqs-port", 9324), dataDir,
                        args.intOption("--concurrency", 2), System.getenv()),
                delivery -> out.println(summary(delivery, briefs.get())));
        Endpoints endpoints = stack.endpoints();
        briefs.set(new DynamoBriefRepository(AwsClients.dynamoDb(LocalStack.settings(endpoints)), endpoints.table()));

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            out.println("stopping the local stack…");
            stack.close();
            stopped.countDown();
        }, "briefs-shutdown"));

        out.println("briefs local stack ready");
        out.println("  API       " + endpoints.apiUrl() + "   (try: curl " + endpoints.apiUrl() + "/briefs)");
        out.println("  S3        " + endpoints.s3Endpoint() + "   bucket " + endpoints.bucket());
        out.println("  DynamoDB  " + endpoints.dynamodbEndpoint() + "   table " + endpoints.table());
        out.println("  SQS       " + endpoints.queueUrl() + "   (dead letters: " + endpoints.deadLetterQueueUrl() + ")");
        out.println("  endpoints " + dataDir.resolve(Endpoints.FILE_NAME) + ", function logs " + log);
        out.println("Drop articles with ./briefs drop FILE, or any S3 client; Ctrl-C stops.");
        if (!args.flag("--no-sample")) {
            briefSample(endpoints, briefs.get());
        }
        stopped.await();
        return 0;
    }

    /** On an empty bucket, uploads the bundled sample and prints its brief. */
    private void briefSample(Endpoints endpoints, DynamoBriefRepository briefs) throws IOException, InterruptedException {
        Path sample = Path.of(System.getProperty("briefs.home", ".")).resolve(SAMPLE);
        if (!Files.isRegularFile(sample)) {
            return;
        }
        String key = sample.getFileName().toString();
        try (S3Client s3 = AwsClients.s3(LocalStack.settings(endpoints))) {
            if (s3.listObjectsV2(r -> r.bucket(endpoints.bucket()).maxKeys(1)).keyCount() > 0) {
                return;
            }
            out.println("The bucket is empty: briefing the bundled sample article " + SAMPLE + " …");
            s3.putObject(r -> r.bucket(endpoints.bucket()).key(key).contentType("text/plain; charset=utf-8"),
                    RequestBody.fromFile(sample));
        }
        String id = BriefIds.of(endpoints.bucket(), key);
        Instant deadline = Instant.now().plus(Duration.ofMinutes(5));
        while (Instant.now().isBefore(deadline)) {
            Optional<Brief> brief = briefs.get(id).filter(b -> b.status() != dev.briefs.brief.BriefStatus.PROCESSING);
            if (brief.isPresent()) {
                out.println();
                out.println(BriefMarkdown.render(brief.get()));
                out.println("Read it over HTTP: curl " + endpoints.apiUrl() + "/briefs/" + id);
                return;
            }
            Thread.sleep(100);
        }
    }

    /** The console line of one delivery; the key is escaped, since a key may hold control characters. */
    static String summary(QueuePoller.Delivery delivery, DynamoBriefRepository briefs) {
        String time = LocalTime.now().format(CLOCK);
        String rawKey = delivery.event().object().key();
        String key = PrintableText.of(rawKey);
        if (delivery.failed()) {
            return String.format("%s  RETRY   %s  the delivery failed: it goes back on the queue (see logs/functions.log)",
                    time, key);
        }
        String id = BriefIds.of(delivery.event().object().bucket(), rawKey);
        if (delivery.event().isRemoved()) {
            return String.format("%s  DELETED %s → %s", time, key, id);
        }
        Optional<Brief> brief = briefs == null ? Optional.empty() : briefs.get(id);
        String status = brief.map(b -> b.status().name()).orElse("SKIPPED");
        String detail = brief.map(b -> b.error() != null ? b.error().code() + ": " + b.error().message()
                : b.engine() == null ? "" : "\"" + b.title() + "\" (" + b.engine().provider() + ", " + b.actors().size()
                + " actors, " + b.quotes().size() + " quotes)").orElse("");
        return String.format("%s  %-7s %s → %s  %s  %d ms", time, status, key, id, detail, delivery.millis());
    }

    /** A second stack on the same data would corrupt it: refuse when the recorded API still answers. */
    private static void refuseIfRunning(Path dataDir) {
        if (!Files.exists(dataDir.resolve(Endpoints.FILE_NAME))) {
            return;
        }
        Endpoints running = Endpoints.read(dataDir);
        int port = URI.create(running.apiUrl()).getPort();
        if (Ports.awaitListening(port, Duration.ofMillis(300))) {
            throw new IllegalStateException("A local stack already runs on " + dataDir + " (" + running.apiUrl()
                    + "); stop it first, or pass another --data-dir");
        }
    }
}
