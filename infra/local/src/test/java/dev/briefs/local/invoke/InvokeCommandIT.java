package dev.briefs.local.invoke;

import com.fasterxml.jackson.databind.JsonNode;
import dev.briefs.local.Endpoints;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** ./briefs invoke where no local stack runs: the template's own environment, and failures as Lambda reports them. */
class InvokeCommandIT {

    private static final Path EVENTS = ProjectRoot.find().resolve("events");

    @Test
    void withoutAnyStackTheHealthRouteAnswersThatTheTableIsDown(@TempDir Path noStack) throws Exception {
        Invocation health = Invocation.run("BriefsApiFunction", "-e", EVENTS.resolve("api-health.json").toString(),
                "--data-dir", noStack.toString());
        assertEquals(0, health.exitCode(), health.stderr());
        assertEquals(503, health.payload().get("statusCode").asInt());
        assertTrue(health.payload().get("body").asText().contains("\"table\":\"down: "), health.payload().toString());
        assertFalse(health.stderr().contains("using the local stack"));
        assertTrue(health.report().contains("Memory Size: 1024 MB"), "the template's memory size");
    }

    @Test
    void endpointsInTheEnvVarsFileTakeThePlaceOfTheLocalStack(@TempDir Path dir) throws Exception {
        new Endpoints("http://127.0.0.1:1", "http://127.0.0.1:2", "briefs-articles", "briefs-derived", "http://127.0.0.1:3", "briefs",
                "us-east-1", "key", "secret", "http://127.0.0.1:4", "http://127.0.0.1:4/000000000000/q",
                "http://127.0.0.1:4/000000000000/dlq").write(dir);
        Invocation health = Invocation.run("BriefsApiFunction", "-e", EVENTS.resolve("api-health.json").toString(),
                "--env-vars", EVENTS.resolve("env.json").toString(), "--data-dir", dir.toString());
        assertEquals(0, health.exitCode(), health.stderr());
        assertTrue(health.stderr().contains("the local stack of " + dir + " is not used"), health.stderr());
    }

    @Test
    void aHandlerThatCannotStartFailsWithLambdasErrorObject(@TempDir Path dir) throws Exception {
        Path envVars = Files.writeString(dir.resolve("env.json"),
                "{\"SummarizeFunction\": {\"BRIEFS_MAX_ARTICLE_BYTES\": \"-5\"}}");
        Invocation broken = Invocation.run("SummarizeFunction", "-e", EVENTS.resolve("sqs-s3-put.json").toString(),
                "--env-vars", envVars.toString(), "--data-dir", dir.toString());
        assertEquals(1, broken.exitCode());
        JsonNode error = broken.payload();
        assertEquals("java.lang.ExceptionInInitializerError", error.get("errorType").asText());
        assertTrue(error.get("errorMessage").asText().contains("BRIEFS_MAX_ARTICLE_BYTES"), error.toString());
        assertTrue(error.get("stackTrace").isArray() && !error.get("stackTrace").isEmpty());
        assertEquals("java.lang.IllegalArgumentException", error.get("cause").get("errorType").asText());
        broken.report();
    }

    @Test
    void wrongArgumentsExitWith2AndTheUsage() throws Exception {
        Invocation noEvent = Invocation.run("SummarizeFunction");
        assertEquals(2, noEvent.exitCode());
        assertTrue(noEvent.stderr().contains(InvokeCommand.USAGE));
    }
}
