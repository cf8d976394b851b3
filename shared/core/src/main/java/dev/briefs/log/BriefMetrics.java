package dev.briefs.log;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.briefs.brief.Brief;
import dev.briefs.brief.BriefStatus;
import dev.briefs.brief.EngineInfo;
import dev.briefs.brief.Verification;
import dev.briefs.json.BriefJson;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Metrics of the summarize function in CloudWatch Embedded Metric Format: one log line per finished brief, which
 * CloudWatch turns into metrics without an API call (namespace {@value #NAMESPACE}, dimension {@code FailureCode} on
 * failures).
 */
public final class BriefMetrics {

    public static final String NAMESPACE = "Briefs";

    private BriefMetrics() {
    }

    /** The metrics line for one finished brief. */
    public static ObjectNode of(Brief brief, long now) {
        Map<String, Number> values = new LinkedHashMap<>();
        boolean failed = brief.status() == BriefStatus.FAILED;
        values.put("BriefsCreated", failed ? 0 : 1);
        values.put("BriefsFailed", failed ? 1 : 0);
        EngineInfo engine = brief.engine();
        if (engine != null) {
            putIfPresent(values, "EngineLatency", engine.latencyMs());
            putIfPresent(values, "InputTokens", engine.inputTokens());
            putIfPresent(values, "OutputTokens", engine.outputTokens());
            values.put("Fallbacks", engine.fallbackReason() == null ? 0 : 1);
            Verification verification = engine.verification();
            if (verification != null) {
                values.put("VerificationDrops", verification.droppedQuotes() + verification.droppedActors()
                        + verification.droppedSpeakers() + verification.droppedNextSteps());
            }
        }

        ObjectNode line = BriefJson.mapper().createObjectNode();
        ObjectNode directive = line.putObject("_aws").put("Timestamp", now)
                .putArray("CloudWatchMetrics").addObject().put("Namespace", NAMESPACE);
        ArrayNode dimensions = directive.putArray("Dimensions").addArray();
        if (failed) {
            dimensions.add("FailureCode");
            line.put("FailureCode", brief.error().code());
        }
        ArrayNode metrics = directive.putArray("Metrics");
        values.forEach((name, value) -> {
            metrics.addObject().put("Name", name).put("Unit", unit(name));
            line.putPOJO(name, value);
        });
        if (engine != null) {
            line.put("provider", engine.provider());
        }
        line.put("briefId", brief.id());
        return line;
    }

    private static String unit(String metric) {
        return switch (metric) {
            case "EngineLatency" -> "Milliseconds";
            default -> "Count";
        };
    }

    private static void putIfPresent(Map<String, Number> values, String name, Number value) {
        if (value != null) {
            values.put(name, value);
        }
    }
}
