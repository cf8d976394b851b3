package dev.briefs.functions.summarize;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import dev.briefs.log.JsonLog;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TimeoutRuleTest {

    private final ByteArrayOutputStream log = new ByteArrayOutputStream();

    TimeoutRuleTest() {
        JsonLog.redirect(new PrintStream(log, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restoreTheLog() {
        JsonLog.redirect(System.out);
    }

    @Test
    void aLimitOfThreeModelCallsAnd45SecondsHolds() {
        TimeoutRule rule = new TimeoutRule(Duration.ofSeconds(60));

        assertEquals(Duration.ofSeconds(225), rule.required());
        assertDoesNotThrow(() -> rule.enforce(Duration.ofMillis(224_990)), "a few ms under the limit at the start");
        assertEquals("", log.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aShorterLimitFailsWithALogLineNamingBothValuesAndAMetric() {
        TimeoutRule rule = new TimeoutRule(Duration.ofSeconds(60));

        IllegalStateException e = assertThrows(IllegalStateException.class, () -> rule.enforce(Duration.ofSeconds(200)));

        assertTrue(e.getMessage().startsWith("timeout rule violated: SummarizeTimeoutSeconds is 200 s"), e.getMessage());
        assertTrue(e.getMessage().contains("needs 225 s"), e.getMessage());
        String lines = log.toString(StandardCharsets.UTF_8);
        assertTrue(lines.contains("\"message\":\"timeout rule violated"), lines);
        assertTrue(lines.contains("\"Name\":\"TimeoutRuleViolations\""), lines);
    }

    @Test
    void onlyAModelEngineHasTheRule() {
        assertEquals(Optional.empty(), TimeoutRule.fromEnvironment(Map.of()));
        assertEquals(Optional.of(new TimeoutRule(Duration.ofSeconds(90))), TimeoutRule.fromEnvironment(Map.of(
                "BRIEFS_LLM_PROVIDER", "openai", "BRIEFS_LLM_MODEL", "gpt-4o-mini", "BRIEFS_LLM_API_KEY", "key",
                "BRIEFS_LLM_TIMEOUT", "90")));
    }

    @Test
    void theHandlerRefusesEveryInvocationUntilTheLimitHolds() {
        SummarizeHandler handler = new SummarizeHandler(null, null, 5,
                Optional.of(new TimeoutRule(Duration.ofSeconds(60))));
        SQSEvent noRecords = new SQSEvent();
        noRecords.setRecords(List.of());

        assertThrows(IllegalStateException.class, () -> handler.handleRequest(noRecords, remaining(100_000)));
        assertThrows(IllegalStateException.class, () -> handler.handleRequest(noRecords, remaining(100_000)));
        assertEquals(List.of(), handler.handleRequest(noRecords, remaining(300_000)).getBatchItemFailures());
    }

    /** A context that answers only what the rule asks of it. */
    private static Context remaining(int millis) {
        return (Context) Proxy.newProxyInstance(Context.class.getClassLoader(), new Class<?>[]{Context.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getRemainingTimeInMillis" -> millis;
                    case "getAwsRequestId" -> "request";
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}
