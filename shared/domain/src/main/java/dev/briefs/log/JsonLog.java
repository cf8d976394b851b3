package dev.briefs.log;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import dev.briefs.json.JsonText;

import java.io.PrintStream;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One JSON object per line on standard output, which CloudWatch Logs indexes field by field. The context (request
 * id, object key, brief id) is carried per thread so every line of one invocation can be found together.
 */
public final class JsonLog {

    private static final ThreadLocal<Map<String, String>> CONTEXT = ThreadLocal.withInitial(Map::of);
    /**
     * Log lines are read in terminals: besides the C0 controls JSON always escapes, the characters beyond ASCII that
     * a terminal acts on (C1 controls, bidirectional overrides) are escaped too, so a key cannot forge a line.
     */
    private static final CharacterEscapes TERMINAL_ESCAPES = new CharacterEscapes() {
        private final int[] ascii = standardAsciiEscapesForJSON();

        @Override
        public int[] getEscapeCodesForAscii() {
            return ascii;
        }

        @Override
        public SerializableString getEscapeSequence(int c) {
            return PrintableText.actsOnTerminal(c) ? new SerializedString(String.format("\\u%04X", c)) : null;
        }
    };
    private static volatile PrintStream out = System.out;
    /** The lowest level written: {@code BRIEFS_LOG_LEVEL} (DEBUG, INFO, WARN or ERROR), INFO by default. */
    private static final Level THRESHOLD = Level.from(System.getenv("BRIEFS_LOG_LEVEL"));

    /** Log levels, lowest first. */
    public enum Level {
        DEBUG, INFO, WARN, ERROR;

        static Level from(String name) {
            if (name == null || name.isBlank()) {
                return INFO;
            }
            try {
                return valueOf(name.trim().toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                return INFO;
            }
        }
    }

    private JsonLog() {
    }

    /** Sets the fields every following line on this thread carries (for example requestId, key, briefId). */
    public static void context(Map<String, String> fields) {
        CONTEXT.set(Map.copyOf(fields));
    }

    /** Adds one field to this thread's context. */
    public static void put(String name, String value) {
        if (value == null) {
            return;
        }
        Map<String, String> fields = new java.util.HashMap<>(CONTEXT.get());
        fields.put(name, value);
        CONTEXT.set(Map.copyOf(fields));
    }

    public static void clear() {
        CONTEXT.remove();
    }

    /** Redirects the log, for a local process that keeps standard output for its own answers. */
    public static void redirect(PrintStream stream) {
        out = stream;
    }

    public static void info(String message, Map<String, ?> fields) {
        write(Level.INFO, message, fields);
    }

    public static void warn(String message, Map<String, ?> fields) {
        write(Level.WARN, message, fields);
    }

    public static void error(String message, Map<String, ?> fields) {
        write(Level.ERROR, message, fields);
    }

    /** Writes a prepared object as one JSON line, whatever the level (metrics in Embedded Metric Format). */
    public static void raw(Map<String, ?> line) {
        out.println(JsonText.of(line, TERMINAL_ESCAPES));
    }

    private static void write(Level level, String message, Map<String, ?> fields) {
        if (level.compareTo(THRESHOLD) < 0) {
            return;
        }
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("timestamp", Instant.now().toString());
        line.put("level", level.name());
        line.put("message", message);
        line.putAll(CONTEXT.get());
        line.putAll(fields);
        out.println(JsonText.of(line, TERMINAL_ESCAPES));
    }
}
