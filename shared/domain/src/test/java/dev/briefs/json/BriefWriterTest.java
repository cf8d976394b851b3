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
import dev.briefs.brief.ParsedArticle;
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
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
        Verification checked = new Verification(0, 0, 0, 1,
                List.of(new Verification.DroppedItem("nextStep", "invent", "no sentence says it")), 2,
                List.of(new Verification.Support("nextStep", 0, 0.83), new Verification.Support("trigger", 0, 1.0)));
        Brief evidenced = processing.ready(READ, "t", new BriefContent(
                new HeadlineShift("b", "a", "t", new HeadlineShift.ShiftEvidence(List.of(1), List.of(2, 3), List.of())),
                List.of(new Actor("Ana Ruiz", "chair", Actor.PERSON, 2, List.of(2, 5))),
                List.of(new Quote("Ana Ruiz", "We listened", List.of(4))),
                List.of(new NextStep("", "vote", "", List.of(7))),
                EngineInfo.of("extractive", "extractive-1.0").withVerification(checked)), T);
        for (Brief brief : List.of(processing, ready, failed, extractive, evidenced)) {
            assertEquals(mapperText(brief), BriefJson.write(brief));
        }
    }

    @Test
    void aBriefWrittenBeforeEvidenceReadsAndIsWrittenBackWithoutTheNewFields() {
        String old = "{\"id\":\"b_0123456789abcdef01234567\",\"status\":\"READY\",\"source\":{\"bucket\":\"b\","
                + "\"key\":\"k\",\"etag\":null,\"sha256\":null,\"size\":null,\"contentType\":null},\"title\":\"t\","
                + "\"headlineShift\":{\"before\":\"b\",\"after\":\"a\",\"trigger\":\"t\"},"
                + "\"actors\":[{\"name\":\"Ana Ruiz\",\"role\":\"chair\",\"type\":\"person\",\"mentions\":2}],"
                + "\"quotes\":[{\"speaker\":\"Ana Ruiz\",\"text\":\"We listened\"}],"
                + "\"nextSteps\":[{\"actor\":\"\",\"action\":\"vote\",\"when\":\"\"}],"
                + "\"engine\":{\"provider\":\"extractive\",\"model\":\"extractive-1.0\",\"verification\":"
                + "{\"droppedQuotes\":0,\"droppedActors\":0,\"droppedSpeakers\":0,\"droppedNextSteps\":0,\"dropped\":[]}},"
                + "\"createdAt\":\"2026-11-25T08:00:00Z\",\"updatedAt\":\"2026-11-25T08:00:01Z\"}";
        Brief brief = BriefJson.readBrief(old);
        assertNull(brief.schemaVersion());
        assertNull(brief.actors().getFirst().evidence());
        assertNull(brief.headlineShift().evidence());
        assertEquals(old, BriefJson.write(brief));
        assertEquals(old, mapperText(brief));
    }

    @Test
    void aNewBriefCarriesTheSchemaVersionAndReadsBackEqual() {
        Brief processing = Brief.processing("b_0123456789abcdef01234567", ANNOUNCED, T);
        assertEquals(Brief.SCHEMA_VERSION, processing.schemaVersion());
        Brief ready = processing.ready(READ, "t", new BriefContent(
                new HeadlineShift("b", "a", "t", new HeadlineShift.ShiftEvidence(List.of(1), List.of(2), List.of(2))),
                List.of(new Actor("Ana Ruiz", "chair", Actor.PERSON, 2, List.of(2, 5))),
                List.of(new Quote("Ana Ruiz", "We listened", List.of(4))), List.of(),
                EngineInfo.of("extractive", "extractive-1.0")), T);
        assertTrue(BriefJson.write(ready).startsWith("{\"id\":\"b_0123456789abcdef01234567\",\"schemaVersion\":2,"));
        assertEquals(ready, BriefJson.readBrief(BriefJson.write(ready)));
    }

    @Test
    void aParsedArticleIsWrittenAsTheMapperWritesItAndReadsBack() {
        ParsedArticle article = new ParsedArticle("b_0123456789abcdef01234567", "Title “quoted”",
                List.of(new ParsedArticle.Sentence(1, "Title “quoted”"), new ParsedArticle.Sentence(2, "A <b> \"c\".")));
        assertEquals(mapperText(article), BriefJson.write(article));
        assertEquals(article, BriefJson.readParsedArticle(BriefJson.write(article)));
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
