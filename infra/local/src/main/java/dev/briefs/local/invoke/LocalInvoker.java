package dev.briefs.local.invoke;

import com.amazonaws.services.lambda.runtime.serialization.events.LambdaEventSerializers;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * Runs a function once in a fresh JVM, as Lambda's Java runtime would: the function's jar on the class path, a clean
 * environment, memory bounded by the function's memory size, so the cold start is real. The function's output (its
 * log) goes to {@code logs}.
 */
public final class LocalInvoker {

    /** Lambda's limit on the init phase, which its timeout does not cover. */
    static final Duration INIT_LIMIT = Duration.ofSeconds(10);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final OutputStream logs;

    public LocalInvoker(OutputStream logs) {
        this.logs = logs;
    }

    /**
     * @param classPath the function's jar and its layers' jars ({@link LambdaArtifact#classPath})
     * @param environment the function's environment, JAVA_TOOL_OPTIONS included (the template's JVM options)
     */
    public InvokeResult invoke(FunctionDefinition function, List<Path> classPath, Map<String, String> environment,
                               Path event) throws IOException, InterruptedException {
        Path resultFile = Files.createTempFile("briefs-invoke-", ".json");
        try {
            ProcessBuilder builder = new ProcessBuilder(command(function, classPath, event, resultFile))
                    .redirectErrorStream(true);
            builder.environment().clear();
            builder.environment().putAll(environment);
            long startedAt = System.currentTimeMillis();
            Process process = builder.start();
            Thread copier = Thread.ofVirtual().start(() -> copy(process, logs));
            Duration limit = INIT_LIMIT.plusSeconds(function.timeoutSeconds());
            boolean exited = process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS);
            if (!exited) {
                process.destroyForcibly().waitFor();
            }
            copier.join();
            long elapsedMs = System.currentTimeMillis() - startedAt;
            if (!exited) {
                return runtimeFailure(function, "Sandbox.Timedout",
                        String.format("Task timed out after %d.00 seconds", function.timeoutSeconds()), elapsedMs);
            }
            if (Files.size(resultFile) == 0) {
                return runtimeFailure(function, "Runtime.ExitError",
                        "Runtime exited with error: exit status " + process.exitValue(), elapsedMs);
            }
            return result(function, JSON.readTree(resultFile.toFile()), startedAt);
        } finally {
            Files.deleteIfExists(resultFile);
        }
    }

    static List<String> command(FunctionDefinition function, List<Path> functionClassPath, Path event,
                                        Path resultFile) {
        List<String> entries = new ArrayList<>(functionClassPath.stream().map(Path::toString).toList());
        entries.add(codeSource(InvokeRuntime.class));
        entries.add(codeSource(LambdaEventSerializers.class));
        // No more memory than the function's, as in the sandbox; the JVM options are the template's JAVA_TOOL_OPTIONS,
        // which the JVM reads from the environment here as in Lambda. UTF-8 for the log whatever locale this machine
        // has, as in Lambda.
        return List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                maxRam(function), "-Dfile.encoding=UTF-8", "-Dstdout.encoding=UTF-8", "-Dstderr.encoding=UTF-8", "-cp", String.join(File.pathSeparator, entries), InvokeRuntime.class.getName(),
                function.handlerClass(), event.toAbsolutePath().toString(), resultFile.toString(),
                function.logicalId(), Integer.toString(function.memorySizeMb()),
                Integer.toString(function.timeoutSeconds()));
    }

    /** The sandbox's memory, as the JVM sees it in Lambda: the function's memory size. */
    static String maxRam(FunctionDefinition function) {
        return "-XX:MaxRAM=" + function.memorySizeMb() + "m";
    }

    /** Where a class of the runtime side was loaded from: a jar, or a classes directory when run from the build. */
    private static String codeSource(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void copy(Process process, OutputStream logs) {
        try {
            process.getInputStream().transferTo(logs);
            logs.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InvokeResult result(FunctionDefinition function, JsonNode result, long startedAt) {
        double durationMs = result.path("durationNanos").asLong() / 1_000_000.0;
        long initEnd = result.path("initEndEpochMillis").asLong();
        InvokeReport report = new InvokeReport(result.path("requestId").asText(), Math.max(0, initEnd - startedAt),
                durationMs, function.memorySizeMb(), result.path("maxMemoryUsedMb").asLong());
        JsonNode error = result.get("error");
        return error == null ? new InvokeResult(result.path("response").asText(), false, report)
                : new InvokeResult(error.toString(), true, report);
    }

    private static InvokeResult runtimeFailure(FunctionDefinition function, String type, String message,
                                               long elapsedMs) {
        String requestId = UUID.randomUUID().toString();
        String error = JSON.createObjectNode().put("errorType", type)
                .put("errorMessage", "RequestId: " + requestId + " Error: " + message).toString();
        return new InvokeResult(error, true, new InvokeReport(requestId, 0, elapsedMs, function.memorySizeMb(), 0));
    }
}
