package dev.briefs.local.invoke;

import java.util.Locale;

/**
 * The figures of one invocation, as Lambda writes them in its REPORT log line.
 *
 * @param requestId        the request id the handler's context carried
 * @param initDurationMs   from starting the JVM to the handler constructed (class loading and static
 *                         initialisation included): every local invocation is a cold start
 * @param durationMs       reading the event, running the handler and writing its answer
 * @param memorySizeMb     the function's configured memory
 * @param maxMemoryUsedMb  the JVM process's peak resident memory
 */
public record InvokeReport(String requestId, double initDurationMs, double durationMs, int memorySizeMb,
                           long maxMemoryUsedMb) {

    /**
     * Lambda bills by the millisecond, rounded up; since August 2025 it bills a managed runtime's init phase too, so
     * a cold start is billed init and invocation together.
     */
    public long billedDurationMs() {
        return (long) Math.ceil(initDurationMs + durationMs);
    }

    /** The REPORT line, tab-separated as in CloudWatch Logs. */
    public String line() {
        return String.format(Locale.ROOT, "REPORT RequestId: %s\tInit Duration: %.2f ms\tDuration: %.2f ms\t"
                        + "Billed Duration: %d ms\tMemory Size: %d MB\tMax Memory Used: %d MB",
                requestId, initDurationMs, durationMs, billedDurationMs(), memorySizeMb, maxMemoryUsedMb);
    }
}
