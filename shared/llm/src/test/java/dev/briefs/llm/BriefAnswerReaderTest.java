package dev.briefs.llm;

import dev.briefs.brief.Actor;
import dev.briefs.brief.BriefContent;
import dev.briefs.brief.NextStep;
import dev.briefs.brief.Quote;
import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.data.message.AiMessage;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BriefAnswerReaderTest {

    private static final String BRIEF = Fixtures.railBrief();

    private final BriefAnswerReader reader = new BriefAnswerReader();

    private BriefContent read(String text) throws InvalidAnswerException {
        return reader.read(AiMessage.from(text), QuoteCandidates.NONE, 7).brief();
    }

    private String fault(String text) {
        return assertThrows(InvalidAnswerException.class, () -> read(text)).getMessage();
    }

    @Test
    void readsTheBriefsFieldsIntoTheBriefsTypes() throws InvalidAnswerException {
        BriefContent brief = read(BRIEF);

        assertEquals(Fixtures.RAIL_SHIFT, brief.headlineShift());
        assertEquals(Fixtures.RAIL_ACTORS, brief.actors());
        assertEquals(Fixtures.RAIL_QUOTES, brief.quotes());
        assertEquals(Fixtures.RAIL_NEXT_STEPS, brief.nextSteps());
    }

    @Test
    void readsJsonInCodeFencesAfterProseAndInsideAWrapper() throws InvalidAnswerException {
        assertEquals(Fixtures.RAIL_ACTORS, read("Sure! Here is the brief {as asked}:\n```json\n" + BRIEF
                + "\n```\nLet me know if you need more.").actors());
        assertEquals(Fixtures.RAIL_ACTORS, read("{\"brief\": " + BRIEF + "}").actors());
    }

    @Test
    void takesTheToolCallsInputOverTheText() throws InvalidAnswerException {
        AiMessage answer = AiMessage.from("I will call the tool now.", List.of(ToolExecutionRequest.builder()
                .id("t1").name(BriefSchema.TOOL_NAME).arguments(BRIEF).build()));

        assertEquals(Fixtures.RAIL_QUOTES, reader.read(answer, QuoteCandidates.NONE, 7).brief().quotes());
    }

    @Test
    void forgivesTrailingCommasNullOptionalsAndAmericanSpelling() throws InvalidAnswerException {
        BriefContent brief = read("""
                {"headlineShift": {"before": "a", "after": "b", "trigger": null},
                 "actors": [{"name": "Network Rail", "role": null, "type": "Organization"},],
                 "quotes": [{"speaker": "Network Rail", "text": "On time"}],
                 "nextSteps": [{"actor": null, "action": "open the line", "when": null, "extra": 1}]}""");

        assertEquals("", brief.headlineShift().trigger());
        assertEquals(List.of(new Actor("Network Rail", "", Actor.ORGANISATION, 0, List.of())), brief.actors(),
                "a missing evidence list cites nothing: the verifier re-anchors the item");
        assertEquals(List.of(new Quote("Network Rail", "On time", List.of())), brief.quotes());
        assertEquals(List.of(new NextStep("", "open the line", "", List.of())), brief.nextSteps());
    }

    @Test
    void reportsEverySchemaViolationWithItsPath() {
        String fault = fault("""
                {"headlineShift": "approved", "actors": [{"role": "", "type": "minister"}, "Haigh"],
                 "quotes": [{"speaker": "Haigh", "text": 42}]}""");

        assertEquals("the JSON does not match the brief's schema: $.headlineShift must be an object; "
                + "$.actors[0].name is missing; $.actors[0].type must be \"person\" or \"organisation\", was \"minister\"; "
                + "$.actors[1] must be an object; $.quotes[0].text must be a string; $.nextSteps is missing", fault);
    }

    @Test
    void aPickedCandidateGivesItsWordsAndSentencesAndIdsOutOfRangeAreReportedApart() throws InvalidAnswerException {
        QuoteCandidates candidates = QuoteCandidates.of(List.of(new Quote("x", "We have waited long enough,",
                List.of(6))));
        BriefAnswerReader.Draft draft = reader.read(AiMessage.from("""
                {"headlineShift": {"before": "", "after": "", "trigger": "",
                                   "evidence": {"before": [], "after": [0], "trigger": []}},
                 "actors": [{"name": "Andy Burnham", "role": "", "type": "person", "evidence": [5, 99]}],
                 "quotes": [{"candidate": "q1", "speaker": "Andy Burnham", "text": "", "evidence": []},
                            {"candidate": "q7", "speaker": "Andy Burnham", "text": "Own words", "evidence": [6]}],
                 "nextSteps": []}"""), candidates, 7);
        assertEquals(List.of(new Quote("Andy Burnham", "We have waited long enough,", List.of(6)),
                new Quote("Andy Burnham", "Own words", List.of(6))), draft.brief().quotes(),
                "an unknown candidate is no candidate: the words must then be verbatim");
        assertEquals(List.of("$.headlineShift.evidence.after[0] 0", "$.actors[0].evidence[1] 99"), draft.outOfRange());
        assertEquals(List.of(5, 99), draft.brief().actors().getFirst().evidence(), "kept, for the verifier to judge");
        assertTrue(fault("""
                {"headlineShift": {"before": "", "after": "", "trigger": ""}, "quotes": [], "nextSteps": [],
                 "actors": [{"name": "A", "role": "", "type": "person", "evidence": ["three"]}]}""")
                .contains("$.actors[0].evidence[0] must be a sentence id"));
    }

    @Test
    void saysWhenThereIsNoJsonOrItIsBroken() {
        assertEquals("the answer was empty", fault("  "));
        assertEquals("the answer contains no JSON object", fault("I cannot brief this article."));
        assertTrue(fault("{\"headlineShift\": {\"before\": ").startsWith("the answer is not valid JSON: "));
        assertEquals("the answer contains no JSON object", fault("[1, 2, 3]"));
    }
}
