package dev.briefs.local.template;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.briefs.local.invoke.FunctionDefinition;
import dev.briefs.local.invoke.HandlerSignature;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static dev.briefs.local.template.ProjectTemplate.ROOT;
import static dev.briefs.local.template.ProjectTemplate.TEMPLATE;
import static dev.briefs.local.template.ProjectTemplate.map;
import static dev.briefs.local.template.ProjectTemplate.parameter;
import static dev.briefs.local.template.ProjectTemplate.properties;
import static dev.briefs.local.template.ProjectTemplate.ref;
import static dev.briefs.local.template.ProjectTemplate.resource;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The template's functions against the code they run: handlers, triggers, environment, build, time limits. */
class TemplateFunctionsTest {

    /** The event class Lambda hands a handler for each kind of trigger. */
    private static final Map<String, Class<?>> EVENT_TYPES = Map.of(
            "SQS", SQSEvent.class,
            "Schedule", Map.class,
            "HttpApi", APIGatewayV2HTTPEvent.class);

    /** What each function's code reads from its environment (dev.briefs.llm.LlmConfig names the BRIEFS_LLM_ ones). */
    private static final Map<String, Set<String>> VARIABLES_READ = Map.of(
            "SummarizeFunction", Set.of("BRIEFS_TABLE", "BRIEFS_DERIVED_BUCKET", "BRIEFS_MAX_ARTICLE_BYTES", "BRIEFS_LEASE_SECONDS",
                    "BRIEFS_QUEUE_URL", "BRIEFS_MAX_RECEIVES", "BRIEFS_RATE_LIMIT_BUDGET_SECONDS",
                    "BRIEFS_LLM_PROVIDER", "BRIEFS_LLM_MODEL", "BRIEFS_LLM_BASE_URL", "BRIEFS_LLM_API_KEY_SECRET",
                    "BRIEFS_LLM_TIMEOUT", "BRIEFS_LLM_MAX_INPUT_TOKENS", "BRIEFS_LOG_LEVEL", "AWS_ENDPOINT_URL",
                    "AWS_ENDPOINT_URL_S3", "AWS_ENDPOINT_URL_DYNAMODB", "AWS_ENDPOINT_URL_SQS"),
            "SweepFunction", Set.of("BRIEFS_TABLE", "BRIEFS_QUEUE_URL", "BRIEFS_LOG_LEVEL", "AWS_ENDPOINT_URL",
                    "AWS_ENDPOINT_URL_DYNAMODB", "AWS_ENDPOINT_URL_SQS"),
            "BriefsApiFunction", Set.of("BRIEFS_TABLE", "BRIEFS_DERIVED_BUCKET", "BRIEFS_CURSOR_KEY", "BRIEFS_LOG_LEVEL", "AWS_ENDPOINT_URL",
                    "AWS_ENDPOINT_URL_S3", "AWS_ENDPOINT_URL_DYNAMODB"));

    /**
     * Read by the code but deliberately not set in AWS: API Gateway authorises callers there (the bearer token guards
     * the local stack only), and the LLM key reaches the function as a secret, never as a plain variable.
     */
    private static final Set<String> LOCAL_ONLY = Set.of("BRIEFS_API_TOKEN", "BRIEFS_LLM_API_KEY");

    /** How a model call is retried: dev.briefs.llm.RetryPolicy.DEFAULT (three calls, Retry-After up to 20 s). */
    private static final int LLM_CALLS = 3;
    private static final int LONGEST_RETRY_AFTER_SECONDS = 20;

    @Test
    void everyHandlerExistsAndTakesTheEventsOfItsTriggers() throws ClassNotFoundException {
        assertEquals(Set.of("SummarizeFunction", "SweepFunction", "BriefsApiFunction"),
                Set.copyOf(TEMPLATE.functionIds()));
        for (String id : TEMPLATE.functionIds()) {
            FunctionDefinition function = TEMPLATE.function(id);
            assertEquals("java21", function.runtime(), id);
            Class<?> handler = Class.forName(function.handlerClass());
            assertEquals("handleRequest", function.handlerMethod(), id);
            Type input = HandlerSignature.of(handler).input();
            // A schedule's event is a plain JSON object, which the runtime hands a Map handler as it is.
            Class<?> raw = input instanceof java.lang.reflect.ParameterizedType generic
                    ? (Class<?>) generic.getRawType() : (Class<?>) input;
            assertFalse(function.events().isEmpty(), id + " has triggers");
            for (FunctionDefinition.EventSource event : function.events()) {
                assertEquals(EVENT_TYPES.get(event.type()), raw,
                        id + "'s " + event.type() + " trigger " + event.name() + " sends another event type");
            }
            assertTrue(Stream.of(handler.getMethods()).anyMatch(method -> method.getName().equals("handleRequest")
                    && method.getParameterTypes()[0] == raw && method.getParameterTypes()[1] == Context.class));
        }
    }

