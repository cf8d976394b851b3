package dev.briefs.local.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** The listing filters of {@code list} and {@code export}: each flag is the API's query parameter of the same name. */
final class ListingOptions {

    static final Set<String> FLAGS = Set.of("--status", "--actor", "--since", "--until");

    private ListingOptions() {
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
