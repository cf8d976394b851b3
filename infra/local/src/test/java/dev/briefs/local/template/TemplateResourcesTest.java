package dev.briefs.local.template;

import dev.briefs.api.BriefsApi;
import dev.briefs.aws.BriefsTable;
import dev.briefs.json.BriefJson;
import dev.briefs.local.invoke.FunctionDefinition;
import dev.briefs.local.BriefEvents;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static dev.briefs.local.template.ProjectTemplate.TEMPLATE;
import static dev.briefs.local.template.ProjectTemplate.list;
import static dev.briefs.local.template.ProjectTemplate.map;
import static dev.briefs.local.template.ProjectTemplate.properties;
import static dev.briefs.local.template.ProjectTemplate.ref;
import static dev.briefs.local.template.ProjectTemplate.resource;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The bucket, the table, the queues and the HTTP API, against what the code expects of them. */
class TemplateResourcesTest {

    @Test
    void theTableIsTheOneBriefsTableDefines() {
        Map<String, Object> table = properties("BriefsTable");
        assertEquals(TableShape.of(BriefsTable.createTableRequest("briefs")), TableShape.of(table));
        assertEquals(Map.of("PointInTimeRecoveryEnabled", true), table.get("PointInTimeRecoverySpecification"));
        assertEquals(Map.of("SSEEnabled", true), table.get("SSESpecification"));
    }

    @Test
    void everyChangeToTheBucketIsQueuedWithoutFilters() {
        Map<String, Object> bucket = properties("ArticlesBucket");
        List<Object> notifications = list(map(bucket.get("NotificationConfiguration")).get("QueueConfigurations"));
        assertEquals(Set.of("s3:ObjectCreated:*", "s3:ObjectRemoved:*"),
                notifications.stream().map(n -> map(n).get("Event")).collect(Collectors.toSet()));
        for (Object notification : notifications) {
            assertEquals(Map.of("Fn::GetAtt", List.of("UploadQueue", "Arn")), map(notification).get("Queue"));
            assertTrue(!map(notification).containsKey("Filter"), "no suffix filter: the function decides by content");
        }
        assertEquals("UploadQueuePolicy", resource("ArticlesBucket").get("DependsOn"),
                "S3 checks its permission when the notification is configured");
        Map<String, Object> allow = map(list(map(properties("UploadQueuePolicy").get("PolicyDocument"))
                .get("Statement")).getFirst());
        assertEquals(Map.of("Service", "s3.amazonaws.com"), allow.get("Principal"));
        assertEquals("sqs:SendMessage", allow.get("Action"));
    }

    @Test
    void theUploadQueueHidesADeliveryForLongerThanAnInvocationAndRedrivesToTheDeadLetterQueue() {
        Map<String, Object> queue = properties("UploadQueue");
        assertEquals(ref("QueueVisibilityTimeoutSeconds"), queue.get("VisibilityTimeout"));
        assertTrue((Integer) ProjectTemplate.parameter("QueueVisibilityTimeoutSeconds").get("Default")
                >= 6 * (Integer) ProjectTemplate.parameter("SummarizeTimeoutSeconds").get("Default"),
                "AWS advises six times the function's time limit");
        assertTrue((Integer) ProjectTemplate.parameter("QueueVisibilityTimeoutSeconds").get("MinValue")
                >= (Integer) ProjectTemplate.parameter("SummarizeTimeoutSeconds").get("MinValue"));
        assertEquals(Map.of("deadLetterTargetArn", Map.of("Fn::GetAtt", List.of("SummarizeDeadLetterQueue", "Arn")),
                "maxReceiveCount", ref("MaxReceiveCount")), queue.get("RedrivePolicy"));
        assertTrue((Integer) queue.get("MessageRetentionPeriod")
                > (Integer) ProjectTemplate.parameter("RateLimitBudgetSeconds").get("Default"),
                "an event outlives its wait for a rate-limited model");
        assertEquals(true, queue.get("SqsManagedSseEnabled"));
        assertEquals(true, properties("SummarizeDeadLetterQueue").get("SqsManagedSseEnabled"));
    }

