package dev.briefs.api;

/** A request the API refuses: its HTTP status, the error code clients branch on, and a message saying what to send. */
final class ApiException extends RuntimeException {

    private final int status;
    private final String code;

    ApiException(int status, String code, String message) {
        super(message);
        this.status = status;
        this.code = code;
    }

    int status() {
        return status;
    }

    String code() {
        return code;
    }
}
