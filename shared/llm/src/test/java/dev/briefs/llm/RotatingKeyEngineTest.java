package dev.briefs.llm;

import dev.briefs.brief.BriefContent;
import dev.briefs.engine.BriefEngine;
import org.junit.jupiter.api.Test;

import dev.briefs.testing.MutableClock;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A rotated key takes effect after the key's time to live, without a new function version. */
class RotatingKeyEngineTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-25T08:00:00Z"));

    @Test
    void aRotatedKeyIsUsedOnceTheReadKeyIsOlderThanItsTimeToLive() {
        AtomicReference<String> secret = new AtomicReference<>("key-1");
        List<String> reads = new ArrayList<>();
        List<String> built = new ArrayList<>();
        StubExtractiveEngine stub = new StubExtractiveEngine();
        RotatingKeyEngine engine = new RotatingKeyEngine(id -> {
            reads.add(id);
            return secret.get();
        }, "briefs/key", key -> {
            built.add(key);
            return (BriefEngine) stub;
        }, clock);

        engine.brief(Fixtures.RAIL);
        secret.set("key-2");
        clock.advance(RotatingKeyEngine.KEY_TTL.minusSeconds(1));
        engine.brief(Fixtures.RAIL);
        assertEquals(List.of("key-1"), built, "the key in use until its time to live runs out");

        clock.advance(Duration.ofSeconds(2));
        BriefContent rotated = engine.brief(Fixtures.RAIL);
        assertEquals(List.of("key-1", "key-2"), built);
        assertEquals(2, reads.size());

        clock.advance(RotatingKeyEngine.KEY_TTL.plusSeconds(1));
        engine.brief(Fixtures.RAIL);
        assertEquals(List.of("key-1", "key-2"), built, "an unchanged key keeps the engine");
        assertEquals(3, reads.size());
        assertEquals(StubExtractiveEngine.MODEL, rotated.engine().model());
    }
}
