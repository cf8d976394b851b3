package dev.briefs.functions.api;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.amazonaws.services.lambda.runtime.tests.annotations.Event;
import com.fasterxml.jackson.databind.JsonNode;
import dev.briefs.aws.AwsClients;
import dev.briefs.aws.AwsSettings;
import dev.briefs.aws.BriefsTable;
import dev.briefs.aws.DynamoBriefRepository;
import dev.briefs.brief.Brief;
import dev.briefs.brief.BriefContent;
import dev.briefs.brief.EngineInfo;
import dev.briefs.brief.HeadlineShift;
import dev.briefs.brief.Source;
import dev.briefs.json.BriefJson;
import dev.briefs.store.BriefIds;
import dev.briefs.store.Sequencers;
import dev.briefs.standins.StandIns;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** The API handler, wired from its environment, fed HTTP API 2.0 events from JSON against dynalite. */
class BriefsApiHandlerIT {

    private static StandIns standIns;
    private static DynamoDbClient dynamo;
    private static BriefsApiHandler handler;

    @BeforeAll
    static void start() {
        standIns = StandIns.shared();
        Map<String, String> env = standIns.functionEnvironment("briefs");
        dynamo = AwsClients.dynamoDb(AwsSettings.fromEnvironment(env));
        dynamo.createTable(BriefsTable.createTableRequest("briefs"));
        dynamo.waiter().waitUntilTableExists(r -> r.tableName("briefs")); // CREATING refuses items until ACTIVE
        DynamoBriefRepository briefs = new DynamoBriefRepository(dynamo, "briefs");
        Instant at = Instant.parse("2026-11-25T08:00:00Z");
        for (String key : List.of("one.txt", "two.txt", "three.txt")) {
            Brief processing = Brief.processing(BriefIds.of("articles", key),
                    new Source("articles", key, "etag", "sha-" + key, 10L, "text/plain"), at);
            briefs.claim(processing, Sequencers.NONE, at.plusSeconds(60), at);
            briefs.complete(processing.ready(processing.source(), "Title " + key, new BriefContent(
                    new HeadlineShift("b", "a", "t"), List.of(), List.of(), List.of(), EngineInfo.of("extractive", "1")),
                    at), Sequencers.NONE);
            at = at.plusSeconds(1);
        }
        handler = new BriefsApiHandler(BriefsApiFunction.create(env));
    }

    @AfterAll
    static void stop() {
        dynamo.close();
    }

    @ParameterizedTest
    @Event(value = "events/get-brief.json", type = APIGatewayV2HTTPEvent.class)
    void getBriefByIdReturnsTheStoredBrief(APIGatewayV2HTTPEvent event) throws IOException {
        APIGatewayV2HTTPResponse response = handler.handleRequest(event, null);
        assertEquals(200, response.getStatusCode());
        assertEquals("application/json", response.getHeaders().get("Content-Type"));
        JsonNode body = BriefJson.mapper().readTree(response.getBody());
        assertEquals(BriefIds.of("articles", "two.txt"), body.get("id").asText());
        assertEquals("Title two.txt", body.get("title").asText());
    }

    @ParameterizedTest
    @Event(value = "events/get-missing-brief.json", type = APIGatewayV2HTTPEvent.class)
    void anUnknownIdIsA404WithAJsonError(APIGatewayV2HTTPEvent event) throws IOException {
        APIGatewayV2HTTPResponse response = handler.handleRequest(event, null);
        assertEquals(404, response.getStatusCode());
        assertEquals("NOT_FOUND", BriefJson.mapper().readTree(response.getBody()).get("error").get("code").asText());
        assertFalse(response.getIsBase64Encoded());
    }

    @ParameterizedTest
    @Event(value = "events/list-briefs.json", type = APIGatewayV2HTTPEvent.class)
    void listingFromABase64EncodedEventPagesNewestFirst(APIGatewayV2HTTPEvent event) throws IOException {
        APIGatewayV2HTTPResponse response = handler.handleRequest(event, null);
        assertEquals(200, response.getStatusCode());
        JsonNode body = BriefJson.mapper().readTree(response.getBody());
        assertEquals(2, body.get("items").size());
        assertEquals("Title three.txt", body.get("items").get(0).get("title").asText());
        assertFalse(body.get("nextCursor").isNull());
    }
}
