package dev.briefs.local.invoke;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.serialization.PojoSerializer;
import com.amazonaws.services.lambda.runtime.serialization.events.LambdaEventSerializers;
import com.amazonaws.services.lambda.runtime.serialization.factories.JacksonFactory;
import dev.briefs.local.LocalContext;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The main class of the JVM that {@code ./briefs invoke} starts for one invocation, where it plays the Lambda Java
 * runtime: it loads and constructs the handler (the init phase), then reads the event with the runtime's
 * serialisation library, calls the handler and writes its answer with the same library (the invoke phase). What
 * happened goes to a result file as JSON, so that standard output and error stay the function's log.
 * <p>
 * Arguments: HANDLER_CLASS EVENT_FILE RESULT_FILE FUNCTION_NAME MEMORY_MB TIMEOUT_SECONDS.
 * <p>
 * It depends on nothing of the function's but the handler: only the JDK, aws-lambda-java-core and
 * aws-lambda-java-serialization, as in Lambda.
 */
public final class InvokeRuntime {

    private InvokeRuntime() {
    }

    public static void main(String[] args) throws IOException {
        Path event = Path.of(args[1]);
        Path resultFile = Path.of(args[2]);
        Map<String, Object> result = new LinkedHashMap<>();
        RequestHandler<Object, Object> handler;
        HandlerSignature signature;
        try {
            Class<?> handlerClass = Class.forName(args[0]);
            signature = HandlerSignature.of(handlerClass);
            handler = construct(handlerClass);
        } catch (InvocationTargetException e) {
            fail(result, e.getCause(), resultFile);
            return;
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            fail(result, e, resultFile);
            return;
        }
        result.put("initEndEpochMillis", System.currentTimeMillis());

        LocalContext context = new LocalContext(args[3], Integer.parseInt(args[4]), Integer.parseInt(args[5]));
        result.put("requestId", context.getAwsRequestId());
        long start = System.nanoTime();
        try (InputStream json = Files.newInputStream(event)) {
            Object response = handler.handleRequest(serializer(signature.input()).fromJson(json), context);
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            serializer(signature.output()).toJson(response, answer);
            result.put("response", answer.toString(StandardCharsets.UTF_8));
        } catch (RuntimeException | Error e) {
            result.put("durationNanos", System.nanoTime() - start);
            fail(result, e, resultFile);
            return;
        }
        result.put("durationNanos", System.nanoTime() - start);
        result.put("maxMemoryUsedMb", peakMemoryMb());
        write(result, resultFile);
    }

    @SuppressWarnings("unchecked")
    private static RequestHandler<Object, Object> construct(Class<?> handlerClass)
            throws ReflectiveOperationException {
        return (RequestHandler<Object, Object>) handlerClass.getDeclaredConstructor().newInstance();
    }

    /** The runtime's choice: its own serialiser for the events it knows, its Jackson serialiser for anything else. */
    @SuppressWarnings("unchecked")
    private static PojoSerializer<Object> serializer(Type type) {
        if (type instanceof Class<?> event && LambdaEventSerializers.isLambdaSupportedEvent(event.getName())) {
            return (PojoSerializer<Object>) LambdaEventSerializers.serializerFor(event,
                    InvokeRuntime.class.getClassLoader());
        }
        return JacksonFactory.getInstance().getSerializer(type);
    }

    private static void fail(Map<String, Object> result, Throwable error, Path resultFile) throws IOException {
        // An init failure comes before any request: it gets an id of its own, as in Lambda's log.
        result.putIfAbsent("requestId", UUID.randomUUID().toString());
        result.putIfAbsent("initEndEpochMillis", System.currentTimeMillis());
        result.put("error", error(error));
        result.put("maxMemoryUsedMb", peakMemoryMb());
        write(result, resultFile);
    }

    /** The error object Lambda's Java runtime returns for an uncaught exception. */
    private static Map<String, Object> error(Throwable error) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("errorMessage", error.getMessage() != null || error.getCause() == null
                ? error.getMessage() : error.getCause().toString());
        fields.put("errorType", error.getClass().getName());
        fields.put("stackTrace", Arrays.stream(error.getStackTrace()).map(StackTraceElement::toString).toList());
        if (error.getCause() != null && error.getCause() != error) {
            fields.put("cause", error(error.getCause()));
        }
        return fields;
    }

    /** The process's peak resident memory where Linux tells it, else what the JVM has in use. */
    private static long peakMemoryMb() {
        try {
            List<String> status = Files.readAllLines(Path.of("/proc/self/status"));
            for (String line : status) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
                }
            }
        } catch (IOException | NumberFormatException e) {
            // Not Linux: fall back to the JVM's own figures.
        }
        var memory = ManagementFactory.getMemoryMXBean();
        return (memory.getHeapMemoryUsage().getUsed() + memory.getNonHeapMemoryUsage().getUsed()) / (1024 * 1024);
    }

    private static void write(Map<String, Object> result, Path resultFile) throws IOException {
        Files.write(resultFile, JacksonFactory.getInstance().getMapper().writeValueAsBytes(result));
    }
}
