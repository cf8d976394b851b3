package dev.briefs.local.invoke;

import dev.briefs.local.Endpoints;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * {@code ./briefs invoke FUNCTION -e EVENT.json [--env-vars FILE] [--data-dir DIR] [--template FILE]}: what
 * {@code sam local invoke} does, without Docker. The function of template.yaml runs once in a fresh JVM; its answer
 * (or Lambda's error object) goes to standard output, its log and a REPORT line to standard error. While
 * {@code ./briefs up} runs on DIR (default .briefs), the function works against that stack.
 */
public final class InvokeCommand {

    static final String USAGE = "usage: ./briefs invoke FUNCTION -e EVENT.json [--env-vars FILE] [--data-dir DIR]"
            + " [--template FILE]";

    private final PrintStream out;
    private final PrintStream err;
    private final Map<String, String> shell;

    public InvokeCommand(PrintStream out, PrintStream err) {
        this(out, err, System.getenv());
    }

    InvokeCommand(PrintStream out, PrintStream err, Map<String, String> shell) {
        this.out = out;
        this.err = err;
        this.shell = shell;
    }

    /** Exit code 0 when the handler answered, 1 when it failed, 2 for wrong arguments. */
    public int run(List<String> arguments) throws IOException, InterruptedException {
        Options options;
        try {
            options = Options.parse(arguments);
        } catch (IllegalArgumentException e) {
            err.println("briefs: " + e.getMessage());
            err.println(USAGE);
            return 2;
        }
        Path root = ProjectRoot.find();
        Path templateFile = options.template() != null ? options.template() : root.resolve(SamTemplate.FILE_NAME);
        FunctionDefinition function = SamTemplate.read(templateFile, InvocationEnvironment.region(shell))
                .function(options.function());
        EnvVarsFile envVars = options.envVars() == null ? EnvVarsFile.NONE : EnvVarsFile.read(options.envVars());
        Map<String, String> overrides = envVars.overridesFor(function.logicalId());
        InvocationEnvironment environment = InvocationEnvironment.of(function, shell,
                localStack(options.dataDir(), overrides), overrides);
        environment.notes().forEach(note -> err.println("briefs invoke: " + note));

        InvokeResult result = new LocalInvoker(err).invoke(function, LambdaArtifact.classPath(root, function),
                environment.variables(), options.event());
        out.println(result.payload());
        err.println(result.report().line());
        return result.failed() ? 1 : 0;
    }

    /**
     * The function environment of the stack ./briefs up runs on dataDir; none when it does not run, or when the
     * overrides name endpoints of their own (such as LocalStack's in events/env.json), which the stack's
     * service-specific endpoints would otherwise outrank.
     */
    private Map<String, String> localStack(Path dataDir, Map<String, String> overrides) {
        if (!Files.exists(dataDir.resolve(Endpoints.FILE_NAME))) {
            return Map.of();
        }
        if (overrides.keySet().stream().anyMatch(name -> name.startsWith("AWS_ENDPOINT_URL"))) {
            err.println("briefs invoke: the env-vars file names its own endpoints; the local stack of " + dataDir
                    + " is not used");
            return Map.of();
        }
        Endpoints endpoints = Endpoints.read(dataDir);
        err.println("briefs invoke: using the local stack of " + dataDir + " (S3 " + endpoints.s3Endpoint()
                + ", DynamoDB " + endpoints.dynamodbEndpoint() + ")");
        return endpoints.functionEnvironment();
    }

    /** The command line. */
    record Options(String function, Path event, Path envVars, Path dataDir, Path template) {

        static Options parse(List<String> arguments) {
            String function = null;
            Path event = null;
            Path envVars = null;
            Path dataDir = Path.of(".briefs");
            Path template = null;
            for (int i = 0; i < arguments.size(); i++) {
                String argument = arguments.get(i);
                switch (argument) {
                    case "-e", "--event" -> event = Path.of(value(arguments, ++i, argument));
                    case "--env-vars" -> envVars = Path.of(value(arguments, ++i, argument));
                    case "--data-dir" -> dataDir = Path.of(value(arguments, ++i, argument));
                    case "--template", "-t" -> template = Path.of(value(arguments, ++i, argument));
                    default -> {
                        if (argument.startsWith("-") || function != null) {
                            throw new IllegalArgumentException("unexpected argument " + argument);
                        }
                        function = argument;
                    }
                }
            }
            if (function == null) {
                throw new IllegalArgumentException("invoke needs the FUNCTION's logical id, e.g. SummarizeFunction");
            }
            if (event == null) {
                throw new IllegalArgumentException("invoke needs an event: -e EVENT.json (see events/)");
            }
            if (!Files.isRegularFile(event)) {
                throw new IllegalArgumentException("no event file " + event);
            }
            return new Options(function, event, envVars, dataDir, template);
        }

        private static String value(List<String> arguments, int index, String option) {
            if (index >= arguments.size()) {
                throw new IllegalArgumentException(option + " needs a value");
            }
            return arguments.get(index);
        }
    }
}
