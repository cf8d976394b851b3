package dev.briefs.api;

import java.util.Map;

/** A request the API refuses: its HTTP status, the error code clients branch on, and a message saying what to send. */
final class ApiException extends RuntimeException {

    private final int status;
    private final String code;
    private final Map<String, String> headers;

    ApiException(int status, String code, String message) {
        this(status, code, message, Map.of());
    }

    /** A refusal whose answer carries {@code headers} too (a 401's {@code WWW-Authenticate}). */
    ApiException(int status, String code, String message, Map<String, String> headers) {
        super(message);
        this.status = status;
        this.code = code;
        this.headers = Map.copyOf(headers);
    }

    Map<String, String> headers() {
        return headers;
    }

    int status() {
        return status;
    }

    String code() {
        return code;
    }
}
