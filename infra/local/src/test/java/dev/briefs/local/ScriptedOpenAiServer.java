package dev.briefs.local;

import dev.briefs.local.bench.ChatCompletion;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An OpenAI-compatible chat-completions server on loopback that answers with a scripted brief, or with an error status
 * the test chooses, and counts the calls.
 */
public final class ScriptedOpenAiServer implements AutoCloseable {

    private final HttpServer server;
    private final String answer;
    private final AtomicInteger calls = new AtomicInteger();
    private volatile int status = 200;

    /** Starts a server whose successful completions carry {@code answer} (the brief JSON) as the message. */
    public ScriptedOpenAiServer(String answer) throws IOException {
        this.answer = answer;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/v1/chat/completions", exchange -> {
            calls.incrementAndGet();
            exchange.getRequestBody().readAllBytes();
            int now = status;
            byte[] body = (now == 200 ? ChatCompletion.of(answer) : "{\"error\":{\"message\":\"scripted failure " + now + "\"}}")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(now, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
    }

    /** The value for BRIEFS_LLM_BASE_URL. */
    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
    }

    /** From now on, answer with this HTTP status (200 for the scripted brief). */
    public void answerWith(int httpStatus) {
        status = httpStatus;
    }

    public int calls() {
        return calls.get();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
