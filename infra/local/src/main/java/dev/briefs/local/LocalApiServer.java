package dev.briefs.local;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.briefs.api.ApiRequest;
import dev.briefs.api.ApiResponse;
import dev.briefs.api.BriefsApi;
import dev.briefs.functions.api.BriefsApiHandler;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpURI;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * Serves the API function on loopback the way {@code sam local start-api} does: each HTTP request becomes an
 * API Gateway HTTP API (payload 2.0) event, and the handler's response becomes the HTTP response.
 *
 * <p>Every answer is the API's own, with its security headers: a request the HTTP layer refuses before the handler
 * can see it (a request line that is not HTTP, headers over {@value #MAX_HEADER_BYTES} bytes: 431) is answered by
 * {@link BriefsApi#refusal}, never by the server's own error page. Jetty (already here for S3Proxy) lets an error
 * handler write those answers; the JDK's built-in server writes its HTML error page itself.
 */
public final class LocalApiServer implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int MAX_BODY_BYTES = 1024 * 1024;
    /** API Gateway's HTTP APIs take about 10 KB of headers; a little more locally, for long cookies. */
    static final int MAX_HEADER_BYTES = 16 * 1024;

    private final Server server;
    private final ServerConnector connector;

    private LocalApiServer(Server server, ServerConnector connector) {
        this.server = server;
        this.connector = connector;
    }

    public static LocalApiServer start(int port, BriefsApiHandler handler) {
        QueuedThreadPool threads = new QueuedThreadPool(16, 2);
        threads.setName("local-api");
        threads.setDaemon(true);
        Server server = new Server(threads);
        HttpConfiguration http = new HttpConfiguration();
        http.setRequestHeaderSize(MAX_HEADER_BYTES);
        http.setSendServerVersion(false);
        ServerConnector connector = new ServerConnector(server, new HttpConnectionFactory(http));
        connector.setHost("127.0.0.1");
        connector.setPort(port);
        server.addConnector(connector);
        server.setHandler(new ApiHandler(handler));
        server.setErrorHandler(new ApiErrorHandler());
        try {
            server.start();
        } catch (Exception e) {
            throw new IllegalStateException("Cannot serve the API on port " + port + ": " + e.getMessage(), e);
        }
        return new LocalApiServer(server, connector);
    }

    public URI url() {
        return URI.create("http://127.0.0.1:" + connector.getLocalPort());
    }

    /** Hands each request to the API function as an HTTP API event. */
    private static final class ApiHandler extends Handler.Abstract {
        private final BriefsApiHandler handler;

        ApiHandler(BriefsApiHandler handler) {
            this.handler = handler;
        }

        @Override
        public boolean handle(Request request, Response response, Callback callback) throws IOException {
            ApiResponse answer;
            try {
                APIGatewayV2HTTPResponse result = handler.handleRequest(LambdaEvents.http(eventJson(request)),
                        new LocalContext("BriefsApiFunction", 512, 30));
                answer = new ApiResponse(result.getStatusCode(),
                        result.getHeaders() == null ? Map.of() : result.getHeaders(), body(result));
            } catch (RuntimeException e) {
                System.err.println("local API: " + e);
                answer = BriefsApi.refusal(apiRequest(request), 500, "INTERNAL", "The local API failed.");
            }
            send(answer, request.getMethod().equalsIgnoreCase("HEAD"), response, callback);
            return true;
        }

        private static String body(APIGatewayV2HTTPResponse result) {
            if (result.getBody() == null) {
                return "";
            }
            return result.getIsBase64Encoded()
                    ? new String(Base64.getDecoder().decode(result.getBody()), StandardCharsets.UTF_8)
                    : result.getBody();
        }
    }

    /** Requests Jetty refused, and failures it caught, answered as the API answers errors. */
    private static final class ApiErrorHandler extends ErrorHandler {

        @Override
        public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
            ApiResponse answer = refusal(new ApiRequest("GET", "/", Map.of(), Map.of()), status);
            answer.headers().forEach(fields::put);
            return ByteBuffer.wrap(answer.body().getBytes(StandardCharsets.UTF_8));
        }

        @Override
        public boolean handle(Request request, Response response, Callback callback) {
            send(refusal(apiRequest(request), response.getStatus()), false, response, callback);
            return true;
        }

        private static ApiResponse refusal(ApiRequest request, int status) {
            return switch (status) {
                case 431 -> BriefsApi.refusal(request, 431, "HEADERS_TOO_LARGE",
                        "The request's headers are larger than " + MAX_HEADER_BYTES + " bytes.");
                case 414 -> BriefsApi.refusal(request, 414, "URI_TOO_LONG", "The request's URL is too long.");
                default -> status >= 500
                        ? BriefsApi.refusal(request, status, "INTERNAL", "The local API failed.")
                        : BriefsApi.refusal(request, status, "BAD_REQUEST",
                        "The request is not valid HTTP, or its URL cannot be read.");
            };
        }
    }

    private static void send(ApiResponse answer, boolean head, Response response, Callback callback) {
        byte[] body = answer.body().getBytes(StandardCharsets.UTF_8);
        response.setStatus(answer.status());
        answer.headers().forEach((name, value) -> response.getHeaders().put(name, value));
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, body.length);
        response.write(true, head ? ByteBuffer.allocate(0) : ByteBuffer.wrap(body), callback);
    }

    /** What the API needs of a refused request to choose its answer's representation: the Accept header. */
    private static ApiRequest apiRequest(Request request) {
        String accept = request.getHeaders().get(HttpHeader.ACCEPT);
        return new ApiRequest(request.getMethod(), "/", Map.of(), accept == null ? Map.of() : Map.of("accept", accept));
    }

    /** The HTTP API 2.0 event for one request, field for field as API Gateway writes it. */
    static String eventJson(Request request) throws IOException {
        HttpURI uri = request.getHttpURI();
        String rawPath = uri.getPath() == null ? "/" : uri.getPath();
        String rawQuery = uri.getQuery() == null ? "" : uri.getQuery();
        Instant now = Instant.now();
        ObjectNode event = JSON.createObjectNode();
        event.put("version", "2.0");
        event.put("routeKey", "$default");
        event.put("rawPath", rawPath);
        event.put("rawQueryString", rawQuery);
        ObjectNode headers = event.putObject("headers");
        for (HttpField field : request.getHeaders()) {
            String name = field.getName().toLowerCase(Locale.ROOT);
            headers.put(name, headers.has(name) ? headers.get(name).asText() + "," + field.getValue() : field.getValue());
        }
        if (!rawQuery.isEmpty()) {
            ObjectNode query = event.putObject("queryStringParameters");
            query(rawQuery).forEach(query::put);
        }
        ObjectNode context = event.putObject("requestContext");
        context.put("accountId", "123456789012");
        context.put("apiId", "local");
        context.put("domainName", "127.0.0.1");
        context.put("domainPrefix", "local");
        ObjectNode http = context.putObject("http");
        http.put("method", request.getMethod());
        http.put("path", rawPath);
        http.put("protocol", request.getConnectionMetaData().getProtocol());
        http.put("sourceIp", Request.getRemoteAddr(request));
        http.put("userAgent", request.getHeaders().get(HttpHeader.USER_AGENT));
        context.put("requestId", UUID.randomUUID().toString());
        context.put("routeKey", "$default");
        context.put("stage", "$default");
        context.put("time", now.toString());
        context.put("timeEpoch", now.toEpochMilli());
        byte[] body;
        try (InputStream in = Content.Source.asInputStream(request)) {
            body = in.readNBytes(MAX_BODY_BYTES);
        }
        if (body.length > 0) {
            event.put("body", Base64.getEncoder().encodeToString(body));
            event.put("isBase64Encoded", true);
        } else {
            event.put("isBase64Encoded", false);
        }
        return event.toString();
    }

    /**
     * Decoded query parameters; repeated names are joined with commas, as API Gateway does. A malformed escape
     * ({@code %zz}) is kept as it stands rather than refusing the request, so the API judges the value itself.
     */
    static Map<String, String> query(String rawQuery) {
        Map<String, String> parameters = new LinkedHashMap<>();
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = decode(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
            parameters.merge(name, value, (first, second) -> String.join(",", List.of(first, second)));
        }
        return parameters;
    }

    /** Percent-decodes as UTF-8, with '+' for a space; an escape that is not two hex digits stays as written. */
    private static String decode(String encoded) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(encoded.length());
        for (int i = 0; i < encoded.length(); ) {
            int c = encoded.codePointAt(i);
            if (c == '%' && i + 2 < encoded.length()
                    && HexFormat.isHexDigit(encoded.charAt(i + 1)) && HexFormat.isHexDigit(encoded.charAt(i + 2))) {
                bytes.write(HexFormat.fromHexDigits(encoded, i + 1, i + 3));
                i += 3;
                continue;
            }
            bytes.writeBytes(c == '+' ? new byte[]{' '} : Character.toString(c).getBytes(StandardCharsets.UTF_8));
            i += Character.charCount(c);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        try {
            server.stop();
        } catch (Exception e) {
            System.err.println("while stopping the local API: " + e.getMessage());
        }
    }
}
