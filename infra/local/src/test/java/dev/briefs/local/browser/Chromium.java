package dev.briefs.local.browser;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Debian's headless Chromium, run once per page: {@code --dump-dom} for the DOM the browser built, {@code --screenshot}
 * for what a person sees. Each run gets a fresh profile, and no background traffic leaves the machine.
 */
public final class Chromium {

    public static final Path BINARY = Path.of("/usr/bin/chromium");
    private static final long TIMEOUT_SECONDS = 60;

    /**
     * What one run printed.
     *
     * @param stdout the standard output (the DOM, for {@code --dump-dom})
     * @param stderr the browser's log, console messages included
     */
    public record Run(String stdout, String stderr) {
    }

    private final Path profiles;

    /** @param profiles where each run's throw-away profile directory is made */
    public Chromium(Path profiles) {
        this.profiles = profiles;
    }

    public static boolean isInstalled() {
        return Files.isExecutable(BINARY);
    }

    /** The DOM of {@code url} after the browser loaded it. */
    public Run dumpDom(String url) throws IOException, InterruptedException {
        return run(List.of("--dump-dom", url));
    }

    /** A screenshot of {@code url} in a window of the given size, as PNG. */
    public Run screenshot(String url, Path png, int width, int height) throws IOException, InterruptedException {
        return run(List.of("--screenshot=" + png, "--window-size=" + width + "," + height, "--hide-scrollbars", url));
    }

    private Run run(List<String> arguments) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory(profiles, "profile");
        List<String> command = new ArrayList<>(List.of(BINARY.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + profile,
                // Console messages (a refused stylesheet, for one) go to stderr, where the test can read them.
                "--enable-logging=stderr", "--v=0"));
        command.addAll(arguments);
        Path stdout = profiles.resolve(profile.getFileName() + ".out");
        Path stderr = profiles.resolve(profile.getFileName() + ".err");
        Process process = new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
                .redirectOutput(stdout.toFile()).redirectError(stderr.toFile()).start();
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
            throw new AssertionError("chromium did not finish within " + TIMEOUT_SECONDS + " s: " + command);
        }
        Run run = new Run(Files.readString(stdout, StandardCharsets.UTF_8), Files.readString(stderr, StandardCharsets.UTF_8));
        if (process.exitValue() != 0) {
            throw new AssertionError("chromium exited " + process.exitValue() + ": " + run.stderr());
        }
        return run;
    }
}
