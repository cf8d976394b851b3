package dev.briefs.local.proxy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A reverse proxy on loopback to a deployed API: each GET or HEAD is forwarded with the headers a browser's request
 * needs (Accept and the like), authorised by a {@link RequestAuthorisation} (a SigV4 signature, a bearer token), and
 * the answer is passed back as it came. So a browser, which cannot sign requests, reads the deployed pages.
 */
public final class SigningProxy implements AutoCloseable {

    /** Request headers passed on; the rest (cookies, the browser's own Authorization) stay on this machine. */
    private static final List<String> FORWARDED = List.of("accept", "accept-language", "if-none-match",
            "if-modified-since", "user-agent");
    /** Response headers the local server sets itself. */
    private static final Set<String> HOP_BY_HOP = Set.of("connection", "content-length", "transfer-encoding",
            "keep-alive", "date");
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final HttpServer server;
    private final ExecutorService workers;

    private SigningProxy(HttpServer server, ExecutorService workers) {
        this.server = server;
        this.workers = workers;
    }

    /**
     * @param port   the local port (0 for any free one)
     * @param target the deployed API's URL (the stack's ApiUrl)
     */
    public static SigningProxy start(int port, URI target, RequestAuthorisation authorisation) {
        HttpClient client = HttpClient.newBuilder().connectTimeout(TIMEOUT)
                .followRedirects(HttpClient.Redirect.NEVER).build();
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 64);
            ExecutorService workers = Executors.newFixedThreadPool(8);
            server.setExecutor(workers);
            server.createContext("/", exchange -> forward(exchange, target, authorisation, client));
            server.start();
            return new SigningProxy(server, workers);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot listen on port " + port + ": " + e.getMessage(), e);
        }
    }

    public URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
    }

    private static void forward(HttpExchange exchange, URI target, RequestAuthorisation authorisation,
                                HttpClient client) {
        try {
            String method = exchange.getRequestMethod().toUpperCase(Locale.ROOT);
            if (!method.equals("GET") && !method.equals("HEAD")) {
                answer(exchange, 405, "{\"error\":{\"code\":\"METHOD_NOT_ALLOWED\",\"message\":\"The API is read-only:"
                        + " only GET and HEAD are forwarded.\"}}");
                return;
            }
            SdkHttpRequest signed = authorisation.authorise(outgoing(exchange, target, method));
            HttpRequest.Builder request = HttpRequest.newBuilder(signed.getUri()).timeout(TIMEOUT)
                    .method(method, HttpRequest.BodyPublishers.noBody());
            // HttpClient sets Host itself, from the same URI the signature covers.
            signed.headers().forEach((name, values) -> {
                if (!name.equalsIgnoreCase("host")) {
                    values.forEach(value -> request.header(name, value));
                }
            });
            HttpResponse<byte[]> response = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            response.headers().map().forEach((name, values) -> {
                if (!HOP_BY_HOP.contains(name.toLowerCase(Locale.ROOT)) && !name.startsWith(":")) {
                    exchange.getResponseHeaders().put(name, values);
                }
            });
            byte[] body = response.body();
            boolean empty = method.equals("HEAD") || body.length == 0;
            exchange.sendResponseHeaders(response.statusCode(), empty ? -1 : body.length);
            if (!empty) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            }
        } catch (IOException | RuntimeException e) {
            System.err.println("proxy: " + exchange.getRequestURI() + ": " + e);
            answer(exchange, 502, "{\"error\":{\"code\":\"BAD_GATEWAY\",\"message\":\"The deployed API could not be"
                    + " reached; see the proxy's output.\"}}");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            exchange.close();
        }
    }

    /** The request to the deployed API: the same path and query under the API's URL, with the forwarded headers. */
    static SdkHttpRequest outgoing(HttpExchange exchange, URI target, String method) {
        URI local = exchange.getRequestURI();
        String basePath = target.getRawPath() == null ? "" : target.getRawPath().replaceAll("/+$", "");
        URI uri = URI.create(target.getScheme() + "://" + target.getRawAuthority() + basePath + local.getRawPath()
                + (local.getRawQuery() == null ? "" : "?" + local.getRawQuery()));
        SdkHttpRequest.Builder request = SdkHttpRequest.builder().method(SdkHttpMethod.fromValue(method)).uri(uri);
        for (String name : FORWARDED) {
            String value = exchange.getRequestHeaders().getFirst(name);
            if (value != null) {
                request.putHeader(name, value);
            }
        }
        return request.build();
    }

    private static void answer(HttpExchange exchange, int status, String json) {
        try {
            byte[] body = json.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, body.length);
            exchange.getResponseBody().write(body);
        } catch (IOException e) {
            // The browser went away: nothing to tell it.
        }
    }

    @Override
    public void close() {
        server.stop(0);
        workers.shutdownNow();
    }
}