    @Test
    void everyFunctionIsBuiltByItsMakefileTarget() throws IOException {
        assertEquals(".", map(map(TEMPLATE.document().get("Globals")).get("Function")).get("CodeUri"));
        String makefile = Files.readString(ROOT.resolve("Makefile"));
        for (String id : TEMPLATE.functionIds()) {
            assertEquals("makefile", map(resource(id).get("Metadata")).get("BuildMethod"), id);
            assertFalse(properties(id).containsKey("CodeUri"), id + " builds from the project root");
            assertTrue(makefile.contains("\nbuild-" + id + ":"), "the Makefile has the target build-" + id);
        }
    }

    @Test
    void pdfParsingIsALayerOfTheSummarizeFunctionOnlyBuiltByItsMakefileTarget() throws IOException {
        assertEquals(List.of("PdfParsingLayer"), TEMPLATE.function("SummarizeFunction").layers());
        assertEquals(List.of(), TEMPLATE.function("BriefsApiFunction").layers(), "the API parses no article");
        assertEquals("AWS::Serverless::LayerVersion", resource("PdfParsingLayer").get("Type"));
        assertEquals("makefile", map(resource("PdfParsingLayer").get("Metadata")).get("BuildMethod"));
        assertTrue(Files.readString(ROOT.resolve("Makefile")).contains("\nbuild-PdfParsingLayer:"));
    }

    @Test
    void everyFunctionRunsWithTheJvmOptionsThatInvokeAndTheColdStartBenchmarkUse() {
        for (String id : TEMPLATE.functionIds()) {
            String options = TEMPLATE.function(id).environment().get("JAVA_TOOL_OPTIONS");
            assertEquals("-XX:+UseSerialGC -XX:TieredStopAtLevel=1", options, id);
        }
    }

    @Test
    void everyFunctionIsGivenTheVariablesItsCodeReads() {
        VARIABLES_READ.forEach((id, names) -> {
            Set<String> missing = new TreeSet<>(names);
            missing.removeAll(TEMPLATE.function(id).environment().keySet());
            assertEquals(Set.of(), missing, id + " lacks variables its code reads");
        });
    }

    /** Catches a variable added to the code but not to the template (or to the lists above). */
    @Test
    void everyBriefsVariableInTheSourcesIsSetOrKnownToBeLocal() throws IOException {
        Set<String> set = new TreeSet<>();
        TEMPLATE.functionIds().forEach(id -> set.addAll(TEMPLATE.function(id).environment().keySet()));
        Set<String> unset = new TreeSet<>(variablesNamedIn(ROOT.resolve("functions"), ROOT.resolve("shared")));
        unset.removeAll(set);
        unset.removeAll(LOCAL_ONLY);
        assertEquals(Set.of(), unset, "variables the functions' code reads that template.yaml never sets");
    }

    @Test
    void theEndpointVariablesAreBlankAndLeftToTheCodeInAws() {
        for (String id : TEMPLATE.functionIds()) {
            Map<String, String> environment = TEMPLATE.function(id).environment();
            Stream.of("AWS_ENDPOINT_URL", "AWS_ENDPOINT_URL_S3", "AWS_ENDPOINT_URL_DYNAMODB", "AWS_ENDPOINT_URL_SQS")
                    .forEach(name -> assertEquals("", environment.get(name), id + " " + name));
            assertEquals("true", environment.get("AWS_IGNORE_CONFIGURED_ENDPOINT_URLS"), id);
        }
    }

