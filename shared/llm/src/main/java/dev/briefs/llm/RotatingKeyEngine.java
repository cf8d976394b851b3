package dev.briefs.llm;

import dev.briefs.article.Article;
import dev.briefs.brief.BriefContent;
import dev.briefs.engine.BriefEngine;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Function;

/**
 * An LLM engine whose API key lives in Secrets Manager. The key is read on first use, never at class initialisation,
 * so a SnapStart snapshot holds no key; and again once it is older than {@link #KEY_TTL}, so a rotated or corrected
 * key takes effect within minutes on every container of a published version. The engine is rebuilt only when the key
 * changed. Thread-safe.
 */
final class RotatingKeyEngine implements BriefEngine {

    /** How long a key read from the secret is used before it is read again. */
    static final Duration KEY_TTL = Duration.ofMinutes(5);

    private final SecretReader secrets;
    private final String secretId;
    private final Function<String, BriefEngine> engineForKey;
    private final Clock clock;

    private String key;
    private Instant readAt;
    private BriefEngine engine;

    RotatingKeyEngine(SecretReader secrets, String secretId, Function<String, BriefEngine> engineForKey, Clock clock) {
        this.secrets = secrets;
        this.secretId = secretId;
        this.engineForKey = engineForKey;
        this.clock = clock;
    }

    @Override
    public BriefContent brief(Article article) {
        return current().brief(article);
    }

    private synchronized BriefEngine current() {
        Instant now = clock.instant();
        if (engine != null && now.isBefore(readAt.plus(KEY_TTL))) {
            return engine;
        }
        String read;
        try {
            read = secrets.read(secretId);
        } catch (RuntimeException e) {
            throw new IllegalStateException("Cannot read the API key from the secret \"" + secretId + "\" named by "
                    + LlmConfig.API_KEY_SECRET + ": " + e.getMessage(), e);
        }
        if (engine == null || !read.equals(key)) {
            engine = engineForKey.apply(read);
            key = read;
        }
        readAt = now;
        return engine;
    }
}
