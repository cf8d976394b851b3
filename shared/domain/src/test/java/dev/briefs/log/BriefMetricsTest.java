package dev.briefs.log;

import com.fasterxml.jackson.databind.JsonNode;
import dev.briefs.brief.Brief;
import dev.briefs.brief.BriefContent;
import dev.briefs.brief.BriefError;
import dev.briefs.brief.EngineInfo;
import dev.briefs.brief.FailureCode;
import dev.briefs.brief.HeadlineShift;
import dev.briefs.brief.Source;
import dev.briefs.brief.Verification;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BriefMetricsTest {

    private static final Instant T = Instant.parse("2026-11-25T08:00:00Z");
    private final Brief processing = Brief.processing("b_0123456789abcdef01234567",
            new Source("b", "k", null, null, 1L, null), T);

    @Test
    void aReadyLlmBriefReportsLatencyTokensFallbacksAndDrops() {
        EngineInfo engine = new EngineInfo("openai", "m", null, 1200L, 900, 150, 2,
                new Verification(1, 2, 0, 0, List.of()));
        JsonNode line = json(BriefMetrics.of(processing.ready(processing.source(), "t", new BriefContent(
                HeadlineShift.EMPTY, List.of(), List.of(), List.of(), engine), T), T.toEpochMilli()));
        JsonNode directive = line.get("_aws").get("CloudWatchMetrics").get(0);
        assertEquals("Briefs", directive.get("Namespace").asText());
        assertEquals(T.toEpochMilli(), line.get("_aws").get("Timestamp").asLong());
        assertEquals(1, line.get("BriefsCreated").asInt());
        assertEquals(1200, line.get("EngineLatency").asInt());
        assertEquals(900, line.get("InputTokens").asInt());
        assertEquals(3, line.get("VerificationDrops").asInt());
        assertEquals(0, line.get("Fallbacks").asInt());
        for (JsonNode metric : directive.get("Metrics")) {
            assertTrue(line.has(metric.get("Name").asText()), "every declared metric has a value");
        }
    }

    @Test
    void aFailureIsCountedByCode() {
        JsonNode line = json(BriefMetrics.of(processing.failed(processing.source(),
                BriefError.of(FailureCode.TOO_LARGE, "big"), T), T.toEpochMilli()));
        assertEquals(1, line.get("BriefsFailed").asInt());
        assertEquals("TOO_LARGE", line.get("FailureCode").asText());
        assertEquals("FailureCode",
                line.get("_aws").get("CloudWatchMetrics").get(0).get("Dimensions").get(0).get(0).asText());
    }

    /** The line as CloudWatch reads it: the JSON text the log writes, parsed back. */
    private static JsonNode json(java.util.Map<String, Object> line) {
        try {
            return dev.briefs.json.BriefJson.mapper().readTree(dev.briefs.json.JsonText.of(line));
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }
}
