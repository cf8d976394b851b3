package dev.briefs.local.cli;

import dev.briefs.log.PrintableText;
import dev.briefs.brief.Brief;
import dev.briefs.brief.BriefStatus;
import dev.briefs.local.Endpoints;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code ./briefs status [--data-dir DIR]}: where the running stack listens and how many briefs it holds by status,
 * with the failed ones and those an LLM fallback made (what {@code ./briefs reprocess} takes).
 */
final class StatusCommand {

    /** Enough lines to act on without flooding the terminal; the counts above them are complete. */
    static final int LISTED = 20;

    private final PrintStream out;

    StatusCommand(PrintStream out) {
        this.out = out;
    }

    int run(List<String> arguments) throws InterruptedException {
        Args args = new Args(arguments, Set.of("--data-dir"), Set.of());
        if (!args.positional().isEmpty()) {
            throw new Args.UsageException("status takes no arguments");
        }
        Path dataDir = Path.of(args.option("--data-dir", ".briefs")).toAbsolutePath().normalize();
        Endpoints endpoints = Endpoints.read(dataDir);
        ApiClient api = ApiClient.connect(endpoints, dataDir);
        out.println("briefs local stack on " + dataDir);
        out.println("  API       " + endpoints.apiUrl() + "   (pages: " + endpoints.apiUrl() + "/ in a browser)");
        out.println("  S3        " + endpoints.s3Endpoint() + "   bucket " + endpoints.bucket());
        out.println("  DynamoDB  " + endpoints.dynamodbEndpoint() + "   table " + endpoints.table());

        List<Brief> briefs = api.all();
        Map<BriefStatus, Integer> counts = new EnumMap<>(BriefStatus.class);
        for (BriefStatus status : BriefStatus.values()) {
            counts.put(status, 0);
        }
        briefs.forEach(brief -> counts.merge(brief.status(), 1, Integer::sum));
        List<Brief> failed = briefs.stream().filter(brief -> brief.status() == BriefStatus.FAILED).toList();
        List<Brief> fellBack = briefs.stream().filter(ReprocessCommand::fellBack).toList();
        out.println("briefs    " + briefs.size());
        for (BriefStatus status : List.of(BriefStatus.READY, BriefStatus.FAILED, BriefStatus.PROCESSING)) {
            String note = status == BriefStatus.READY && !fellBack.isEmpty()
                    ? "   (" + fellBack.size() + " by the fallback engine)" : "";
            out.printf("  %-10s %6d%s%n", status, counts.get(status), note);
        }
        list("failed (./briefs reprocess --failed):", failed);
        list("by the fallback engine (./briefs reprocess --fallback):", fellBack);
        return 0;
    }

    private void list(String heading, List<Brief> briefs) {
        if (briefs.isEmpty()) {
            return;
        }
        out.println(heading);
        for (Brief brief : briefs.subList(0, Math.min(LISTED, briefs.size()))) {
            String reason = brief.error() != null ? brief.error().code() : brief.engine().fallbackReason();
            out.println("  " + brief.id() + "  " + PrintableText.of(brief.source().key()) + "  " + reason);
        }
        if (briefs.size() > LISTED) {
            out.println("  … and " + (briefs.size() - LISTED) + " more");
        }
    }
}