    @Test
    void theBucketsAreEncryptedPrivateAndTlsOnly() {
        for (String bucket : List.of("ArticlesBucket", "DerivedDataBucket")) {
            assertEncryptedPrivateAndTlsOnly(bucket);
        }
    }

    @Test
    void parsedArticlesAreKeptInTheirOwnBucketWhichTriggersNothing() {
        Map<String, Object> globals = map(map(TEMPLATE.document().get("Globals")).get("Function"));
        assertEquals(ref("DerivedDataBucket"),
                map(map(globals.get("Environment")).get("Variables")).get("BRIEFS_DERIVED_BUCKET"));
        assertFalse(properties("DerivedDataBucket").containsKey("NotificationConfiguration"),
                "a parsed article written to its bucket must not come back as an upload");
    }

    private static void assertEncryptedPrivateAndTlsOnly(String name) {
        Map<String, Object> bucket = properties(name);
        assertEquals("AES256", map(map(map(list(map(bucket.get("BucketEncryption"))
                .get("ServerSideEncryptionConfiguration")).getFirst()).get("ServerSideEncryptionByDefault")))
                .get("SSEAlgorithm"));
        assertEquals(Map.of("BlockPublicAcls", true, "BlockPublicPolicy", true, "IgnorePublicAcls", true,
                "RestrictPublicBuckets", true), bucket.get("PublicAccessBlockConfiguration"));
        Map<String, Object> policy = properties(name + "Policy");
        assertEquals(ref(name), policy.get("Bucket"));
        Map<String, Object> denial = map(list(map(policy.get("PolicyDocument")).get("Statement")).getFirst());
        assertEquals("Deny", denial.get("Effect"));
        assertEquals("s3:*", denial.get("Action"));
        assertEquals(Map.of("Bool", Map.of("aws:SecureTransport", "false")), denial.get("Condition"));
    }

    /**
     * The deployed API routes what the local API serves: every path of the API's own contract (openapi.json), the
     * pages' front door included, with authorisation on all but the two the API serves without a token.
     */
    @Test
    void theApiRoutesEveryPathOfItsContractWithAuthorisationExceptOnHealthAndTheContract() throws Exception {
        Map<String, String> routes = new LinkedHashMap<>();
        for (FunctionDefinition.EventSource event : TEMPLATE.function("BriefsApiFunction").events()) {
            assertEquals("HttpApi", event.type());
            assertEquals(ref("BriefsHttpApi"), event.properties().get("ApiId"));
            routes.put(event.properties().get("Method") + " " + event.properties().get("Path"), event.name());
        }
        Set<String> contract = new TreeSet<>();
        try (InputStream in = BriefsApi.class.getResourceAsStream("openapi.json")) {
            BriefJson.mapper().readTree(in).get("paths").fieldNames().forEachRemaining(contract::add);
        }
        assertEquals(contract, new TreeSet<>(routes.keySet().stream().map(route -> route.substring(4)).toList()));
        assertTrue(routes.keySet().stream().allMatch(route -> route.startsWith("GET ")), routes::toString);

        Map<String, Object> openApi = map(properties("BriefsHttpApi").get("DefinitionBody"));
        Map<String, Object> paths = map(openApi.get("paths"));
        assertEquals(contract, new TreeSet<>(paths.keySet()));
        Set<String> open = Set.of("/health", "/openapi.json");
        contract.stream().filter(path -> !open.contains(path)).forEach(path -> assertEquals(
                List.of(Map.of("briefsAuth", List.of())), map(map(paths.get(path)).get("get")).get("security"),
                path + " requires authorisation"));
        open.forEach(path -> assertEquals(List.of(), map(map(paths.get(path)).get("get")).get("security"), path));
    }

