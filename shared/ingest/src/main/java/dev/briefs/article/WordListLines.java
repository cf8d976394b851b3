package dev.briefs.article;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the word lists kept as resources: one entry a line, "#" opens a comment line. */
public final class WordListLines {

    private WordListLines() {
    }

    /**
     * The non-blank lines of the resource {@code name} beside {@code owner}, stripped, without comment lines.
     *
     * @throws IllegalStateException when the resource is missing
     */
    public static List<String> read(Class<?> owner, String name) {
        List<String> lines = new ArrayList<>();
        try (InputStream in = owner.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("Missing word list " + name);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String entry = line.strip();
                if (!entry.isEmpty() && !entry.startsWith("#")) {
                    lines.add(entry);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read word list " + name, e);
        }
        return lines;
    }
}
