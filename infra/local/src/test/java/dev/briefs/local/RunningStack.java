package dev.briefs.local;

import com.fasterxml.jackson.databind.JsonNode;
import dev.briefs.aws.AwsClients;
import dev.briefs.json.BriefJson;
import dev.briefs.store.BriefIds;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/** A local stack for a test, with what the tests do to it: upload with the S3 client, read over HTTP. */
public final class RunningStack implements AutoCloseable {

    private static final Duration BRIEF_TIMEOUT = Duration.ofSeconds(30);

    /** A short original story with a headline, a quote with its speaker, an organisation and a dated next step. */
    public static final String STORY = """
            Harbour authority approves night ferries
            The port authority voted on Tuesday to run ferries through the night from March, reversing a ban that \
            has stood since 2019.
            “We listened to shift workers,” said Ana Ruiz, the authority’s chair.
            The first night crossing is due on March 3, and the operator Bluewater Lines will add two boats.
            """;

    private final LocalStack stack;
    private final S3Client s3;
    private final HttpClient http = HttpClient.newHttpClient();

    private RunningStack(LocalStack stack) {
        this.stack = stack;
        this.s3 = AwsClients.s3(LocalStack.settings(stack.endpoints()));
    }

    /** Starts a stack on free ports, keeping its data in {@code dataDir}; {@code environment} is what the functions see. */
    public static RunningStack start(Path dataDir, Map<String, String> environment) {
        return new RunningStack(LocalStack.start(new LocalStack.Options(0, 0, 0, dataDir, 2, environment), d -> {
        }));
    }

    public Endpoints endpoints() {
        return stack.endpoints();
    }

    public String apiUrl() {
        return stack.endpoints().apiUrl();
    }

    /** Uploads an object as any S3 client would, and returns the id its brief will have. */
    public String upload(String key, String text) {
        s3.putObject(r -> r.bucket(LocalStack.BUCKET).key(key).contentType("text/plain; charset=utf-8"),
                RequestBody.fromString(text));
        return BriefIds.of(LocalStack.BUCKET, key);
    }

    /** The brief {@code id} once it is READY or FAILED, as the API serves it in JSON. */
    public JsonNode awaitFinished(String id, Map<String, String> headers) throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(BRIEF_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            Optional<JsonNode> brief = finished(get("/briefs/" + id, headers));
            if (brief.isPresent()) {
                return brief.get();
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no finished brief " + id + " within " + BRIEF_TIMEOUT.toSeconds() + " s");
    }

    /** The brief an API answer holds once it is READY or FAILED; empty while it is PROCESSING or not there yet. */
    static Optional<JsonNode> finished(HttpResponse<String> response) throws IOException {
        if (response.statusCode() != 200) {
            return Optional.empty();
        }
        JsonNode brief = BriefJson.mapper().readTree(response.body());
        return brief.get("status").asText().equals("PROCESSING") ? Optional.empty() : Optional.of(brief);
    }

    /** Waits until the API no longer knows the brief (its object was deleted). */
    public void awaitGone(String id) throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(BRIEF_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (get("/briefs/" + id, Map.of()).statusCode() == 404) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("brief " + id + " still there " + BRIEF_TIMEOUT.toSeconds() + " s after its object went");
    }

    /** A request to the API; {@code headers} are sent as given (Accept, Authorization). */
    public HttpResponse<String> send(String method, String pathAndQuery, Map<String, String> headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(apiUrl() + pathAndQuery))
                .method(method, HttpRequest.BodyPublishers.noBody());
        headers.forEach(request::header);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<String> get(String pathAndQuery, Map<String, String> headers)
            throws IOException, InterruptedException {
        return send("GET", pathAndQuery, headers);
    }

    @Override
    public void close() {
        s3.close();
        stack.close();
    }
}
