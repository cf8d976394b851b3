package dev.briefs.api;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code GET /health}: whether the API can serve briefs, by reading one item of the table (an id no brief has: one
 * GetItem, nothing decoded). The answer is kept for a few seconds, so that uptime checks and load balancers cost the
 * table next to nothing. 200 with every dependency {@code ok}, else 503 naming the one that is down and why.
 */
final class HealthCheck {

    static final Duration CACHED_FOR = Duration.ofSeconds(5);
    /** A well-formed id that no bucket and key hash to in practice: the read finds nothing. */
    static final String PROBE_ID = "b_000000000000000000000000";

    private record Checked(Instant at, String table) {
    }

    private final Runnable tableProbe;
    private final Clock clock;
    private volatile Checked last;

    /** @param tableProbe one cheap read of the table, which throws when the table does not answer */
    HealthCheck(Runnable tableProbe, Clock clock) {
        this.tableProbe = tableProbe;
        this.clock = clock;
    }

    ApiResponse answer() {
        Instant now = clock.instant();
        Checked checked = last;
        if (checked == null || !now.isBefore(checked.at().plus(CACHED_FOR))) {
            checked = new Checked(now, probeTable());
            last = checked;
        }
        boolean up = checked.table().equals("ok");
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", up ? "ok" : "unavailable");
        body.put("dependencies", Map.of("table", checked.table()));
        return Responses.json(up ? 200 : 503, body);
    }

    private String probeTable() {
        try {
            tableProbe.run();
            return "ok";
        } catch (RuntimeException e) {
            return "down: " + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        }
    }
}
