package dev.briefs.pipeline;

import dev.briefs.article.ArticleParser;

import java.time.Duration;
import java.util.Map;

/**
 * Limits of the summarize pipeline.
 *
 * @param maxArticleBytes the largest object that is read (larger ones become FAILED with TOO_LARGE)
 * @param lease           how long a PROCESSING claim blocks other deliveries before it counts as abandoned
 * @param rateLimitBudget how old an event may grow while it is put back on the queue to wait out a busy model; past
 *                        it (or on its last delivery) the article gets the fallback engine's brief
 */
public record SummarizeSettings(long maxArticleBytes, Duration lease, Duration rateLimitBudget) {

    public static final long DEFAULT_MAX_ARTICLE_BYTES = ArticleParser.DEFAULT_MAX_ARTICLE_BYTES;
    public static final Duration DEFAULT_LEASE = Duration.ofMinutes(15);
    public static final Duration DEFAULT_RATE_LIMIT_BUDGET = Duration.ofHours(1);

    public SummarizeSettings(long maxArticleBytes, Duration lease) {
        this(maxArticleBytes, lease, DEFAULT_RATE_LIMIT_BUDGET);
    }

    /**
     * Reads {@code BRIEFS_MAX_ARTICLE_BYTES}, {@code BRIEFS_LEASE_SECONDS} and
     * {@code BRIEFS_RATE_LIMIT_BUDGET_SECONDS}, with the defaults above.
     */
    public static SummarizeSettings fromEnvironment(Map<String, String> env) {
        long max = parse(env, "BRIEFS_MAX_ARTICLE_BYTES", DEFAULT_MAX_ARTICLE_BYTES);
        long lease = parse(env, "BRIEFS_LEASE_SECONDS", DEFAULT_LEASE.toSeconds());
        long budget = parse(env, "BRIEFS_RATE_LIMIT_BUDGET_SECONDS", DEFAULT_RATE_LIMIT_BUDGET.toSeconds());
        return new SummarizeSettings(max, Duration.ofSeconds(lease), Duration.ofSeconds(budget));
    }

    static long parse(Map<String, String> env, String name, long fallback) {
        String value = env.get(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            long parsed = Long.parseLong(value.trim());
            if (parsed <= 0) {
                throw new NumberFormatException();
            }
            return parsed;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a positive whole number, not '" + value + "'");
        }
    }
}
