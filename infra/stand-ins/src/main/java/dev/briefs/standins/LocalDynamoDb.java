package dev.briefs.standins;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * DynamoDB on loopback: dynalite (npm, MIT) in a Node.js child process, in memory or persisted under a directory.
 * dynalite is installed from {@code infra/package.json}; the launcher runs {@code npm ci} there.
 */
public final class LocalDynamoDb implements AutoCloseable {

    private final Process process;
    private final URI endpoint;

    private LocalDynamoDb(Process process, int port) {
        this.process = process;
        this.endpoint = URI.create("http://127.0.0.1:" + port);
    }

    /**
     * Starts dynalite.
     *
     * @param port    the port, or 0 for any free one
     * @param dataDir where tables are persisted, or null to keep them in memory
     */
    public static LocalDynamoDb start(int port, Path dataDir) {
        Path cli = findCli();
        int bound = port == 0 ? Ports.free() : port;
        List<String> command = new ArrayList<>(List.of("node", cli.toString(), "--port", Integer.toString(bound),
                "--host", "127.0.0.1", "--createTableMs", "0", "--deleteTableMs", "0", "--updateTableMs", "0"));
        try {
            if (dataDir != null) {
                Files.createDirectories(dataDir);
                command.add("--path");
                command.add(dataDir.toString());
            }
            Process process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            if (!Ports.awaitListening(bound, Duration.ofSeconds(20))) {
                process.destroyForcibly();
                throw new IllegalStateException("dynalite did not start listening on port " + bound
                        + (process.isAlive() ? "" : " (exit code " + process.exitValue() + ")"));
            }
            return new LocalDynamoDb(process, bound);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start node (Node.js 20 is needed for dynalite)", e);
        }
    }

    /**
     * The dynalite entry script: {@code briefs.dynalite} (system property) or {@code BRIEFS_DYNALITE} (environment)
     * when set, else {@code infra/node_modules/dynalite/cli.js} in this directory or one above it.
     */
    static Path findCli() {
        String configured = System.getProperty("briefs.dynalite", System.getenv("BRIEFS_DYNALITE"));
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("infra/node_modules/dynalite/cli.js");
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("dynalite is not installed: run 'npm ci --prefix infra' (./briefs does it)"
                + " or set BRIEFS_DYNALITE to its cli.js");
    }

    public URI endpoint() {
        return endpoint;
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }
}
