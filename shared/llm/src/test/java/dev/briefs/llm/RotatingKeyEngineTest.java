package dev.briefs.llm;

import dev.briefs.brief.BriefContent;
import dev.briefs.engine.BriefEngine;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A rotated key takes effect after the key's time to live, without a new function version. */
class RotatingKeyEngineTest {

    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-11-25T08:00:00Z"));
    private final Clock clock = new Clock() {
        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    };

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
        now.set(now.get().plus(RotatingKeyEngine.KEY_TTL).minusSeconds(1));
        engine.brief(Fixtures.RAIL);
        assertEquals(List.of("key-1"), built, "the key in use until its time to live runs out");

        now.set(now.get().plus(Duration.ofSeconds(2)));
        BriefContent rotated = engine.brief(Fixtures.RAIL);
        assertEquals(List.of("key-1", "key-2"), built);
        assertEquals(2, reads.size());

        now.set(now.get().plus(RotatingKeyEngine.KEY_TTL).plusSeconds(1));
        engine.brief(Fixtures.RAIL);
        assertEquals(List.of("key-1", "key-2"), built, "an unchanged key keeps the engine");
        assertEquals(3, reads.size());
        assertEquals(StubExtractiveEngine.MODEL, rotated.engine().model());
    }
}
