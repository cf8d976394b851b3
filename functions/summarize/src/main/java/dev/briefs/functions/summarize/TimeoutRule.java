package dev.briefs.functions.summarize;

import dev.briefs.llm.LlmConfig;
import dev.briefs.llm.RetryPolicy;
import dev.briefs.log.BriefMetrics;
import dev.briefs.log.JsonLog;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * The deployment rule "3 × LlmTimeoutSeconds + 45 ≤ SummarizeTimeoutSeconds": a model call is tried up to three
 * times, with up to 20 s of Retry-After between tries, and reading and storing take the rest. CloudFormation's
 * {@code Rules} cannot compute, so the function checks it against its own time limit.
 *
 * @param llmTimeout one model call's limit ({@code BRIEFS_LLM_TIMEOUT})
 */
record TimeoutRule(Duration llmTimeout) {

    static final Duration OVERHEAD = Duration.ofSeconds(45);
    static final String METRIC = "TimeoutRuleViolations";

    /** The rule for the configured engine; none for the extractive engine, which calls no model. */
    static Optional<TimeoutRule> fromEnvironment(Map<String, String> env) {
        LlmConfig config = LlmConfig.fromEnvironment(env);
        return config.usesModel() ? Optional.of(new TimeoutRule(config.timeout())) : Optional.empty();
    }

    /** The shortest time limit that holds the rule. */
    Duration required() {
        return llmTimeout.multipliedBy(RetryPolicy.DEFAULT.maxAttempts()).plus(OVERHEAD);
    }

    /**
     * Fails loudly, with a log line and a metric, when {@code functionTimeout} is too short, so that no brief is made
     * by a function that a slow model would time out mid-way (leaving it PROCESSING until its lease expires).
     *
     * @param functionTimeout the function's time limit, as the invocation's remaining time at its start
     * @throws IllegalStateException when the rule is broken
     */
    void enforce(Duration functionTimeout) {
        // The remaining time at the start is a few milliseconds under the limit: compare whole seconds.
        long limitSeconds = (functionTimeout.toMillis() + 999) / 1000;
        if (limitSeconds >= required().toSeconds()) {
            return;
        }
        String message = "timeout rule violated: SummarizeTimeoutSeconds is " + limitSeconds + " s, but 3 x "
                + "LlmTimeoutSeconds (" + llmTimeout.toSeconds() + " s) + " + OVERHEAD.toSeconds() + " s needs "
                + required().toSeconds() + " s; deploy with a larger SummarizeTimeoutSeconds or a smaller"
                + " LlmTimeoutSeconds";
        JsonLog.error(message, Map.of("summarizeTimeoutSeconds", limitSeconds,
                "requiredSeconds", required().toSeconds()));
        JsonLog.raw(BriefMetrics.count(METRIC, System.currentTimeMillis()));
        throw new IllegalStateException(message);
    }
}
