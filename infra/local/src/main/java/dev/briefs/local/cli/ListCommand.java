package dev.briefs.local.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.briefs.local.Endpoints;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

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
        Set<String> options = new HashSet<>(ListingOptions.FLAGS);
        options.addAll(Set.of("--limit", "--data-dir"));
        Args args = new Args(arguments, options, Set.of());
        if (!args.positional().isEmpty()) {
            throw new Args.UsageException("list takes no arguments");
        }
        int limit = args.intOption("--limit", DEFAULT_LIMIT);
        if (limit < 1) {
            throw new Args.UsageException("--limit takes a whole number from 1");
        }
        Path dataDir = Path.of(args.option("--data-dir", ".briefs")).toAbsolutePath().normalize();
        ApiClient api = ApiClient.connect(Endpoints.read(dataDir), dataDir);
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
