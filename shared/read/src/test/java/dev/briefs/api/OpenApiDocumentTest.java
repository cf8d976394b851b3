package dev.briefs.api;

import com.fasterxml.jackson.databind.JsonNode;
import dev.briefs.brief.Actor;
import dev.briefs.brief.Brief;
import dev.briefs.brief.BriefError;
import dev.briefs.brief.BriefStatus;
import dev.briefs.brief.EngineInfo;
import dev.briefs.brief.FailureCode;
import dev.briefs.brief.HeadlineShift;
import dev.briefs.brief.NextStep;
import dev.briefs.brief.Quote;
import dev.briefs.brief.Source;
import dev.briefs.brief.Verification;
import dev.briefs.json.BriefJson;
import dev.briefs.story.ActorNames;
import dev.briefs.story.ActorPage;
import dev.briefs.story.RelatedBrief;
import dev.briefs.story.RelatedBriefs;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The OpenAPI document against the code it describes: the schemas name exactly the fields of the records, the enums
 * and limits are the code's, and every reference resolves. (Real responses are validated against it end to end in
 * infra/local's OpenApiContractIT.)
 */
class OpenApiDocumentTest {

    private final JsonNode document = read();

    @Test
    void itIsOpenApi31AndEveryReferenceResolves() {
        assertTrue(document.get("openapi").asText().startsWith("3.1."));
        List<String> references = new ArrayList<>();
        collectReferences(document, references);
        assertFalse(references.isEmpty());
        for (String reference : references) {
            assertTrue(reference.startsWith("#/"), reference);
            assertFalse(document.at(reference.substring(1)).isMissingNode(), "unresolved " + reference);
        }
    }

    @Test
    void schemasNameExactlyTheFieldsOfTheRecords() {
        Map<String, Class<? extends Record>> records = Map.of("Source", Source.class,
                "HeadlineShift", HeadlineShift.class, "Actor", Actor.class, "Quote", Quote.class,
                "NextStep", NextStep.class, "EngineInfo", EngineInfo.class, "Verification", Verification.class,
                "BriefError", BriefError.class, "Publication", dev.briefs.brief.Publication.class);
        records.forEach((schema, type) -> assertEquals(fields(type), properties(schema("/" + schema)), schema));
        assertEquals(Map.of("RelatedBrief", fields(RelatedBrief.class), "ActorPage", fields(ActorPage.class),
                        "ActorBrief", fields(ActorPage.Appearance.class), "ActorQuote", fields(ActorPage.Said.class)),
                Map.of("RelatedBrief", properties(schema("/RelatedBrief")), "ActorPage", properties(schema("/ActorPage")),
                        "ActorBrief", properties(schema("/ActorBrief")), "ActorQuote", properties(schema("/ActorQuote"))));
        assertEquals(fields(Verification.DroppedItem.class),
                properties(schema("/Verification/properties/dropped/items")));
        assertEquals(fields(Verification.Support.class), properties(schema("/Verification/properties/support/items")));
        assertEquals(fields(HeadlineShift.ShiftEvidence.class),
                properties(schema("/HeadlineShift/properties/evidence")));
        assertEquals(fields(dev.briefs.brief.ParsedArticle.class), properties(schema("/ParsedArticle")));
        assertEquals(fields(dev.briefs.brief.ParsedArticle.Sentence.class),
                properties(schema("/ParsedArticle/properties/sentences/items")));
    }

    @Test
    void enumsAreTheCodes() {
        assertEquals(names(BriefStatus.values()), values(schema("/BriefStatus/enum")));
        assertEquals(names(FailureCode.values()), values(schema("/BriefError/properties/code/enum")));
        assertEquals(Set.of(Actor.PERSON, Actor.ORGANISATION), values(schema("/Actor/properties/type/enum")));
    }

    @Test
    void parameterLimitsAreTheApisLimits() {
        JsonNode limit = document.at("/components/parameters/limit/schema");
        assertEquals(1, limit.get("minimum").asInt());
        assertEquals(BriefEndpoints.MAX_LIMIT, limit.get("maximum").asInt());
        assertEquals(BriefEndpoints.DEFAULT_LIMIT, limit.get("default").asInt());
        assertEquals(BriefEndpoints.MAX_KEY_LENGTH, document.at("/components/parameters/key/schema/maxLength").asInt());
        assertTrue("b_0123456789abcdef01234567".matches(
                document.at("/components/parameters/id/schema/pattern").asText()));
    }

    @Test
    void theBriefSchemaIsTheRecordPlusTheRelatedBriefsTheApiAdds() {
        Set<String> served = new TreeSet<>(fields(Brief.class));
        served.add("related");
        assertEquals(served, properties(schema("/Brief")));
        assertEquals(names(BriefStatus.values()), values(document.at("/components/parameters/status/schema/enum")));
        assertEquals(ActorNames.MAX_LENGTH, document.at("/components/parameters/actor/schema/maxLength").asInt());
        assertEquals(ActorNames.MAX_LENGTH, document.at("/components/parameters/actorName/schema/maxLength").asInt());
        assertEquals(RelatedBriefs.MAX_RELATED, schema("/RelatedBriefs/properties/items/maxItems").asInt());
    }

    private JsonNode schema(String pointer) {
        return document.at("/components/schemas" + pointer);
    }

    private static Set<String> fields(Class<? extends Record> type) {
        return Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> properties(JsonNode schema) {
        Set<String> names = new TreeSet<>();
        schema.get("properties").fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static Set<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> values(JsonNode array) {
        Set<String> values = new TreeSet<>();
        array.forEach(value -> values.add(value.asText()));
        return values;
    }

    private static void collectReferences(JsonNode node, List<String> references) {
        if (node.isObject() && node.has("$ref")) {
            references.add(node.get("$ref").asText());
        }
        node.forEach(child -> collectReferences(child, references));
    }

    private static JsonNode read() {
        try (InputStream in = BriefsApi.class.getResourceAsStream(Router.OPENAPI_RESOURCE)) {
            return BriefJson.mapper().readTree(in);
        } catch (Exception e) {
            throw new AssertionError("openapi.json does not parse", e);
        }
    }
}
