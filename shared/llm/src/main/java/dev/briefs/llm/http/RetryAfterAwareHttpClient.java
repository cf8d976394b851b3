package dev.briefs.llm.http;

import dev.langchain4j.exception.TimeoutException;
import dev.langchain4j.http.client.HttpClient;
import dev.langchain4j.http.client.HttpClientBuilder;
import dev.langchain4j.http.client.HttpRequest;
import dev.langchain4j.http.client.SuccessfulHttpResponse;
import dev.langchain4j.http.client.sse.ServerSentEventListener;
import dev.langchain4j.http.client.sse.ServerSentEventParser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.net.http.HttpTimeoutException;
import java.time.Duration;

/**
 * LangChain4j's HTTP client interface over the JDK client, for the OpenAI and Anthropic models. It differs from
 * LangChain4j's own JDK client in one way: a failed response becomes an {@link HttpStatusException} that keeps the
 * {@code Retry-After} header, so the engine's retry can honour it. Only plain request/response calls are made.
 */
public final class RetryAfterAwareHttpClient implements HttpClient {

    private final java.net.http.HttpClient delegate;
    private final Duration readTimeout;

    private RetryAfterAwareHttpClient(Builder builder) {
        java.net.http.HttpClient.Builder client = java.net.http.HttpClient.newBuilder();
        if (builder.connectTimeout != null) {
            client.connectTimeout(builder.connectTimeout);
        }
        this.delegate = client.build();
        this.readTimeout = builder.readTimeout;
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    public SuccessfulHttpResponse execute(HttpRequest request) {
        java.net.http.HttpRequest.Builder jdkRequest = java.net.http.HttpRequest.newBuilder(URI.create(request.url()))
                .method(request.method().name(), request.body() == null ? BodyPublishers.noBody()
                        : BodyPublishers.ofString(request.body()));
        request.headers().forEach((name, values) -> values.forEach(value -> jdkRequest.header(name, value)));
        if (readTimeout != null) {
            jdkRequest.timeout(readTimeout);
        }
        try {
            HttpResponse<String> response = delegate.send(jdkRequest.build(), BodyHandlers.ofString());
            if (response.statusCode() < 200 || response.statusCode() >= 300) {
                throw new HttpStatusException(response.statusCode(), response.body(), response.headers().map());
            }
            return SuccessfulHttpResponse.builder()
                    .statusCode(response.statusCode())
                    .headers(response.headers().map())
                    .body(response.body())
                    .build();
        } catch (HttpTimeoutException e) {
            throw new TimeoutException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the model", e);
        }
    }

    /** Not supported: briefs never stream, so no streaming model is built on this client. */
    @Override
    public void execute(HttpRequest request, ServerSentEventParser parser, ServerSentEventListener listener) {
        throw new UnsupportedOperationException("RetryAfterAwareHttpClient does not stream");
    }

    /** Builds the client; LangChain4j's models call these setters with their configured timeouts. */
    public static final class Builder implements HttpClientBuilder {

        private Duration connectTimeout;
        private Duration readTimeout;

        @Override
        public Duration connectTimeout() {
            return connectTimeout;
        }

        /** How long to wait for a connection; null for the JDK default (none). */
        @Override
        public Builder connectTimeout(Duration timeout) {
            this.connectTimeout = timeout;
            return this;
        }

        @Override
        public Duration readTimeout() {
            return readTimeout;
        }

        /** How long to wait for a whole response once the request is sent; null for no limit. */
        @Override
        public Builder readTimeout(Duration timeout) {
            this.readTimeout = timeout;
            return this;
        }

        @Override
        public RetryAfterAwareHttpClient build() {
            return new RetryAfterAwareHttpClient(this);
        }
    }
}
