package dev.briefs.local.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.briefs.json.BriefJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BriefsCliTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void parseJsonPrintsOneObjectPerFileWithFileTitleAndText(@TempDir Path dir) throws Exception {
        Path first = write(dir, "ferries.txt", "Harbour authority approves night ferries\nThe port authority voted on "
                + "Tuesday to run ferries through the night from March, reversing a ban that has stood since 2019.");
        Path second = write(dir, "tram.md", "# Council backs tram\n\nThe city council voted on Monday to fund a tram "
                + "line to the airport, ending a decade of delay on the project.");
        assertEquals(0, run("parse", "--json", first.toString(), second.toString()));
        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        assertEquals(2, lines.size());
        JsonNode parsed = BriefJson.mapper().readTree(lines.get(1));
        assertEquals(second.toString(), parsed.get("file").asText());
        assertEquals("Council backs tram", parsed.get("title").asText());
        assertTrue(parsed.get("text").asText().startsWith("The city council voted on Monday"));
        assertEquals("markdown", parsed.get("format").asText());
    }

    @Test
    void aFileThatCannotBeParsedPrintsItsCodeAndFailsTheRun(@TempDir Path dir) throws Exception {
        Path empty = write(dir, "empty.txt", "");
        Path good = write(dir, "good.txt", "Headline here\nThe port authority voted on Tuesday to run ferries through "
                + "the night from March, reversing a ban that has stood since 2019.");
        assertEquals(1, run("brief", empty.toString(), good.toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("empty.txt: EMPTY_FILE"));
        assertTrue(out.toString(StandardCharsets.UTF_8).startsWith("# Headline here"));
    }

    @Test
    void unknownCommandsAndOptionsAreUsageErrors() {
        assertEquals(2, run("frobnicate"));
        assertEquals(2, run("parse", "--bogus", "x.txt"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("usage: ./briefs"));
    }

    private int run(String... args) {
        return BriefsCli.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private static Path write(Path dir, String name, String text) throws Exception {
        return Files.writeString(dir.resolve(name), text);
    }
}