    @Test
    void authModeChoosesBetweenIamAndAJwtAuthoriser() {
        Map<String, Object> openApi = map(properties("BriefsHttpApi").get("DefinitionBody"));
        List<Object> choice = list(map(map(map(openApi.get("components")).get("securitySchemes"))
                .get("briefsAuth")).get("Fn::If"));
        assertEquals("UseJwt", choice.get(0));
        Map<String, Object> jwt = map(map(choice.get(1)).get("x-amazon-apigateway-authorizer"));
        assertEquals("jwt", jwt.get("type"));
        assertEquals(Map.of("issuer", ref("JwtIssuer"), "audience", ref("JwtAudience")), jwt.get("jwtConfiguration"));
        assertEquals("awsSigv4", map(choice.get(2)).get("x-amazon-apigateway-authtype"));
        assertEquals(Map.of("Fn::Equals", List.of(ref("AuthMode"), "JWT")),
                map(TEMPLATE.document().get("Conditions")).get("UseJwt"));
        assertEquals("IAM", ProjectTemplate.parameter("AuthMode").get("Default"), "authorisation is on by default");
    }

    @Test
    void theApiIsThrottledAndAllowsTheConfiguredOrigins() {
        Map<String, Object> api = properties("BriefsHttpApi");
        assertEquals(Map.of("ThrottlingRateLimit", ref("ApiThrottlingRateLimit"),
                "ThrottlingBurstLimit", ref("ApiThrottlingBurstLimit")), api.get("DefaultRouteSettings"));
        List<Object> cors = list(map(map(api.get("DefinitionBody")).get("x-amazon-apigateway-cors")).get("Fn::If"));
        assertEquals("HasCors", cors.get(0));
        assertEquals(ref("CorsAllowedOrigins"), map(cors.get(1)).get("allowOrigins"));
        assertEquals(ref("AWS::NoValue"), cors.get(2));
    }

    @Test
    void everyFinalStatusIsAnEventOnTheBusWithTheDetailTheLocalStackWrites() {
        Map<String, String> detailTypes = Map.of("BriefReadyPipe", "READY", "BriefFailedPipe", "FAILED");
        detailTypes.forEach((pipe, status) -> {
            Map<String, Object> properties = properties(pipe);
            assertEquals(Map.of("Fn::GetAtt", List.of("BriefsTable", "StreamArn")), properties.get("Source"));
            assertEquals(Map.of("Fn::GetAtt", List.of("BriefsEventBus", "Arn")), properties.get("Target"));
            Map<String, Object> target = map(properties.get("TargetParameters"));
            Map<String, Object> bus = map(target.get("EventBridgeEventBusParameters"));
            assertEquals(status.equals("READY") ? "Brief Ready" : "Brief Failed", bus.get("DetailType"));
            assertEquals(BriefEvents.SOURCE, bus.get("Source"));
            String template = (String) target.get("InputTemplate");
            List<String> fields = new ArrayList<>();
            Matcher field = Pattern.compile("\"(\\w+)\": ").matcher(template);
            while (field.find()) {
                fields.add(field.group(1));
            }
            assertEquals(BriefEvents.DETAIL_FIELDS, fields, pipe);
            String filter = String.valueOf(list(map(map(properties.get("SourceParameters")).get("FilterCriteria"))
                    .get("Filters")).stream().map(f -> map(f).get("Pattern")).toList());
            assertTrue(filter.contains("[\"" + status + "\"]"), filter);
        });
        assertEquals("NEW_IMAGE", map(properties("BriefsTable").get("StreamSpecification")).get("StreamViewType"));
    }

    @Test
    void theOutputsNameTheApiTheBucketAndTheTable() {
        Map<String, Object> outputs = map(TEMPLATE.document().get("Outputs"));
        assertTrue(String.valueOf(map(map(outputs.get("ApiUrl")).get("Value")).get("Fn::Sub"))
                .contains("${BriefsHttpApi}.execute-api."));
        assertEquals(ref("ArticlesBucket"), map(outputs.get("ArticlesBucketName")).get("Value"));
        assertEquals(ref("BriefsTable"), map(outputs.get("BriefsTableName")).get("Value"));
    }
}
