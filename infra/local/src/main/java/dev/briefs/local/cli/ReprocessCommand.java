package dev.briefs.local.cli;

import dev.briefs.log.PrintableText;
import dev.briefs.aws.AwsClients;
import dev.briefs.aws.DynamoBriefRepository;
import dev.briefs.store.BriefRepository;
import dev.briefs.brief.Brief;
import dev.briefs.brief.BriefStatus;
import dev.briefs.local.Endpoints;
import dev.briefs.local.LocalStack;
import dev.briefs.store.BriefIds;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.MetadataDirective;
import software.amazon.awssdk.services.s3.model.S3Exception;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * {@code ./briefs reprocess ID...|--failed|--fallback [--data-dir DIR] [--timeout SECONDS]}: briefs objects again,
 * for instance after an LLM key was fixed.
 * <p>
 * Nothing is briefed here: each object is copied onto itself in the bucket (same bytes, new metadata), which S3
 * announces as a new {@code ObjectCreated} event with a newer sequencer. The summarize function then handles it
 * exactly as an upload, claim and idempotency included, and the newer sequencer lets it replace the old brief. Before
 * the copy, the stored event order of the brief is reset ({@code BriefRepository.resetOrder}), so that whatever is
 * stored (a PROCESSING claim, a key wedged by an event with a far-future sequencer) the copy's event takes the key.
 */
final class ReprocessCommand {

    /** The user metadata that marks a reprocessed object, and makes the self-copy a change S3 accepts. */
    static final String MARK = "briefs-reprocessed-at";
    private static final Duration POLL = Duration.ofMillis(200);

    private final PrintStream out;
    private final PrintStream err;

    ReprocessCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    /** Whether an LLM brief fell back to the extractive engine: what reprocessing after fixing the LLM is for. */
    static boolean fellBack(Brief brief) {
        return brief.status() == BriefStatus.READY && brief.engine() != null && brief.engine().fallbackReason() != null;
    }

    int run(List<String> arguments) throws InterruptedException {
        Args args = new Args(arguments, Set.of("--data-dir", "--timeout"), Set.of("--failed", "--fallback"));
        if (args.positional().isEmpty() && !args.flag("--failed") && !args.flag("--fallback")) {
            throw new Args.UsageException("reprocess needs brief ids, --failed or --fallback");
        }
        for (String id : args.positional()) {
            if (!BriefIds.isValid(id)) {
                throw new Args.UsageException("'" + id + "' is not a brief id (b_ and 24 hex digits; see ./briefs status)");
            }
        }
        Path dataDir = Path.of(args.option("--data-dir", ".briefs")).toAbsolutePath().normalize();
        Duration timeout = Duration.ofSeconds(args.intOption("--timeout", 300));
        Endpoints endpoints = Endpoints.read(dataDir);
        ApiClient api = ApiClient.connect(endpoints, dataDir);

        int failures = 0;
        Map<String, Brief> targets = new LinkedHashMap<>();
        for (String id : args.positional()) {
            Optional<Brief> brief = api.brief(id);
            if (brief.isEmpty()) {
                err.println(id + ": no such brief");
                failures++;
            } else {
                targets.put(id, brief.get());
            }
        }
        Predicate<Brief> selected = brief -> args.flag("--failed") && brief.status() == BriefStatus.FAILED
                || args.flag("--fallback") && fellBack(brief);
        if (args.flag("--failed") || args.flag("--fallback")) {
            api.all().stream().filter(selected).forEach(brief -> targets.putIfAbsent(brief.id(), brief));
        }
        if (targets.isEmpty()) {
            out.println("Nothing to reprocess.");
            return failures == 0 ? 0 : 1;
        }

        List<Brief> redelivered = new ArrayList<>();
        try (S3Client s3 = AwsClients.s3(LocalStack.settings(endpoints));
             DynamoDbClient dynamo = AwsClients.dynamoDb(LocalStack.settings(endpoints))) {
            BriefRepository repository = new DynamoBriefRepository(dynamo, endpoints.table());
            for (Brief brief : targets.values()) {
                if (redeliver(s3, repository, brief)) {
                    redelivered.add(brief);
                } else {
                    failures++;
                }
            }
        }
        if (!redelivered.isEmpty()) {
            err.println("waiting for " + redelivered.size() + (redelivered.size() == 1 ? " brief" : " briefs")
                    + " (Ctrl-C stops the waiting, not the briefing)…");
        }
        for (Brief before : redelivered) {
            Optional<Brief> after = awaitNewer(api, before, timeout);
            if (after.isEmpty()) {
                err.println(before.id() + ": no new brief after " + timeout.toSeconds() + " s; see "
                        + dataDir.resolve("logs/functions.log"));
                failures++;
            } else {
                out.println(result(after.get()));
                if (after.get().status() == BriefStatus.FAILED) {
                    failures++;
                }
            }
        }
        return failures == 0 ? 0 : 1;
    }

    /**
     * Copies the brief's object onto itself. S3 refuses a self-copy that changes nothing, so the copy replaces the
     * metadata: the same content headers and user metadata as before, plus {@link #MARK}.
     *
     * @return false when the object is gone (its brief cannot be made again from the bucket)
     */
    private boolean redeliver(S3Client s3, BriefRepository repository, Brief brief) {
        String bucket = brief.source().bucket();
        String key = brief.source().key();
        String printed = PrintableText.of(key);
        try {
            HeadObjectResponse head = s3.headObject(r -> r.bucket(bucket).key(key));
            Map<String, String> metadata = new HashMap<>(head.metadata());
            metadata.put(MARK, Instant.now().toString());
            repository.resetOrder(brief.id());
            s3.copyObject(r -> r.sourceBucket(bucket).sourceKey(key).destinationBucket(bucket).destinationKey(key)
                    .metadataDirective(MetadataDirective.REPLACE).metadata(metadata)
                    .contentType(head.contentType()).contentEncoding(head.contentEncoding())
                    .contentLanguage(head.contentLanguage()).contentDisposition(head.contentDisposition())
                    .cacheControl(head.cacheControl()));
            err.println(brief.id() + ": re-delivered s3://" + bucket + "/" + printed + " (was " + brief.status() + ")");
            return true;
        } catch (S3Exception e) {
            if (e.statusCode() == 404) {
                err.println(brief.id() + ": s3://" + bucket + "/" + printed + " is no longer in the bucket; upload it again");
                return false;
            }
            throw e;
        }
    }

    /**
     * Waits for the brief that the re-delivery makes: one created after {@code before} (so the old brief, or a
     * concurrent older delivery, is never mistaken for it) that is no longer PROCESSING.
     */
    private static Optional<Brief> awaitNewer(ApiClient api, Brief before, Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            Optional<Brief> current = api.brief(before.id()).filter(brief -> brief.createdAt().isAfter(before.createdAt())
                    && brief.status() != BriefStatus.PROCESSING);
            if (current.isPresent()) {
                return current;
            }
            Thread.sleep(POLL);
        }
        return Optional.empty();
    }

    private static String result(Brief brief) {
        String detail = brief.status() == BriefStatus.FAILED
                ? brief.error().code() + ": " + brief.error().message()
                : "\"" + brief.title() + "\" by " + brief.engine().provider()
                + (brief.engine().fallbackReason() == null ? "" : " (fallback: " + brief.engine().fallbackReason() + ")");
        return brief.id() + "  " + brief.status() + "  " + PrintableText.of(brief.source().key()) + "  " + detail;
    }
}
