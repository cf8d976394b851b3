package dev.briefs.local.cli;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code ./briefs export --format ndjson|csv [--status S] [--actor NAME] [--since T] [--until T] [--data-dir DIR]}:
 * every matching brief to standard output, newest first, written page by page as the pages arrive (one page of 100
 * in memory), so it works for any number of briefs. NDJSON holds the whole briefs; CSV one row per brief.
 */
final class ExportCommand {

    /** The CSV columns: what a spreadsheet user sorts and filters by. */
    static final List<String> CSV_COLUMNS = List.of("id", "title", "status", "created", "top actors", "quotes",
            "after");
    static final int TOP_ACTORS = 3;

    private final PrintStream out;

    ExportCommand(PrintStream out) {
        this.out = out;
    }

    int run(List<String> arguments) throws InterruptedException {
        Args args = ListingOptions.parse("export", arguments, "--format");
        String format = args.option("--format", null);
        if (!"ndjson".equals(format) && !"csv".equals(format)) {
            throw new Args.UsageException("export needs --format ndjson or --format csv");
        }
        ApiClient api = ListingOptions.connect(args);
        if (format.equals("csv")) {
            out.print(Csv.row(CSV_COLUMNS));
        }
        api.each(ListingOptions.of(args), Integer.MAX_VALUE,
                brief -> out.print(format.equals("csv") ? Csv.row(csvRow(brief)) : brief + "\n"));
        out.flush();
        return out.checkError() ? 1 : 0;
    }

    static List<String> csvRow(JsonNode brief) {
        List<String> actors = new ArrayList<>();
        for (JsonNode actor : brief.path("actors")) {
            if (actors.size() < TOP_ACTORS) {
                actors.add(actor.get("name").asText());
            }
        }
        return List.of(brief.get("id").asText(), brief.path("title").asText(""), brief.get("status").asText(),
                brief.get("createdAt").asText(), String.join("; ", actors),
                Integer.toString(brief.path("quotes").size()), brief.path("headlineShift").path("after").asText(""));
    }
}
