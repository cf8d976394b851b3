package dev.briefs.llm;

import dev.briefs.engine.EngineBusyException;
import dev.briefs.brief.BriefContent;
import dev.briefs.llm.ScriptedServer.Reply;
import dev.briefs.llm.openai.OpenAiBackend;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The engine's retry, with its waits recorded instead of spent. */
class RetryTest {

    private final OpenAiProviderTest.OpenAiWire wire = new OpenAiProviderTest.OpenAiWire();
    private final List<Duration> waits = new CopyOnWriteArrayList<>();
    private ScriptedServer server;

    @AfterEach
    void stop() {
        server.close();
    }

    private BriefContent brief(Reply... replies) {
        server = ScriptedServer.replying(replies);
        LlmConfig config = LlmConfig.fromEnvironment(wire.env(server.baseUri()));
        return LlmBriefEngine.builder()
                .backend(OpenAiBackend.create(config, config.apiKey()))
                .fallback(new StubExtractiveEngine())
                .sleeper(waits::add)
                .build()
                .brief(Fixtures.RAIL);
    }

    private Reply good() {
        return wire.answer(Fixtures.railBrief(), 10, 10);
    }

    @Test
    void waitsExactlyAsLongAsRetryAfterSays() {
        BriefContent brief = brief(wire.rateLimited(7), wire.rateLimited(3), good());

        assertEquals(List.of(Duration.ofSeconds(7), Duration.ofSeconds(3)), waits);
        assertEquals(3, brief.engine().attempts());
        assertNull(brief.engine().fallbackReason());
    }

    @Test
    void readsRetryAfterAsAnHttpDateAndRetryAfterMs() {
        String inFiveSeconds = DateTimeFormatter.RFC_1123_DATE_TIME.format(
                ZonedDateTime.now(ZoneOffset.UTC).plusSeconds(5));

        brief(wire.serverError().withHeader("Retry-After", inFiveSeconds),
                wire.rateLimited(9).withHeader("retry-after-ms", "250"), good());

        assertTrue(waits.get(0).compareTo(Duration.ofSeconds(3)) > 0 && waits.get(0).compareTo(Duration.ofSeconds(5)) <= 0,
                waits.toString());
        assertEquals(Duration.ofMillis(250), waits.get(1), "retry-after-ms is the finer of the two");
    }

    @Test
    void backsOffExponentiallyWithJitterWhenTheServerSaysNothing() {
        BriefContent brief = brief(wire.serverError(), Reply.json(503, "{}"), good());

        assertEquals(2, waits.size());
        assertTrue(waits.get(0).toMillis() >= 250 && waits.get(0).toMillis() <= 500, waits.toString());
        assertTrue(waits.get(1).toMillis() >= 500 && waits.get(1).toMillis() <= 1000, waits.toString());
        assertEquals("openai", brief.engine().provider());
    }

    @Test
    void aWaitLongerThanOneCallAffordsIsLeftToTheQueueWithTheFallbackForWhenItCannotWait() {
        EngineBusyException busy = assertThrows(EngineBusyException.class, () -> brief(wire.rateLimited(120), good()));

        assertEquals(List.of(), waits);
        assertEquals(Optional.of(Duration.ofSeconds(120)), busy.retryAfter(), "the wait the server asked for");
        assertTrue(busy.getMessage().contains("rate limited (HTTP 429), and the server asked to wait "
                + "120 s, longer than the 20 s one call waits"), busy.getMessage());
        BriefContent fallback = busy.fallback("the budget is spent");
        assertEquals("extractive", fallback.engine().provider());
        assertTrue(fallback.engine().fallbackReason().contains("failed: busy, rate limited (HTTP 429)")
                && fallback.engine().fallbackReason().endsWith("stopped waiting: the budget is spent"),
                fallback.engine().fallbackReason());
    }

    @Test
    void doesNotRetryAClientError() {
        BriefContent brief = brief(Reply.json(400, "{\"error\":{\"message\":\"Invalid schema for response_format\"}}"),
                good());

        assertEquals(List.of(), waits);
        assertEquals(1, server.requests().size());
        assertEquals("extractive", brief.engine().provider());
        assertTrue(brief.engine().fallbackReason().contains("InvalidRequestException (HTTP 400): "
                + "{\"error\":{\"message\":\"Invalid schema for response_format\"}}"), brief.engine().fallbackReason());
    }

    @Test
    void aServerThatIsNotThereFallsBackAtOnce() {
        server = ScriptedServer.replying(good());
        Map<String, String> env = wire.env(server.baseUri());
        server.close();
        LlmConfig config = LlmConfig.fromEnvironment(env);

        BriefContent brief = LlmBriefEngine.builder().backend(OpenAiBackend.create(config, "k"))
                .fallback(new StubExtractiveEngine()).sleeper(waits::add).build().brief(Fixtures.RAIL);

        assertEquals("extractive", brief.engine().provider());
        assertEquals(1, brief.engine().attempts());
        assertTrue(brief.engine().fallbackReason().contains("ConnectException"), brief.engine().fallbackReason());
    }
}
