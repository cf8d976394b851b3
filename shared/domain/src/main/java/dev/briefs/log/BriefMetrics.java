package dev.briefs.log;

import dev.briefs.brief.Brief;
import dev.briefs.brief.BriefStatus;
import dev.briefs.brief.EngineInfo;
import dev.briefs.brief.Verification;

import java.util.LinkedHashMap;
import java.util.List;
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

    /** The metrics line for one finished brief, as ordered fields for {@link JsonLog#raw}. */
    public static Map<String, Object> of(Brief brief, long now) {
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

        List<String> dimensions = failed ? List.of("FailureCode") : List.of();
        List<Map<String, String>> metrics = values.keySet().stream()
                .map(name -> Map.of("Name", name, "Unit", unit(name))).toList();
        Map<String, Object> directive = new LinkedHashMap<>();
        directive.put("Namespace", NAMESPACE);
        directive.put("Dimensions", List.of(dimensions));
        directive.put("Metrics", metrics);
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("_aws", Map.of("Timestamp", now, "CloudWatchMetrics", List.of(directive)));
        if (failed) {
            line.put("FailureCode", brief.error().code());
        }
        line.putAll(values);
        if (engine != null) {
            line.put("provider", engine.provider());
        }
        line.put("briefId", brief.id());
        return line;
    }

    /** A metrics line counting one occurrence of {@code metric}, without dimensions (a configuration error). */
    public static Map<String, Object> count(String metric, long now) {
        Map<String, Object> directive = new LinkedHashMap<>();
        directive.put("Namespace", NAMESPACE);
        directive.put("Dimensions", List.of(List.of()));
        directive.put("Metrics", List.of(Map.of("Name", metric, "Unit", "Count")));
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("_aws", Map.of("Timestamp", now, "CloudWatchMetrics", List.of(directive)));
        line.put(metric, 1);
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
