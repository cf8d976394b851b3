package dev.briefs.local.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.briefs.json.BriefJson;
import dev.briefs.local.BriefEvents;

import java.io.IOException;
import java.io.PrintStream;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;

/**
 * {@code ./briefs watch [--all] [--json] [--data-dir DIR]}: prints the notification events of the running stack as
 * they are appended to {@code DIR/events.jsonl} (with {@code --all}, those already there first), until Ctrl-C.
 */
final class WatchCommand {

    static final Duration POLL = Duration.ofMillis(200);

    private final PrintStream out;

    WatchCommand(PrintStream out) {
        this.out = out;
    }

    int run(List<String> arguments) throws InterruptedException {
        Args args = new Args(arguments, Set.of("--data-dir"), Set.of("--all", "--json"));
        if (!args.positional().isEmpty()) {
            throw new Args.UsageException("watch takes no arguments");
        }
        Path file = Path.of(args.option("--data-dir", ".briefs")).toAbsolutePath().normalize()
                .resolve(BriefEvents.FILE_NAME);
        boolean json = args.flag("--json");
        long position = args.flag("--all") ? 0 : size(file);
        out.println("watching " + file + " (Ctrl-C stops)");
        StringBuilder partial = new StringBuilder();
        while (!Thread.currentThread().isInterrupted()) {
            long size = size(file);
            if (size < position) {
                position = 0; // The data directory was reset: start over.
            }
            if (size > position) {
                position = read(file, position, size, partial, json);
            }
            Thread.sleep(POLL);
        }
        return 130;
    }

    /** Prints the complete lines between {@code from} and {@code to}; a line still being written waits. */
    private long read(Path file, long from, long to, StringBuilder partial, boolean json) {
        try (RandomAccessFile reader = new RandomAccessFile(file.toFile(), "r")) {
            reader.seek(from);
            byte[] bytes = new byte[(int) Math.min(to - from, Integer.MAX_VALUE - 8)];
            reader.readFully(bytes);
            partial.append(new String(bytes, StandardCharsets.UTF_8));
            int end;
            while ((end = partial.indexOf("\n")) >= 0) {
                String line = partial.substring(0, end);
                partial.delete(0, end + 1);
                if (!line.isBlank()) {
                    out.println(json ? line : describe(line));
                }
            }
            return from + bytes.length;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String describe(String line) {
        try {
            JsonNode event = BriefJson.mapper().readTree(line);
            JsonNode detail = event.get("detail");
            return String.format("%s  %-12s  %s  %s  %s", event.get("time").asText(), event.get("detail-type").asText(),
                    detail.get("id").asText(), detail.get("key").asText(), detail.get("title").asText());
        } catch (IOException | RuntimeException e) {
            return line;
        }
    }

    private static long size(Path file) {
        try {
            return Files.exists(file) ? Files.size(file) : 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
