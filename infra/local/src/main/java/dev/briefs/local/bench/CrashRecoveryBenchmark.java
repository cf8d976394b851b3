package dev.briefs.local.bench;

import dev.briefs.aws.AwsClients;
import dev.briefs.brief.Brief;
import dev.briefs.brief.BriefStatus;
import dev.briefs.local.Endpoints;
import dev.briefs.local.LocalStack;
import dev.briefs.standins.Ports;
import dev.briefs.store.BriefIds;
import dev.briefs.store.BriefRepository;
import dev.briefs.aws.DynamoBriefRepository;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Object;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * {@code ./briefs bench crash stack|dynamodb [FILES]}: {@code kill -9} in the middle of a burst of uploads, then what
 * the stack makes of it. The stack runs as {@code ./briefs up} in a child JVM, with dynalite a child of that. With
 * {@code stack}, the whole process tree is killed once half the files are uploaded, and started again on the same data;
 * with {@code dynamodb}, only dynalite is killed (the stack's supervisor starts it again). The burst goes on meanwhile:
 * uploads refused while the stack is down are not objects, and do not count. The result counts, for every object in
 * the bucket, its brief's status, and the dead-letter queue.
 */
public final class CrashRecoveryBenchmark {

    /** What to kill. */
    public enum Victim { STACK, DYNAMODB }

    /**
     * @param objects       objects in the bucket at the end
     * @param byStatus      their briefs by status (a missing brief counts as none of them)
     * @param failures      the FAILED briefs by error code, so a failed run says why
     * @param missing       objects without a brief
     * @param deadLettered  messages in the dead-letter queue
     * @param recoveryMillis from the kill until every object had a finished brief
     * @param dynamoRestarts how often the supervisor started dynalite again (read from the stack's output)
     */
    public record Result(int objects, Map<BriefStatus, Integer> byStatus, Map<String, Integer> failures, int missing,
                         int deadLettered, long recoveryMillis, int dynamoRestarts) {
    }

    private static final Duration DEADLINE = Duration.ofMinutes(8);

    private CrashRecoveryBenchmark() {
    }

    public static int run(List<String> args, PrintStream out) throws Exception {
        if (args.isEmpty()) {
            throw new IllegalArgumentException("bench crash takes stack or dynamodb, then the number of files");
        }
        Victim victim = Victim.valueOf(args.getFirst().toUpperCase(java.util.Locale.ROOT));
        int files = args.size() > 1 ? Integer.parseInt(args.get(1)) : 200;
        Result result = measure(victim, files, Files.createTempDirectory("briefs-crash"));
        out.printf("kill -9 of %s in the middle of a %d-file burst%n", victim == Victim.STACK ? "the whole stack"
                : "dynalite", files);
        out.printf("  objects %d, briefs %s, failed by code %s, without a brief %d, dead-lettered %d%n",
                result.objects(), result.byStatus(), result.failures(), result.missing(), result.deadLettered());
        out.printf("  recovered (every object briefed) %.1f s after the kill; dynalite started again %d times%n",
                result.recoveryMillis() / 1000.0, result.dynamoRestarts());
        return result.objects() == files && result.missing() == 0 && result.deadLettered() == 0
                && result.byStatus().get(BriefStatus.READY) == result.objects() ? 0 : 1;
    }

    /** Runs the scenario in {@code dataDir} and stops the stack. */
    public static Result measure(Victim victim, int files, Path dataDir) throws Exception {
        int[] ports = {Ports.free(), Ports.free(), Ports.free(), Ports.free()};
        Process stack = startStack(dataDir, ports);
        try {
            Endpoints endpoints = Endpoints.read(dataDir);
            AtomicInteger done = new AtomicInteger();
            ExecutorService uploads = Executors.newFixedThreadPool(4);
            try (S3Client s3 = AwsClients.s3(LocalStack.settings(endpoints))) {
                for (int i = 0; i < files; i++) {
                    String key = "burst/article-" + i + ".txt";
                    byte[] body = BenchArticles.ofWords(300, i);
                    uploads.execute(() -> upload(s3, endpoints, key, body, done));
                }
                while (done.get() < files / 2) {
                    Thread.sleep(10);
                }
                Instant killed = Instant.now();
                if (victim == Victim.STACK) {
                    killTree(stack.toHandle());
                    stack = startStack(dataDir, ports);
                } else {
                    dynalite(stack.toHandle()).destroyForcibly();
                }
                uploads.shutdown();
                uploads.awaitTermination(5, TimeUnit.MINUTES);
                Result result = awaitBriefed(Endpoints.read(dataDir), killed);
                return new Result(result.objects(), result.byStatus(), result.failures(), result.missing(),
                        result.deadLettered(), result.recoveryMillis(), restartsIn(dataDir.resolve("stack.out")));
            }
        } finally {
            stop(stack);
        }
    }

    /**
     * Uploads, trying again while the stack is down (as a client whose upload was refused does), for up to two
     * minutes; a file that never got in is not an object and does not count.
     */
    private static void upload(S3Client s3, Endpoints endpoints, String key, byte[] body, AtomicInteger done) {
        Instant giveUp = Instant.now().plus(Duration.ofMinutes(2));
        try {
            while (true) {
                try {
                    s3.putObject(r -> r.bucket(endpoints.bucket()).key(key).contentType("text/plain"),
                            RequestBody.fromBytes(body));
                    return;
                } catch (RuntimeException refused) {
                    if (Instant.now().isAfter(giveUp)) {
                        return;
                    }
                    Thread.sleep(200);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            done.incrementAndGet();
        }
    }

    /** Waits until every object of the bucket has a READY or FAILED brief and the queue is empty. */
    private static Result awaitBriefed(Endpoints endpoints, Instant killed) throws InterruptedException {
        Instant deadline = Instant.now().plus(DEADLINE);
        try (S3Client s3 = AwsClients.s3(LocalStack.settings(endpoints));
             DynamoDbClient dynamo = AwsClients.dynamoDb(LocalStack.settings(endpoints));
             SqsClient sqs = AwsClients.sqs(LocalStack.settings(endpoints))) {
            BriefRepository briefs = new DynamoBriefRepository(dynamo, endpoints.table());
            while (true) {
                Result result = count(s3, briefs, sqs, endpoints, killed);
                boolean finished = result.missing() == 0 && result.byStatus().get(BriefStatus.PROCESSING) == 0
                        && queued(sqs, endpoints.queueUrl()) == 0;
                if (finished || Instant.now().isAfter(deadline)) {
                    return result;
                }
                Thread.sleep(500);
            }
        }
    }

    private static Result count(S3Client s3, BriefRepository briefs, SqsClient sqs, Endpoints endpoints,
                                Instant killed) {
        Map<BriefStatus, Integer> byStatus = new EnumMap<>(BriefStatus.class);
        for (BriefStatus status : BriefStatus.values()) {
            byStatus.put(status, 0);
        }
        Map<String, Integer> failures = new TreeMap<>();
        int objects = 0;
        int missing = 0;
        for (S3Object object : s3.listObjectsV2Paginator(r -> r.bucket(endpoints.bucket())).contents()) {
            objects++;
            Brief brief = briefs.get(BriefIds.of(endpoints.bucket(), object.key())).orElse(null);
            if (brief == null) {
                missing++;
            } else {
                byStatus.merge(brief.status(), 1, Integer::sum);
                if (brief.error() != null) {
                    failures.merge(brief.error().code(), 1, Integer::sum);
                }
            }
        }
        return new Result(objects, byStatus, failures, missing, queued(sqs, endpoints.deadLetterQueueUrl()),
                Duration.between(killed, Instant.now()).toMillis(), 0);
    }

    private static int queued(SqsClient sqs, String queueUrl) {
        return sqs.getQueueAttributes(r -> r.queueUrl(queueUrl).attributeNames(
                        QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES,
                        QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE)).attributes().values().stream()
                .mapToInt(Integer::parseInt).sum();
    }

    /** {@code ./briefs up} in a child JVM, from the class path the launcher uses; returns once it answers. */
    private static Process startStack(Path dataDir, int[] ports) throws IOException, InterruptedException {
        Path home = Path.of(System.getProperty("briefs.home", ".")).toAbsolutePath();
        Path classes = home.resolve("infra/local/target/classes");
        String classPath = classes + ":" + Files.readString(home.resolve("infra/local/target/classpath.txt")).strip();
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dbriefs.home=" + home, "-cp", classPath, "dev.briefs.local.cli.BriefsCli", "up", "--no-sample",
                "--data-dir", dataDir.toString(), "--api-port", Integer.toString(ports[0]),
                "--s3-port", Integer.toString(ports[1]), "--dynamodb-port", Integer.toString(ports[2]),
                "--sqs-port", Integer.toString(ports[3]))
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(dataDir.resolve("stack.out").toFile()))
                .start();
        // The stack writes endpoints.json last, once everything listens.
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        while (Instant.now().isBefore(deadline) && process.isAlive()) {
            if (Ports.awaitListening(ports[0], Duration.ofMillis(200)) && written(dataDir)) {
                return process;
            }
            Thread.sleep(100);
        }
        killTree(process.toHandle());
        throw new IllegalStateException("./briefs up did not start; see " + dataDir.resolve("stack.out"));
    }

    private static boolean written(Path dataDir) {
        try {
            Endpoints.read(dataDir);
            return true;
        } catch (RuntimeException notYet) {
            return false;
        }
    }

    /** kill -9 of a process and everything it started. */
    private static void killTree(ProcessHandle root) throws InterruptedException {
        List<ProcessHandle> tree = new ArrayList<>(root.descendants().toList());
        tree.add(root);
        tree.forEach(ProcessHandle::destroyForcibly);
        for (ProcessHandle process : tree) {
            process.onExit().join();
        }
        Thread.sleep(100);
    }

    private static ProcessHandle dynalite(ProcessHandle stack) {
        return stack.descendants().filter(process -> process.info().commandLine().orElse("").contains("dynalite"))
                .findFirst().orElseThrow(() -> new IllegalStateException("no dynalite under the stack"));
    }

    /** Stops the stack as Ctrl-C does, so that it removes endpoints.json and stops dynalite. */
    private static void stop(Process stack) throws InterruptedException {
        stack.destroy();
        if (!stack.waitFor(30, TimeUnit.SECONDS)) {
            killTree(stack.toHandle());
        }
    }

    private static int restartsIn(Path output) throws IOException {
        return (int) Files.readAllLines(output).stream().filter(line -> line.contains("starting it again")).count();
    }
}
