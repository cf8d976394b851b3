package dev.briefs.local.invoke;

import dev.briefs.local.Endpoints;
import dev.briefs.local.LocalStack;
import dev.briefs.standins.SqsEventJson;
import dev.briefs.aws.S3EventMessages;
import dev.briefs.store.ObjectEvent;
import dev.briefs.store.ObjectRef;
import dev.briefs.log.JsonLog;
import dev.briefs.store.BriefIds;
import dev.briefs.standins.LocalS3;
import dev.briefs.aws.AwsClients;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.PutObjectResponse;

import java.io.File;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Cold starts side by side, in one run: each function of template.yaml invoked in a fresh JVM (init plus first
 * invocation, as the REPORT line gives them) against a bare-SDK program started the same way from the same jar, which
 * builds the same clients, reads the same object and makes one DynamoDB call. Prints the medians and their ratio.
 */
public final class ColdStartBenchmark {

    private static final String KEY = "sample-wire-story.txt";

    private ColdStartBenchmark() {
    }

    public static int run(List<String> args, PrintStream out) throws IOException, InterruptedException {
        int runs = args.isEmpty() ? 5 : Integer.parseInt(args.getFirst());
        Path dir = Files.createTempDirectory("briefs-cold-start");
        JsonLog.redirect(new PrintStream(new FileOutputStream(dir.resolve("stack.log").toFile()), true,
                StandardCharsets.UTF_8));
        Path root = ProjectRoot.find();
        try (LocalStack stack = LocalStack.start(new LocalStack.Options(0, 0, 0, dir, 1, Map.of()), d -> { })) {
            Endpoints endpoints = stack.endpoints();
            byte[] sample = Files.readAllBytes(root.resolve("events/articles").resolve(KEY));
            PutObjectResponse put;
            try (S3Client s3 = AwsClients.s3(LocalStack.settings(endpoints))) {
                put = s3.putObject(r -> r.bucket(endpoints.bucket()).key(KEY).contentType("text/plain"),
                        RequestBody.fromBytes(sample));
            }
            SamTemplate template = SamTemplate.read(root.resolve(SamTemplate.FILE_NAME), endpoints.region());
            String id = BriefIds.of(endpoints.bucket(), KEY);
            OutputStream logs = new FileOutputStream(dir.resolve("functions.log").toFile());
            LocalInvoker invoker = new LocalInvoker(logs);

            FunctionDefinition summarize = template.function("SummarizeFunction");
            FunctionDefinition api = template.function("BriefsApiFunction");
            double[][] times = new double[4][runs];
            for (int i = 0; i < runs; i++) {
                // A new sequencer each time, so every run does the whole work rather than skip a duplicate.
                String notification = S3EventMessages.write(new ObjectEvent("ObjectCreated:Put", new ObjectRef(
                        endpoints.bucket(), KEY, (long) sample.length, put.eTag().replace("\"", ""), null,
                        LocalS3.nextSequencer())), endpoints.region());
                Path s3Event = write(dir, "sqs-event.json", SqsEventJson.ofBody(notification,
                        "arn:aws:sqs:" + endpoints.region() + ":000000000000:" + LocalStack.QUEUE, endpoints.region()));
                times[0][i] = total(invoker.invoke(summarize, LambdaArtifact.classPath(root, summarize),
                        environment(summarize, endpoints), s3Event));
                times[1][i] = baseline(summarize, root, endpoints, "s3", id);
                Path apiEvent = write(dir, "api-event.json", Files.readString(root.resolve("events/api-get-brief.json"))
                        .replace(BriefIds.of("briefs-articles", KEY), id));
                times[2][i] = total(invoker.invoke(api, LambdaArtifact.classPath(root, api),
                        environment(api, endpoints), apiEvent));
                times[3][i] = baseline(api, root, endpoints, "dynamodb", id);
            }
            report(out, "summarize", times[0], times[1]);
            report(out, "briefs-api", times[2], times[3]);
            return 0;
        }
    }

    private static void report(PrintStream out, String name, double[] function, double[] baseline) {
        double f = median(function);
        double b = median(baseline);
        out.printf("cold start %-10s init + first invocation: median %.0f ms (runs %s); bare SDK baseline: median"
                + " %.0f ms (runs %s); ratio %.2f%n", name, f, Arrays.toString(rounded(function)), b,
                Arrays.toString(rounded(baseline)), f / b);
    }

    private static Map<String, String> environment(FunctionDefinition function, Endpoints endpoints) {
        return InvocationEnvironment.of(function, Map.of(), endpoints.functionEnvironment(), Map.of()).variables();
    }

    private static double total(InvokeResult result) {
        if (result.failed()) {
            throw new IllegalStateException("The invocation failed: " + result.payload());
        }
        return result.report().initDurationMs() + result.report().durationMs();
    }

    /**
     * Milliseconds from starting the baseline's JVM until it finished its calls, with the function's JVM options (the
     * template's JAVA_TOOL_OPTIONS, in the environment) and memory.
     */
    private static double baseline(FunctionDefinition function, Path root, Endpoints endpoints, String mode, String id)
            throws IOException, InterruptedException {
        String classPath = LambdaArtifact.find(root, function.handlerClass()) + File.pathSeparator
                + Path.of(System.getProperty("briefs.home", root.toString()), "infra/local/target/classes");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), LocalInvoker.maxRam(function), "-cp", classPath, BareSdkBaseline.class.getName(), mode, endpoints.bucket(), KEY, endpoints.table(), id));
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT);
        builder.environment().clear();
        builder.environment().putAll(environment(function, endpoints));
        long start = System.currentTimeMillis();
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        if (process.waitFor() != 0) {
            throw new IllegalStateException("The baseline failed with exit code " + process.exitValue());
        }
        return Long.parseLong(output.lines().reduce((first, last) -> last).orElseThrow()) - start;
    }

    private static Path write(Path dir, String name, String json) throws IOException {
        return Files.writeString(dir.resolve(name), json);
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static long[] rounded(double[] values) {
        return Arrays.stream(values).mapToLong(Math::round).toArray();
    }
}
