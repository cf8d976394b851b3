package dev.briefs.llm;

import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.exception.InternalServerException;
import dev.langchain4j.exception.RateLimitException;
import dev.langchain4j.exception.TimeoutException;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;

import java.io.IOException;
import java.net.SocketTimeoutException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Calls a provider's model, retrying 429s and 5xxs by a {@link RetryPolicy} and honouring {@code Retry-After}.
 * Turns every failure into an {@link LlmFailure} whose message says what happened in words a reader of the brief
 * understands: a {@link ModelBusyFailure} when 429s or 5xxs outlast the policy, which is worth waiting out. Thread-safe.
 */
final class RetryingChat {

    private static final int MAX_DETAIL_CHARS = 200;

    private final ChatBackend backend;
    private final RetryPolicy policy;
    private final Sleeper sleeper;
    private final Duration timeout;

    RetryingChat(ChatBackend backend, RetryPolicy policy, Sleeper sleeper, Duration timeout) {
        this.backend = backend;
        this.policy = policy;
        this.sleeper = sleeper;
        this.timeout = timeout;
    }

    /**
     * One model answer to {@code messages}, counting every call and the reported tokens in {@code ledger}.
     *
     * @throws LlmFailure when the call fails in a way not retried, or every attempt fails
     */
    ChatResponse chat(List<ChatMessage> messages, CallLedger ledger) {
        ChatRequest request = ChatRequest.builder().messages(messages).build();
        for (int attempt = 1; ; attempt++) {
            int failedAttempt = attempt;
            ledger.attempt();
            try {
                ChatResponse response = backend.chatModel().chat(request);
                ledger.add(response.tokenUsage());
                return response;
            } catch (RuntimeException failure) {
                if (!isRetriable(failure)) {
                    throw new LlmFailure(describe(failure, ""), failure);
                }
                Optional<Duration> askedFor = backend.failures().retryAfter(failure);
                if (attempt == policy.maxAttempts()) {
                    throw new ModelBusyFailure(describe(failure, " on all " + attempt + " attempts"), askedFor, failure);
                }
                if (askedFor.isPresent() && askedFor.get().compareTo(policy.maxRetryAfter()) > 0) {
                    throw new ModelBusyFailure(describe(failure, ", and the server asked to wait "
                            + seconds(askedFor.get()) + ", longer than the " + seconds(policy.maxRetryAfter())
                            + " one call waits"), askedFor, failure);
                }
                pause(askedFor.orElseGet(() -> policy.backoff(failedAttempt)), failure);
            }
        }
    }

    /* Rate limits and server errors pass; LangChain4j maps 429 and every 5xx (Anthropic's 529 too) to these types. */
    private static boolean isRetriable(RuntimeException failure) {
        return failure instanceof RateLimitException || failure instanceof InternalServerException;
    }

    private void pause(Duration wait, RuntimeException failure) {
        try {
            sleeper.sleep(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LlmFailure(describe(failure, ", then interrupted while waiting to retry"), e);
        }
    }

    /** What went wrong, then {@code circumstances}, then the provider's own words. */
    private String describe(RuntimeException failure, String circumstances) {
        if (isTimeout(failure)) {
            return "no answer within " + seconds(timeout) + " (" + LlmConfig.TIMEOUT + ")" + circumstances;
        }
        Optional<IOException> unreachable = FailureDetails.findCause(failure, IOException.class);
        if (unreachable.isPresent() && backend.failures().statusCode(failure).isEmpty()) {
            IOException io = unreachable.get();
            return "cannot reach the server" + circumstances + ": " + io.getClass().getSimpleName()
                    + (io.getMessage() == null ? "" : " " + io.getMessage());
        }
        OptionalInt status = backend.failures().statusCode(failure);
        String http = status.isPresent() ? "HTTP " + status.getAsInt() : null;
        String what = failure instanceof RateLimitException ? "rate limited (" + (http == null ? "HTTP 429" : http) + ")"
                : failure instanceof InternalServerException ? "server error (" + (http == null ? "HTTP 5xx" : http) + ")"
                : failure.getClass().getSimpleName() + (http == null ? "" : " (" + http + ")");
        return what + circumstances + detail(failure);
    }

    private static boolean isTimeout(Throwable failure) {
        return FailureDetails.findCause(failure, TimeoutException.class).isPresent()
                || FailureDetails.findCause(failure, HttpTimeoutException.class).isPresent()
                || FailureDetails.findCause(failure, SocketTimeoutException.class).isPresent();
    }

    /** The innermost message, which is the provider's own words, shortened and on one line. */
    private static String detail(Throwable failure) {
        String message = null;
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause.getMessage() != null && !cause.getMessage().isBlank()) {
                message = cause.getMessage();
            }
        }
        if (message == null) {
            return "";
        }
        String oneLine = message.strip().replaceAll("\\s+", " ");
        return ": " + (oneLine.length() > MAX_DETAIL_CHARS ? oneLine.substring(0, MAX_DETAIL_CHARS) + "…" : oneLine);
    }

    private static String seconds(Duration duration) {
        return duration.toMillis() % 1000 == 0 ? duration.toSeconds() + " s" : duration.toMillis() + " ms";
    }
}
