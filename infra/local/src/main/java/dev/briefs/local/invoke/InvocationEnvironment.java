package dev.briefs.local.invoke;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The environment a function runs with under {@code ./briefs invoke}, built as {@code sam local invoke} builds it,
 * lowest priority first:
 * <ol>
 *   <li>what the Lambda runtime sets (function name, memory, region, time zone) and the caller's AWS credentials;</li>
 *   <li>the variables the template declares, Globals included; a declared variable set in the caller's shell takes
 *       the shell's value;</li>
 *   <li>the running local stack of {@code ./briefs up}, if any: its endpoints, credentials, bucket and table;</li>
 *   <li>the {@code --env-vars} file.</li>
 * </ol>
 *
 * @param variables the environment, exactly (the function inherits nothing else)
 * @param notes     what the caller should know about it
 */
record InvocationEnvironment(Map<String, String> variables, List<String> notes) {

    private static final String DEFAULT_REGION = "us-east-1";
    /** The name by which a function in sam local's container reaches the host; here the function runs on the host. */
    private static final String CONTAINER_HOST = "://host.docker.internal";
    /** Passed through so the SDK's default credentials chain works as it does for the caller. */
    private static final List<String> CALLER_CREDENTIALS = List.of("AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY",
            "AWS_SESSION_TOKEN", "AWS_PROFILE", "AWS_CONFIG_FILE", "AWS_SHARED_CREDENTIALS_FILE", "HOME");

    /** The region functions run in: the caller's, else us-east-1 (as with sam local). */
    static String region(Map<String, String> shell) {
        for (String name : List.of("AWS_REGION", "AWS_DEFAULT_REGION")) {
            String value = shell.get(name);
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        return DEFAULT_REGION;
    }

    /**
     * @param function   the function, its declared environment resolved
     * @param shell      the caller's environment
     * @param localStack the running local stack's function environment, or empty
     * @param overrides  the --env-vars overrides for this function, or empty
     */
    static InvocationEnvironment of(FunctionDefinition function, Map<String, String> shell,
                                    Map<String, String> localStack, Map<String, String> overrides) {
        Map<String, String> variables = new LinkedHashMap<>();
        List<String> notes = new ArrayList<>();
        String region = region(shell);
        variables.put("AWS_REGION", region);
        variables.put("AWS_DEFAULT_REGION", region);
        variables.put("AWS_LAMBDA_FUNCTION_NAME", function.logicalId());
        variables.put("AWS_LAMBDA_FUNCTION_VERSION", "$LATEST");
        variables.put("AWS_LAMBDA_FUNCTION_MEMORY_SIZE", Integer.toString(function.memorySizeMb()));
        variables.put("AWS_LAMBDA_FUNCTION_TIMEOUT", Integer.toString(function.timeoutSeconds()));
        variables.put("_HANDLER", function.handler());
        variables.put("TZ", ":UTC");
        // Lambda sets en_US.UTF-8, which many machines lack (then the JVM falls back to ASCII and prints ü as ?).
        // C.UTF-8 exists wherever glibc 2.35+ or Debian does; the JVM's encodings are also set on its command line.
        variables.put("LANG", "C.UTF-8");
        CALLER_CREDENTIALS.stream().filter(shell::containsKey).forEach(name -> variables.put(name, shell.get(name)));

        function.environment().forEach((name, value) -> variables.put(name, shell.getOrDefault(name, value)));
        variables.putAll(localStack);
        overrides.forEach((name, value) -> {
            if (!function.environment().containsKey(name)) {
                notes.add(name + " is set although template.yaml does not declare it for " + function.logicalId()
                        + ": sam local invoke would ignore it");
            }
            variables.put(name, value);
        });

        variables.replaceAll((name, value) -> {
            if (!value.contains(CONTAINER_HOST)) {
                return value;
            }
            notes.add(name + ": host.docker.internal is where sam local's container finds this machine; "
                    + "the function runs on this machine here, so it calls 127.0.0.1");
            return value.replace(CONTAINER_HOST, "://127.0.0.1");
        });
        return new InvocationEnvironment(variables, notes);
    }
}
