package dev.briefs.functions.summarize;

import dev.briefs.aws.AwsClients;
import dev.briefs.aws.AwsSettings;
import dev.briefs.aws.BriefsTable;
import dev.briefs.aws.DynamoBriefRepository;
import dev.briefs.aws.SqsEventQueue;
import dev.briefs.pipeline.Sweeper;

import java.util.Map;

/**
 * The upload queue as the functions' environment names it: {@code BRIEFS_QUEUE_URL} and the redrive policy's count
 * ({@value #MAX_RECEIVES_VARIABLE}); and the sweeper, which needs the queue and the table but none of the parsing
 * (so the sweep function loads no parser).
 */
public final class UploadQueue {

    public static final String MAX_RECEIVES_VARIABLE = "BRIEFS_MAX_RECEIVES";
    /** The redrive policy's {@code maxReceiveCount} when {@value #MAX_RECEIVES_VARIABLE} is not set. */
    public static final int DEFAULT_MAX_RECEIVES = 5;

    private UploadQueue() {
    }

    /** The queue {@code BRIEFS_QUEUE_URL} names. */
    public static SqsEventQueue of(Map<String, String> env) {
        AwsSettings aws = AwsSettings.fromEnvironment(env);
        return new SqsEventQueue(AwsClients.sqs(aws), SqsEventQueue.urlFrom(env), aws.region().id());
    }

    /** The sweeper of abandoned briefs: the table and the upload queue from {@code env}. */
    public static Sweeper sweeper(Map<String, String> env) {
        AwsSettings aws = AwsSettings.fromEnvironment(env);
        return new Sweeper(new DynamoBriefRepository(AwsClients.dynamoDb(aws), BriefsTable.nameFrom(env)), of(env));
    }

    /**
     * {@value #MAX_RECEIVES_VARIABLE}: the queue's redrive {@code maxReceiveCount}, so the function knows a message's
     * last delivery; {@value #DEFAULT_MAX_RECEIVES} when not set.
     */
    public static int maxReceives(Map<String, String> env) {
        String value = env.get(MAX_RECEIVES_VARIABLE);
        if (value == null || value.isBlank()) {
            return DEFAULT_MAX_RECEIVES;
        }
        try {
            int parsed = Integer.parseInt(value.strip());
            if (parsed >= 1) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(MAX_RECEIVES_VARIABLE + " must be a whole number of at least 1, not '"
                + value + "'");
    }
}
