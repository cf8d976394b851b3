package dev.briefs.local.invoke;

/**
 * What one invocation returned.
 *
 * @param payload the handler's answer as JSON, or Lambda's error object ({@code errorMessage}, {@code errorType},
 *                {@code stackTrace}) when it failed
 * @param failed  whether the handler (or its initialisation) threw, or the invocation timed out
 * @param report  its figures
 */
public record InvokeResult(String payload, boolean failed, InvokeReport report) {
}
