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
import java.util.concurrent.atomic.AtomicInteger;

/**
 * DynamoDB on loopback: dynalite (npm, MIT) in a Node.js child process, in memory or persisted under a directory.
 * dynalite is installed from {@code infra/package.json}; the launcher runs {@code npm ci} there.
 * <p>
 * The process is supervised: when it dies (a crash, a {@code kill -9}), it is started again on the same port and
 * data, as a service manager would. It also ends with the JVM that started it, even one killed with
 * {@code kill -9}: it watches its standard input, which closes when its parent dies.
 */
public final class LocalDynamoDb implements AutoCloseable {

    /*
     * Runs dynalite's cli.js as node would (it reads process.argv from the third element on), after arranging for the
     * process to exit when its standard input ends.
     */
    private static final String EXIT_WITH_PARENT = "process.stdin.on('end', () => process.exit(0)); process.stdin.resume();"
            + " process.argv.splice(1, 0, process.argv[1]); require(process.argv[1]);";

    private final List<String> command;
    private final int port;
    private final URI endpoint;
    private volatile Process process;
    private volatile boolean closing;
    private final AtomicInteger restarts = new AtomicInteger();

    private LocalDynamoDb(List<String> command, int port, Process process) {
        this.command = command;
        this.port = port;
        this.endpoint = URI.create("http://127.0.0.1:" + port);
        supervise(process);
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
        List<String> command = new ArrayList<>(List.of("node", "-e", EXIT_WITH_PARENT, cli.toString(),
                "--port", Integer.toString(bound), "--host", "127.0.0.1",
                "--createTableMs", "0", "--deleteTableMs", "0", "--updateTableMs", "0"));
        try {
            if (dataDir != null) {
                Files.createDirectories(dataDir);
                command.add("--path");
                command.add(dataDir.toString());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new LocalDynamoDb(command, bound, launch(command, bound));
    }

    private static Process launch(List<String> command, int port) {
        try {
            Process process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            if (!Ports.awaitListening(port, Duration.ofSeconds(20))) {
                process.destroyForcibly();
                throw new IllegalStateException("dynalite did not start listening on port " + port
                        + (process.isAlive() ? "" : " (exit code " + process.exitValue() + ")"));
            }
            return process;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start node (Node.js 20 is needed for dynalite)", e);
        }
    }

    /** Starts dynalite again whenever {@code running} exits, until {@link #close()}. */
    private void supervise(Process running) {
        process = running;
        running.onExit().thenRun(() -> {
            if (closing) {
                return;
            }
            restarts.incrementAndGet();
            System.err.println("dynalite (pid " + running.pid() + ") exited with " + running.exitValue()
                    + ": starting it again on port " + port);
            try {
                supervise(launch(command, port));
            } catch (RuntimeException e) {
                System.err.println("dynalite could not be started again: " + e.getMessage());
            }
        });
    }

    /** The running dynalite process: what an operator (or a test) would kill. */
    public ProcessHandle process() {
        return process.toHandle();
    }

    /** How often dynalite was started again after it died. */
    public int restarts() {
        return restarts.get();
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
        closing = true;
        Process process = this.process;
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
