package dev.briefs.local.cli;

import dev.briefs.aws.AwsClients;
import dev.briefs.aws.AwsSettings;
import dev.briefs.local.Endpoints;
import dev.briefs.local.LocalStack;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.ListMessageMoveTasksResultEntry;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * {@code ./briefs redrive [--data-dir DIR] | --dead-letter-arn ARN [--timeout SECONDS]}: moves the dead-letter
 * queue's messages back to the queue they came from, with SQS's own message move task ({@code StartMessageMoveTask}),
 * and waits until it is done. Locally the queues are the running stack's; with {@code --dead-letter-arn} they are in
 * AWS (the stack's {@code DeadLetterQueueArn} output), with the credentials and region of the SDK's usual variables.
 */
final class RedriveCommand {

    private static final Duration POLL = Duration.ofMillis(500);

    private final PrintStream out;

    RedriveCommand(PrintStream out) {
        this.out = out;
    }

    int run(List<String> arguments) throws InterruptedException {
        Args args = new Args(arguments, Set.of("--data-dir", "--dead-letter-arn", "--timeout"), Set.of());
        if (!args.positional().isEmpty()) {
            throw new Args.UsageException("redrive takes no arguments");
        }
        Duration timeout = Duration.ofSeconds(args.intOption("--timeout", 300));
        String deadLetterArn = args.option("--dead-letter-arn", null);
        if (deadLetterArn != null) {
            try (SqsClient sqs = AwsClients.sqs(AwsSettings.fromEnvironment(System.getenv()))) {
                return redrive(sqs, deadLetterArn, timeout);
            }
        }
        Path dataDir = Path.of(args.option("--data-dir", ".briefs")).toAbsolutePath().normalize();
        Endpoints endpoints = Endpoints.read(dataDir);
        ApiClient.connect(endpoints, dataDir);
        try (SqsClient sqs = AwsClients.sqs(LocalStack.settings(endpoints))) {
            return redrive(sqs, LocalStack.queueArn(sqs, endpoints.deadLetterQueueUrl()), timeout);
        }
    }

    private int redrive(SqsClient sqs, String deadLetterArn, Duration timeout) throws InterruptedException {
        String task = sqs.startMessageMoveTask(r -> r.sourceArn(deadLetterArn)).taskHandle();
        out.println("moving the messages of " + deadLetterArn + " back to their queue (task " + task + ")…");
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            ListMessageMoveTasksResultEntry latest = sqs.listMessageMoveTasks(r -> r.sourceArn(deadLetterArn)
                    .maxResults(1)).results().getFirst();
            switch (latest.status()) {
                case "COMPLETED" -> {
                    out.println(latest.approximateNumberOfMessagesMoved() + " messages moved back; the function "
                            + "briefs them as they arrive (./briefs status shows the outcome)");
                    return 0;
                }
                case "FAILED", "CANCELLED" -> {
                    out.println("the move task " + latest.status() + ": " + latest.failureReason());
                    return 1;
                }
                default -> Thread.sleep(POLL);
            }
        }
        out.println("the move task is still running after " + timeout.toSeconds() + " s; it goes on without us");
        return 1;
    }
}
