package dev.briefs.local.cli;

import dev.briefs.local.Endpoints;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The listing filters of {@code list} and {@code export}: each flag is the API's query parameter of the same name. */
final class ListingOptions {

    static final Set<String> FLAGS = Set.of("--status", "--actor", "--since", "--until");

    private ListingOptions() {
    }

    /** The arguments of {@code command}: the filter flags, {@code --data-dir} and {@code others}; nothing positional. */
    static Args parse(String command, List<String> arguments, String... others) {
        Set<String> options = new HashSet<>(FLAGS);
        options.add("--data-dir");
        options.addAll(List.of(others));
        Args args = new Args(arguments, options, Set.of());
        if (!args.positional().isEmpty()) {
            throw new Args.UsageException(command + " takes no arguments");
        }
        return args;
    }

    /** A client of the stack running on {@code --data-dir} (default {@code .briefs}). */
    static ApiClient connect(Args args) throws InterruptedException {
        Path dataDir = Path.of(args.option("--data-dir", ".briefs")).toAbsolutePath().normalize();
        return ApiClient.connect(Endpoints.read(dataDir), dataDir);
    }

    /** The filters given, as query parameters; the API checks their values and explains a bad one. */
    static Map<String, String> of(Args args) {
        Map<String, String> filters = new LinkedHashMap<>();
        for (String flag : FLAGS) {
            String value = args.option(flag, null);
            if (value != null) {
                filters.put(flag.substring(2), value);
            }
        }
        return filters;
    }
}
