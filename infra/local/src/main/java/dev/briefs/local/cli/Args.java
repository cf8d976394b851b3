package dev.briefs.local.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Command-line arguments: {@code --name value} options, {@code --flag} switches and positional values. */
final class Args {

    private final Map<String, String> options = new HashMap<>();
    private final Set<String> flags = new HashSet<>();
    private final List<String> positional = new ArrayList<>();

    /**
     * @param args        the arguments after the command name
     * @param withValues  option names that take a value
     * @param switches    option names that take none
     */
    Args(List<String> args, Set<String> withValues, Set<String> switches) {
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.startsWith("--") && arg.length() > 2) {
                String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
                if (withValues.contains(name)) {
                    String value = arg.contains("=") ? arg.substring(arg.indexOf('=') + 1)
                            : i + 1 < args.size() ? args.get(++i) : null;
                    if (value == null) {
                        throw new UsageException(name + " needs a value");
                    }
                    options.put(name, value);
                } else if (switches.contains(name)) {
                    flags.add(name);
                } else {
                    throw new UsageException("unknown option " + name);
                }
            } else {
                positional.add(arg);
            }
        }
    }

    String option(String name, String fallback) {
        return options.getOrDefault(name, fallback);
    }

    int intOption(String name, int fallback) {
        String value = options.get(name);
        if (value == null) {
            return fallback;
        }
        try {
            int parsed = Integer.parseInt(value);
            if (parsed < 0 || parsed > 65535) {
                throw new NumberFormatException();
            }
            return parsed;
        } catch (NumberFormatException e) {
            throw new UsageException(name + " takes a whole number from 0 to 65535, not '" + value + "'");
        }
    }

    boolean flag(String name) {
        return flags.contains(name);
    }

    List<String> positional() {
        return positional;
    }

    /** Wrong arguments: the message is printed with the usage, and the exit code is 2. */
    static final class UsageException extends RuntimeException {
        UsageException(String message) {
            super(message);
        }
    }
}
