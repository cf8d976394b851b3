package dev.briefs.json;

import dev.briefs.brief.Actor;
import dev.briefs.brief.Brief;
import dev.briefs.brief.BriefContent;
import dev.briefs.brief.BriefError;
import dev.briefs.brief.BriefStatus;
import dev.briefs.brief.EngineInfo;
import dev.briefs.brief.FailureCode;
import dev.briefs.brief.HeadlineShift;
import dev.briefs.brief.NextStep;
import dev.briefs.brief.Publication;
import dev.briefs.brief.Quote;
import dev.briefs.brief.Source;
import dev.briefs.brief.Verification;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The streaming writer against the ObjectMapper: the same text for every shape a brief takes. */
class BriefWriterTest {

    private static final Instant T = Instant.parse("2026-11-25T08:00:00.123456789Z");
    private static final Source ANNOUNCED = new Source("bucket", "news/a b+ü.txt", "etag", null, null, null);
    private static final Source READ = new Source("bucket", "news/a b+ü.txt", "etag", "ab".repeat(32), 1234L,
            "text/plain");

    @Test
    void processingReadyAndFailedBriefsAreWrittenAsTheMapperWritesThem() {
        Brief processing = Brief.processing("b_0123456789abcdef01234567", ANNOUNCED, T);
        EngineInfo llm = new EngineInfo("openai", "llama3.1", "the model timed out", 1200L, 900, 150, 3,
                new Verification(1, 1, 0, 0, List.of(new Verification.DroppedItem("quote", "“x”", "not in \"body\""))));
        Brief ready = processing.ready(READ, "Title with “quotes” and <tags>", new BriefContent(
                        new HeadlineShift("before", null, "trigger"),
                        List.of(new Actor("Ana Ruiz", "chair", Actor.PERSON, 2), new Actor("Port", null, null, 0)),
                        List.of(new Quote("Ana Ruiz", "We listened\nto them")),
                        List.of(new NextStep(null, "vote", "March 3")), llm), T.plusSeconds(1))
                .withPublished(new Publication("Jane Roe", "2026-11-20", null, "https://example.com/a"));
        Brief failed = processing.failed(READ, BriefError.of(FailureCode.EMPTY_FILE, "The file is empty."),
                T.plusSeconds(2));
        Brief extractive = processing.ready(READ, "t", new BriefContent(HeadlineShift.EMPTY, List.of(), List.of(),
                List.of(), EngineInfo.of("extractive", "extractive-1.0").withLatency(3)), T);
        for (Brief brief : List.of(processing, ready, failed, extractive)) {
            assertEquals(mapperText(brief), BriefJson.write(brief));
        }
    }

    @Test
    void plainValuesAreWrittenAsJson() {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("a", 1);
        value.put("b", Arrays.asList(true, null, "x"));
        value.put("c", Map.of("d", 2.5));
        value.put("e", BriefStatus.READY);
        assertEquals("{\"a\":1,\"b\":[true,null,\"x\"],\"c\":{\"d\":2.5},\"e\":\"READY\"}", JsonText.of(value));
    }

    @Test
    void briefsInsidePlainValuesAreWrittenAsTheMapperWritesThem() {
        Brief processing = Brief.processing("b_0123456789abcdef01234567", ANNOUNCED, T);
        Brief failed = processing.failed(READ, BriefError.of(FailureCode.EMPTY_FILE, "The file is empty."), T);
        Map<String, Object> page = new LinkedHashMap<>();
        page.put("items", List.of(processing, failed));
        page.put("nextCursor", null);
        assertEquals(mapperText(page), JsonText.of(page));
    }

    private static String mapperText(Object value) {
        try {
            return BriefJson.mapper().writeValueAsString(value);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
