package dev.briefs.pipeline;

import dev.briefs.article.ArticleParser;

import java.time.Duration;
import java.util.Map;

/**
 * Limits of the summarize pipeline.
 *
 * @param maxArticleBytes the largest object that is read (larger ones become FAILED with TOO_LARGE)
 * @param lease           how long a PROCESSING claim blocks other deliveries before it counts as abandoned
 */
public record SummarizeSettings(long maxArticleBytes, Duration lease) {

    public static final long DEFAULT_MAX_ARTICLE_BYTES = ArticleParser.DEFAULT_MAX_ARTICLE_BYTES;
    public static final Duration DEFAULT_LEASE = Duration.ofMinutes(15);

    /** Reads {@code BRIEFS_MAX_ARTICLE_BYTES} and {@code BRIEFS_LEASE_SECONDS}, with the defaults above. */
    public static SummarizeSettings fromEnvironment(Map<String, String> env) {
        long max = parse(env, "BRIEFS_MAX_ARTICLE_BYTES", DEFAULT_MAX_ARTICLE_BYTES);
        long lease = parse(env, "BRIEFS_LEASE_SECONDS", DEFAULT_LEASE.toSeconds());
        return new SummarizeSettings(max, Duration.ofSeconds(lease));
    }

    private static long parse(Map<String, String> env, String name, long fallback) {
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
