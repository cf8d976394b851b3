package dev.briefs.local;

import com.fasterxml.jackson.databind.JsonNode;
import dev.briefs.aws.AwsClients;
import dev.briefs.json.BriefJson;
import dev.briefs.store.BriefIds;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Requests a browser or a script could send that the HTTP layer itself might refuse: each gets the API's own answer,
 * JSON (or a page) with the security headers, never the server's error page. Sent over a raw socket, since HTTP
 * clients refuse to send most of them.
 */
class LocalApiServerIT {

    private static final String TOKEN = "local-token";

    @TempDir
    static Path dataDir;
    private static RunningStack stack;

    @BeforeAll
    static void start() {
        stack = RunningStack.start(dataDir, Map.of("BRIEFS_API_TOKEN", TOKEN));
    }

    @AfterAll
    static void stop() {
        stack.close();
    }

    @Test
    void theStackSignsCursorsWithAKeyOfItsOwnDataDirectory() {
        assertTrue(Files.isRegularFile(dataDir.resolve(LocalCursorKey.FILE_NAME)));
    }

    @Test
    void aUrlThatIsNotAUriGetsTheApisJsonAnswer() throws IOException {
        Answer answer = send("GET /admin<script> HTTP/1.1", Map.of());

        assertApiError(answer, "application/json");
        assertFalse(answer.body().contains("<script>"), answer.body());
    }

    @Test
    void aBrowserGetsTheApisErrorPageInstead() throws IOException {
        Answer answer = send("GET /admin<script> HTTP/1.1", Map.of("Accept", "text/html"));

        assertTrue(answer.status() >= 400 && answer.status() < 500, answer::toString);
        assertTrue(answer.header("content-type").startsWith("text/html"), answer::toString);
        assertTrue(answer.header("content-security-policy").contains("default-src 'none'"), answer::toString);
        assertFalse(answer.body().contains("<script>"), answer.body());
    }

    @Test
    void anEmptyLeadingSegmentGetsTheApisAnswer() throws IOException {
        assertApiError(send("GET //briefs HTTP/1.1", auth()), "application/json");
    }

    @Test
    void aMalformedEscapeInTheQueryIsTheApisInvalidLimit() throws IOException {
        Answer answer = send("GET /briefs?limit=%zz HTTP/1.1", auth());

        assertEquals(400, answer.status(), answer::toString);
        assertEquals("INVALID_LIMIT", answer.json().at("/error/code").asText(), answer::toString);
        assertEquals("nosniff", answer.header("x-content-type-options"));
    }

    @Test
    void headersOfHalfAMegabyteAre431() throws IOException {
        Answer answer = send("GET /briefs HTTP/1.1", Map.of("X-Padding", "a".repeat(500 * 1024)));

        assertEquals(431, answer.status(), answer::toString);
        assertEquals("HEADERS_TOO_LARGE", answer.json().at("/error/code").asText(), answer::toString);
        assertEquals("nosniff", answer.header("x-content-type-options"));
    }

    @Test
    void anUnauthenticatedPostIs401WithTheBearerChallenge() throws IOException {
        Answer answer = send("POST /briefs HTTP/1.1", Map.of("Content-Length", "0"));

        assertEquals(401, answer.status(), answer::toString);
        assertEquals("Bearer", answer.header("www-authenticate"));
        assertEquals("UNAUTHORIZED", answer.json().at("/error/code").asText());
    }

    @Test
    void oneCorruptItemInTheTableLeavesTheListingWorkingAndItsOwnReadAClearError() throws IOException {
        String id = BriefIds.of(LocalStack.BUCKET, "written-by-hand.txt");
        try (DynamoDbClient dynamo = AwsClients.dynamoDb(LocalStack.settings(stack.endpoints()))) {
            dynamo.putItem(r -> r.tableName(LocalStack.TABLE).item(Map.of("id", AttributeValue.fromS(id),
                    "brief", AttributeValue.fromS("not a brief"), "listShard", AttributeValue.fromS("s0"),
                    "createdSort", AttributeValue.fromS("9999999999999#" + id))));
        }

        Answer listing = send("GET /briefs HTTP/1.1", auth());
        Answer single = send("GET /briefs/" + id + " HTTP/1.1", auth());

        assertEquals(200, listing.status(), listing::toString);
        assertTrue(listing.json().get("items").isArray(), listing::toString);
        assertEquals(500, single.status(), single::toString);
        assertEquals("UNREADABLE_BRIEF", single.json().at("/error/code").asText(), single::toString);
        assertTrue(single.json().at("/error/message").asText().contains("./briefs reprocess " + id), single::toString);
    }

    private static Map<String, String> auth() {
        return Map.of("Authorization", "Bearer " + TOKEN);
    }

    private static void assertApiError(Answer answer, String contentType) {
        assertTrue(answer.status() >= 400 && answer.status() < 500, answer::toString);
        assertTrue(answer.header("content-type").startsWith(contentType), answer::toString);
        assertEquals("nosniff", answer.header("x-content-type-options"), answer::toString);
        assertEquals("no-store", answer.header("cache-control"), answer::toString);
        assertFalse(answer.json().at("/error/code").asText().isEmpty(), answer::toString);
    }

    /** Sends one request as written and reads the whole answer (the connection is closed after it). */
    private static Answer send(String requestLine, Map<String, String> headers) throws IOException {
        URI api = URI.create(stack.apiUrl());
        try (Socket socket = new Socket(api.getHost(), api.getPort())) {
            StringBuilder request = new StringBuilder(requestLine).append("\r\nHost: ").append(api.getAuthority())
                    .append("\r\nConnection: close\r\n");
            headers.forEach((name, value) -> request.append(name).append(": ").append(value).append("\r\n"));
            request.append("\r\n");
            OutputStream out = socket.getOutputStream();
            try {
                out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
                out.flush();
            } catch (IOException e) {
                // The server may answer and stop reading before a huge request is all sent: read what it said.
            }
            InputStream in = socket.getInputStream();
            return Answer.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    private record Answer(int status, Map<String, String> headers, String body) {

        static Answer parse(String raw) {
            int end = raw.indexOf("\r\n\r\n");
            String[] lines = raw.substring(0, end < 0 ? raw.length() : end).split("\r\n");
            Map<String, String> headers = new LinkedHashMap<>();
            for (int i = 1; i < lines.length; i++) {
                int colon = lines[i].indexOf(':');
                headers.put(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).trim());
            }
            return new Answer(Integer.parseInt(lines[0].split(" ")[1]), headers, end < 0 ? "" : raw.substring(end + 4));
        }

        String header(String name) {
            return headers.getOrDefault(name, "");
        }

        JsonNode json() {
            try {
                return BriefJson.mapper().readTree(body);
            } catch (IOException e) {
                throw new AssertionError("not JSON: " + this, e);
            }
        }
    }
}
