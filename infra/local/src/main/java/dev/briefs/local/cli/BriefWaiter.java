package dev.briefs.local.cli;

import dev.briefs.brief.Brief;
import dev.briefs.brief.BriefStatus;
import dev.briefs.json.BriefJson;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** Polls the API until the brief of an upload is finished, showing progress on a terminal line. */
final class BriefWaiter {

    private static final Duration POLL = Duration.ofMillis(200);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String apiUrl;
    private final String token;
    private final PrintStream progress;

    BriefWaiter(String apiUrl, String token, PrintStream progress) {
        this.apiUrl = apiUrl;
        this.token = token;
        this.progress = progress;
    }

    /**
     * Waits for the brief {@code id} made from an upload at or after {@code uploadedAt}.
     *
     * @return the READY or FAILED brief, or empty when {@code timeout} passed first
     */
    Optional<Brief> await(String id, String label, Instant uploadedAt, Duration timeout) throws InterruptedException {
        Instant start = Instant.now();
        Instant deadline = start.plus(timeout);
        String state = "uploaded";
        String shown = null;
        boolean terminal = System.console() != null;
        while (Instant.now().isBefore(deadline)) {
            Optional<Brief> brief = fetch(id);
            if (brief.isPresent() && !brief.get().createdAt().isBefore(uploadedAt.minusSeconds(1))) {
                if (brief.get().status() != BriefStatus.PROCESSING) {
                    if (terminal) {
                        progress.print("\r\033[K");
                        progress.flush();
                    }
                    return brief;
                }
                state = "briefing";
            }
            double seconds = Duration.between(start, Instant.now()).toMillis() / 1000.0;
            if (terminal) {
                progress.printf("\r\033[K%s: %s… %.1f s", label, state, seconds);
                progress.flush();
            } else if (!state.equals(shown)) {
                // Not a terminal (a log, a pipe): one line per change instead of a redrawn line.
                progress.printf("%s: %s… %.1f s%n", label, state, seconds);
                shown = state;
            }
            Thread.sleep(POLL);
        }
        progress.println();
        return Optional.empty();
    }

    private Optional<Brief> fetch(String id) throws InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(apiUrl + "/briefs/" + id))
                .timeout(Duration.ofSeconds(10)).header("Accept", "application/json");
        if (token != null && !token.isEmpty()) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 404) {
                return Optional.empty();
            }
            if (response.statusCode() != 200) {
                throw new IllegalStateException("The API answered " + response.statusCode() + ": " + response.body());
            }
            return Optional.of(BriefJson.readBrief(response.body()));
        } catch (IOException e) {
            throw new IllegalStateException("The local API at " + apiUrl + " does not answer (" + e.getMessage()
                    + "): is ./briefs up running?");
        }
    }
}