    @Test
    void envJsonSetsOnlyVariablesTheTemplateDeclaresSoSamLocalAppliesThemAll() throws IOException {
        JsonNode envJson = JsonMapper.builder().build().readTree(ROOT.resolve("events/env.json").toFile());
        envJson.properties().forEach(section -> {
            Set<String> declared = TEMPLATE.function(section.getKey()).environment().keySet();
            section.getValue().properties().forEach(variable -> assertTrue(declared.contains(variable.getKey()),
                    section.getKey() + " does not declare " + variable.getKey()));
        });
    }

    @Test
    void theSummarizeTimeLimitOutlastsAModelCallWithItsRetries() {
        Map<String, Object> summarize = properties("SummarizeFunction");
        assertEquals(ref("SummarizeTimeoutSeconds"), summarize.get("Timeout"));
        Map<String, Object> variables = map(map(summarize.get("Environment")).get("Variables"));
        assertEquals(ref("LlmTimeoutSeconds"), variables.get("BRIEFS_LLM_TIMEOUT"));
        // A claim must expire no later than an invocation that died holding it, so the retry can take over.
        assertEquals(ref("SummarizeTimeoutSeconds"), variables.get("BRIEFS_LEASE_SECONDS"));
        int timeout = (Integer) parameter("SummarizeTimeoutSeconds").get("Default");
        int llmTimeout = (Integer) parameter("LlmTimeoutSeconds").get("Default");
        assertTrue(timeout > LLM_CALLS * llmTimeout + (LLM_CALLS - 1) * LONGEST_RETRY_AFTER_SECONDS,
                "the default time limit " + timeout + " s cannot fit " + LLM_CALLS + " calls of " + llmTimeout + " s");
        assertTrue((Integer) parameter("LlmTimeoutSeconds").get("MaxValue") * LLM_CALLS
                < (Integer) parameter("SummarizeTimeoutSeconds").get("MaxValue"));
    }

    @Test
    void theSummarizeFunctionStartsFromASnapshotAndConsumesTheQueueWithCappedConcurrency() {
        Map<String, Object> globals = map(map(TEMPLATE.document().get("Globals")).get("Function"));
        assertEquals(Map.of("ApplyOn", "PublishedVersions"), globals.get("SnapStart"));
        assertEquals("live", globals.get("AutoPublishAlias"));
        FunctionDefinition.EventSource uploads = TEMPLATE.function("SummarizeFunction").events().getFirst();
        assertEquals(1, TEMPLATE.function("SummarizeFunction").events().size(), "one trigger: the upload queue");
        assertEquals("SQS", uploads.type());
        assertEquals(Map.of("Fn::GetAtt", java.util.List.of("UploadQueue", "Arn")), uploads.properties().get("Queue"));
        assertEquals(java.util.List.of("ReportBatchItemFailures"), uploads.properties().get("FunctionResponseTypes"));
        assertEquals(Map.of("MaximumConcurrency", ref("SummarizeMaximumConcurrency")),
                uploads.properties().get("ScalingConfig"));
        Map<String, Object> variables = map(map(properties("SummarizeFunction").get("Environment")).get("Variables"));
        assertEquals(ref("UploadQueue"), variables.get("BRIEFS_QUEUE_URL"));
        assertEquals(ref("MaxReceiveCount"), variables.get("BRIEFS_MAX_RECEIVES"), "the function knows the last delivery");
    }

    @Test
    void theSweeperRunsOnItsSchedule() {
        FunctionDefinition.EventSource schedule = TEMPLATE.function("SweepFunction").events().getFirst();
        assertEquals("Schedule", schedule.type());
        assertEquals(ref("SweepSchedule"), schedule.properties().get("Schedule"));
        assertTrue(String.valueOf(parameter("SweepSchedule").get("Default")).startsWith("rate("));
    }

    private static Set<String> variablesNamedIn(Path... roots) throws IOException {
        Pattern literal = Pattern.compile("\"(BRIEFS_[A-Z0-9_]+)\"");
        Set<String> names = new TreeSet<>();
        for (Path root : roots) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(path -> path.toString().endsWith(".java")
                        && path.toString().contains("/src/main/java/")).toList()) {
                    Matcher matcher = literal.matcher(Files.readString(file));
                    while (matcher.find()) {
                        names.add(matcher.group(1));
                    }
                }
            }
        }
        assertTrue(names.contains("BRIEFS_TABLE"), "the scan finds the variables: " + names);
        return names;
    }
}
