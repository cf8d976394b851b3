package dev.briefs.local.bench;

import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An OpenAI-compatible chat-completions server on loopback with a rate limit, as providers enforce one: a token
 * bucket of {@code perMinute} requests a minute (one second's worth in a burst); beyond it, 429 with
 * {@code Retry-After} in whole seconds until the next token. Within it, a brief of the bench articles (their headline,
 * and the minister's quote the sample wire story holds), which verification keeps.
 */
final class RateLimitedModelServer implements AutoCloseable {

    static final String ANSWER = """
            {"headlineShift": {"before": "The four governments refused to pool their glacier records",
              "after": "Alpine nations agree to pool glacier data after record summer melt",
              "trigger": "A record loss of glacier volume"},
             "actors": [{"name": "Claudia Berger", "role": "Swiss Environment Minister", "type": "person"}],
             "quotes": [{"speaker": "Claudia Berger",
                         "text": "We were each watching the same ice disappear through our own small window,"}],
             "nextSteps": []}
            """;

    private final HttpServer server;
    private final double perNano;
    private final double burst;
    private final AtomicInteger answered = new AtomicInteger();
    private final AtomicInteger limited = new AtomicInteger();
    private double tokens;
    private long refilledAt = System.nanoTime();

    RateLimitedModelServer(int perMinute) {
        this.perNano = perMinute / 60.0 / 1_000_000_000.0;
        this.burst = Math.max(1, perMinute / 60.0);
        this.tokens = burst;
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 256);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(Executors.newFixedThreadPool(16));
        server.createContext("/v1/chat/completions", exchange -> {
            exchange.getRequestBody().readAllBytes();
            long waitNanos = take();
            byte[] body;
            if (waitNanos == 0) {
                answered.incrementAndGet();
                body = ChatCompletion.of(ANSWER).getBytes(StandardCharsets.UTF_8);
                exchange.sendResponseHeaders(200, body.length);
            } else {
                limited.incrementAndGet();
                body = "{\"error\":{\"message\":\"Rate limit reached for requests\",\"type\":\"requests\"}}"
                        .getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().set("Retry-After",
                        Long.toString(Math.max(1, (waitNanos + 999_999_999) / 1_000_000_000)));
                exchange.sendResponseHeaders(429, body.length);
            }
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
    }

    /** Takes a token: 0 when one was there, else how long until the next one. */
    private synchronized long take() {
        long now = System.nanoTime();
        tokens = Math.min(burst, tokens + (now - refilledAt) * perNano);
        refilledAt = now;
        if (tokens >= 1) {
            tokens -= 1;
            return 0;
        }
        return (long) Math.ceil((1 - tokens) / perNano);
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
    }

    int answered() {
        return answered.get();
    }

    int limited() {
        return limited.get();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
