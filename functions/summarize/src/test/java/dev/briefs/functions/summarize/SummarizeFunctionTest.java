package dev.briefs.functions.summarize;

import dev.briefs.engine.BriefEngine;
import dev.briefs.engine.TimedBriefEngine;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SummarizeFunctionTest {

    @Test
    void theSnapshotWarmUpRunsOfflineThroughTextAndPdf() {
        // No AWS endpoint is reachable from a unit test: the warm-up must need none.
        assertDoesNotThrow(SummarizeFunction::warmUp);
    }

    @Test
    void withoutALlmTheEngineIsTheTimedExtractiveOne() {
        BriefEngine engine = SummarizeFunction.engine(Map.of());
        assertInstanceOf(TimedBriefEngine.class, engine);
    }

    @Test
    void aMissingTableIsReportedByItsVariable() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> SummarizeFunction.create(Map.of()));
        assertTrue(e.getMessage().contains("BRIEFS_TABLE"), e.getMessage());
    }

    @Test
    void aMissingDerivedBucketIsReportedByItsVariable() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> SummarizeFunction.create(Map.of("BRIEFS_TABLE", "briefs")));
        assertTrue(e.getMessage().contains("BRIEFS_DERIVED_BUCKET"), e.getMessage());
    }
}
