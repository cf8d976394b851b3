package dev.briefs.local.invoke;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class InvocationEnvironmentTest {

    private static final FunctionDefinition FUNCTION = new FunctionDefinition("Worker", "example.Worker::handle",
            "java21", 512, 30, Map.of("TABLE", "Table", "LEVEL", "INFO", "AWS_ENDPOINT_URL", ""), List.of(), List.of());

    @Test
    void theFunctionSeesTheRuntimesVariablesAndItsDeclaredOnesOnly() {
        InvocationEnvironment environment = InvocationEnvironment.of(FUNCTION,
                Map.of("PATH", "/usr/bin", "AWS_PROFILE", "dev", "UNRELATED", "x"), Map.of(), Map.of());
        Map<String, String> variables = environment.variables();
        assertEquals("Worker", variables.get("AWS_LAMBDA_FUNCTION_NAME"));
        assertEquals("512", variables.get("AWS_LAMBDA_FUNCTION_MEMORY_SIZE"));
        assertEquals("us-east-1", variables.get("AWS_REGION"));
        assertEquals("dev", variables.get("AWS_PROFILE"), "the caller's credentials");
        assertEquals("Table", variables.get("TABLE"));
        assertFalse(variables.containsKey("PATH"));
        assertFalse(variables.containsKey("UNRELATED"));
        assertEquals(List.of(), environment.notes());
    }

    /** A locale the machine lacks makes the JVM print non-ASCII as '?': C.UTF-8 exists everywhere it matters. */
    @Test
    void theFunctionGetsALocaleThatExistsAndAJvmWritingUtf8() {
        assertEquals("C.UTF-8", InvocationEnvironment.of(FUNCTION, Map.of(), Map.of(), Map.of()).variables().get("LANG"));
        List<String> command = LocalInvoker.command(FUNCTION, List.of(Path.of("function.jar")), Path.of("event.json"),
                Path.of("result.json"));
        assertTrue(command.containsAll(List.of("-Dstdout.encoding=UTF-8", "-Dstderr.encoding=UTF-8")), command::toString);
    }

    @Test
    void laterSourcesWinShellThenLocalStackThenEnvVars() {
        InvocationEnvironment environment = InvocationEnvironment.of(FUNCTION,
                Map.of("LEVEL", "DEBUG", "TABLE", "shell-table", "AWS_REGION", "eu-west-1"),
                Map.of("TABLE", "briefs", "AWS_REGION", "us-east-1"),
                Map.of("TABLE", "override"));
        assertEquals("DEBUG", environment.variables().get("LEVEL"), "a declared variable takes the shell's value");
        assertEquals("override", environment.variables().get("TABLE"));
        assertEquals("us-east-1", environment.variables().get("AWS_REGION"), "the local stack's region");
    }

    @Test
    void anOverrideTheTemplateDoesNotDeclareIsAppliedWithANote() {
        InvocationEnvironment environment = InvocationEnvironment.of(FUNCTION, Map.of(), Map.of(),
                Map.of("EXTRA", "1"));
        assertEquals("1", environment.variables().get("EXTRA"));
        assertTrue(environment.notes().getFirst().contains("sam local invoke would ignore it"));
    }

    @Test
    void theContainerNameOfThisHostBecomesLoopback() {
        InvocationEnvironment environment = InvocationEnvironment.of(FUNCTION, Map.of(), Map.of(),
                Map.of("AWS_ENDPOINT_URL", "http://host.docker.internal:4566"));
        assertEquals("http://127.0.0.1:4566", environment.variables().get("AWS_ENDPOINT_URL"));
        assertEquals(1, environment.notes().size());
    }

    @Test
    void theRegionIsTheCallersElseUsEast1() {
        assertEquals("eu-west-1", InvocationEnvironment.region(Map.of("AWS_DEFAULT_REGION", "eu-west-1")));
        assertEquals("ap-south-1", InvocationEnvironment.region(Map.of("AWS_REGION", "ap-south-1",
                "AWS_DEFAULT_REGION", "eu-west-1")));
        assertEquals("us-east-1", InvocationEnvironment.region(Map.of()));
    }
}
