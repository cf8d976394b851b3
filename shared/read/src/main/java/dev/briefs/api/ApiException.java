package dev.briefs.api;

/** A request the API refuses: the status and code go to the client with the message. */
final class ApiException extends RuntimeException {

    final int status;
    final String code;

    ApiException(int status, String code, String message) {
        super(message);
        this.status = status;
        this.code = code;
    }

    static ApiException badRequest(String code, String message) {
        return new ApiException(400, code, message);
    }
}
