package dev.briefs.local.cli;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.PrintStream;
import java.util.List;

/**
 * {@code ./briefs list [--status S] [--actor NAME] [--since T] [--until T] [--limit N] [--data-dir DIR]}: the running
 * stack's briefs newest first, one line each: id, status, creation time, title.
 */
final class ListCommand {

    static final int DEFAULT_LIMIT = 20;

    private final PrintStream out;

    ListCommand(PrintStream out) {
        this.out = out;
    }

    int run(List<String> arguments) throws InterruptedException {
        Args args = ListingOptions.parse("list", arguments, "--limit");
        int limit = args.intOption("--limit", DEFAULT_LIMIT);
        if (limit < 1) {
            throw new Args.UsageException("--limit takes a whole number from 1");
        }
        ApiClient api = ListingOptions.connect(args);
        int[] count = {0};
        api.each(ListingOptions.of(args), limit, brief -> {
            out.println(line(brief));
            count[0]++;
        });
        if (count[0] == 0) {
            out.println("no briefs match");
        }
        return 0;
    }

    static String line(JsonNode brief) {
        String title = brief.hasNonNull("title") ? brief.get("title").asText() : brief.get("source").get("key").asText();
        return String.format("%s  %-10s  %s  %s", brief.get("id").asText(), brief.get("status").asText(),
                brief.get("createdAt").asText(), title);
    }
}
