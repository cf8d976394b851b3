package dev.briefs.pipeline;

/**
 * The event cannot be handled now but may be later (another invocation holds the work, or a dependency is down):
 * the invocation fails so that Lambda retries it and, when retries run out, sends it to the dead-letter queue.
 */
public class RetryLaterException extends RuntimeException {

    public RetryLaterException(String message, Throwable cause) {
        super(message, cause);
    }
}
