package dev.briefs.local.recovery;

import dev.briefs.local.bench.RateLimitBenchmark;
import dev.briefs.local.invoke.ProjectRoot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A burst against an OpenAI-compatible model that allows 120 requests a minute: every brief comes from the model,
 * none falls back because of the rate limit, none is lost (the time against the limit is a figure of BENCHMARKS.md,
 * from {@code ./briefs bench rate-limit}, at 600 a minute). The limit is low enough that even a loaded machine, whose
 * invocations call the model more slowly, goes beyond it: at 600 a minute, a run under a load of 15 drew no 429.
 */
class RateLimitIT {

    private static final int FILES = 30;
    private static final int REQUESTS_PER_MINUTE = 120;

    @Test
    void aBurstBeyondTheLimitIsWaitedOutNotDegraded(@TempDir Path dataDir) throws Exception {
        System.setProperty("briefs.home", ProjectRoot.find().toString());
        RateLimitBenchmark.Result result = RateLimitBenchmark.measure(FILES, REQUESTS_PER_MINUTE, dataDir);
        assertTrue(result.limited() > 0, "the burst went beyond the limit: the server answered 429s");
        assertEquals(FILES, result.fromModel(), "every brief is the model's");
        assertEquals(0, result.rateLimitFallbacks());
        assertEquals(0, result.lost());
    }
}
