package dev.briefs.local.invoke;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One run of {@code ./briefs invoke} with its arguments, as the CLI would run it, and what it printed.
 *
 * @param exitCode the exit code
 * @param stdout   the payload line
 * @param stderr   the notes, the function's log and the REPORT line
 */
public record Invocation(int exitCode, String stdout, String stderr) {

    private static final Pattern REPORT = Pattern.compile("REPORT RequestId: [0-9a-f-]{36}\tInit Duration: \\d+\\.\\d\\d"
            + " ms\tDuration: \\d+\\.\\d\\d ms\tBilled Duration: \\d+ ms\tMemory Size: \\d+ MB\tMax Memory Used: [1-9]\\d* MB");

    public static Invocation run(String... arguments) throws IOException, InterruptedException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exitCode = new InvokeCommand(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run(List.of(arguments));
        return new Invocation(exitCode, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** The payload (the handler's answer or Lambda's error object). */
    public JsonNode payload() throws IOException {
        return JsonMapper.builder().build().readTree(stdout);
    }

    /** Asserts the REPORT line is there and well-formed; returns it. */
    public String report() {
        String line = stderr.lines().filter(candidate -> candidate.startsWith("REPORT ")).findFirst()
                .orElseThrow(() -> new AssertionError("no REPORT line in\n" + stderr));
        assertTrue(REPORT.matcher(line).matches(), line);
        return line;
    }
}
