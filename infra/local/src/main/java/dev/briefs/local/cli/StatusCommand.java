package dev.briefs.local.cli;

import dev.briefs.log.PrintableText;
import dev.briefs.brief.Brief;
import dev.briefs.brief.BriefStatus;
import dev.briefs.aws.AwsClients;
import dev.briefs.aws.S3EventMessages;
import dev.briefs.local.Endpoints;
import dev.briefs.local.LocalStack;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code ./briefs status [--data-dir DIR]}: where the running stack listens and how many briefs it holds by status,
 * with the PROCESSING (stuck, when old), failed and fallback ones by key (what {@code ./briefs reprocess} takes), and
 * the upload queue with its dead-lettered events by key (what {@code ./briefs redrive} takes).
 */
final class StatusCommand {

    /** Enough lines to act on without flooding the terminal; the counts above them are complete. */
    static final int LISTED = 20;

    private final PrintStream out;

    StatusCommand(PrintStream out) {
        this.out = out;
    }

    int run(List<String> arguments) throws InterruptedException {
        Args args = new Args(arguments, Set.of("--data-dir"), Set.of());
        if (!args.positional().isEmpty()) {
            throw new Args.UsageException("status takes no arguments");
        }
        Path dataDir = Path.of(args.option("--data-dir", ".briefs")).toAbsolutePath().normalize();
        Endpoints endpoints = Endpoints.read(dataDir);
        ApiClient api = ApiClient.connect(endpoints, dataDir);
        out.println("briefs local stack on " + dataDir);
        out.println("  API       " + endpoints.apiUrl() + "   (pages: " + endpoints.apiUrl() + "/ in a browser)");
        out.println("  S3        " + endpoints.s3Endpoint() + "   bucket " + endpoints.bucket());
        out.println("  DynamoDB  " + endpoints.dynamodbEndpoint() + "   table " + endpoints.table());

        List<Brief> briefs = api.all();
        Map<BriefStatus, Integer> counts = new EnumMap<>(BriefStatus.class);
        for (BriefStatus status : BriefStatus.values()) {
            counts.put(status, 0);
        }
        briefs.forEach(brief -> counts.merge(brief.status(), 1, Integer::sum));
        List<Brief> failed = briefs.stream().filter(brief -> brief.status() == BriefStatus.FAILED).toList();
        List<Brief> fellBack = briefs.stream().filter(ReprocessCommand::fellBack).toList();
        out.println("briefs    " + briefs.size());
        for (BriefStatus status : List.of(BriefStatus.READY, BriefStatus.FAILED, BriefStatus.PROCESSING)) {
            String note = status == BriefStatus.READY && !fellBack.isEmpty()
                    ? "   (" + fellBack.size() + " by the fallback engine)" : "";
            out.printf("  %-10s %6d%s%n", status, counts.get(status), note);
        }
        List<Brief> processing = briefs.stream().filter(brief -> brief.status() == BriefStatus.PROCESSING).toList();
        list("processing, or stuck when old (the sweeper or ./briefs reprocess ID takes them):", processing);
        list("failed (./briefs reprocess --failed):", failed);
        list("by the fallback engine (./briefs reprocess --fallback):", fellBack);
        queues(endpoints);
        return 0;
    }

    /** The upload queue's counts, and the dead-lettered events by key (what ./briefs redrive moves back). */
    private void queues(Endpoints endpoints) {
        try (SqsClient sqs = AwsClients.sqs(LocalStack.settings(endpoints))) {
            Map<QueueAttributeName, String> upload = sqs.getQueueAttributes(r -> r.queueUrl(endpoints.queueUrl())
                    .attributeNames(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES,
                            QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE)).attributes();
            out.println("queue     " + upload.get(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES) + " waiting, "
                    + upload.get(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE)
                    + " being briefed or waiting to be retried");
            // A glance, not a consumption: each message hides for a moment and is back on the dead-letter queue then.
            Map<String, String> deadLettered = new LinkedHashMap<>();
            for (int round = 0; round < LISTED / 10 && deadLettered.size() < LISTED; round++) {
                for (Message message : sqs.receiveMessage(r -> r.queueUrl(endpoints.deadLetterQueueUrl())
                        .maxNumberOfMessages(10).visibilityTimeout(2)).messages()) {
                    deadLettered.put(message.messageId(), keysOf(message.body()));
                }
            }
            int count = sqs.getQueueAttributes(r -> r.queueUrl(endpoints.deadLetterQueueUrl())
                    .attributeNames(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES,
                            QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE)).attributes().values()
                    .stream().mapToInt(Integer::parseInt).sum();
            out.println("dead-lettered " + count + (deadLettered.isEmpty() ? "" : " (./briefs redrive moves them back):"));
            deadLettered.values().forEach(keys -> out.println("  " + keys));
        }
    }

    private static String keysOf(String body) {
        try {
            List<String> keys = S3EventMessages.read(body).stream()
                    .map(event -> PrintableText.of(event.object().key())).toList();
            return keys.isEmpty() ? "(no object: " + body.substring(0, Math.min(80, body.length())) + ")"
                    : String.join(", ", keys);
        } catch (IllegalArgumentException e) {
            return "(not an S3 event)";
        }
    }

    private void list(String heading, List<Brief> briefs) {
        if (briefs.isEmpty()) {
            return;
        }
        out.println(heading);
        for (Brief brief : briefs.subList(0, Math.min(LISTED, briefs.size()))) {
            String reason = brief.error() != null ? brief.error().code()
                    : brief.engine() != null ? brief.engine().fallbackReason()
                    : "since " + brief.updatedAt();
            out.println("  " + brief.id() + "  " + PrintableText.of(brief.source().key()) + "  " + reason);
        }
        if (briefs.size() > LISTED) {
            out.println("  … and " + (briefs.size() - LISTED) + " more");
        }
    }
}
