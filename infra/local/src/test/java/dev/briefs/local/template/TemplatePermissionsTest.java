package dev.briefs.local.template;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static dev.briefs.local.template.ProjectTemplate.TEMPLATE;
import static dev.briefs.local.template.ProjectTemplate.list;
import static dev.briefs.local.template.ProjectTemplate.map;
import static dev.briefs.local.template.ProjectTemplate.properties;
import static dev.briefs.local.template.ProjectTemplate.ref;
import static dev.briefs.local.template.ProjectTemplate.resourcesOfType;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Least privilege: what each function's role may do, and on what. */
class TemplatePermissionsTest {

    /** X-Ray's actions take no resource-level permissions: AWS requires Resource "*" for them. */
    private static final Set<String> ACTIONS_AWS_ALLOWS_ONLY_ON_EVERY_RESOURCE =
            Set.of("xray:PutTraceSegments", "xray:PutTelemetryRecords");
    private static final String ARTICLES = "${ArticlesBucket.Arn}/*";
    private static final String PARSED_ARTICLES = "${DerivedDataBucket.Arn}/*";
    private static final String TABLE_INDEXES = "${BriefsTable.Arn}/index/*";
    private static final String MODELS_OF_AN_INFERENCE_PROFILE = "arn:${AWS::Partition}:bedrock:*::foundation-model/*";

    /**
     * An Allow statement of one of the template's IAM policies.
     *
     * @param role      the role it is attached to
     * @param condition the template condition it is included under, or null when always
     * @param body      the statement
     */
    private record Statement(String role, String condition, Map<String, Object> body) {

        Set<String> actions() {
            return list(body.get("Action")).stream().map(String.class::cast).collect(Collectors.toSet());
        }

        /** Resources as text: {@code ${Resource.Arn}} for !GetAtt, {@code ${Name}} for !Ref, !Sub as written. */
        List<String> resources() {
            return list(body.get("Resource")).stream().map(TemplatePermissionsTest::text).toList();
        }

        boolean touches(String service) {
            return actions().stream().anyMatch(action -> action.startsWith(service + ":"));
        }
    }

    @Test
    void theOnlyResourceWildcardsAreOnesAwsRequiresOrConfinedToOneResource() {
        for (Statement statement : statements()) {
            assertTrue(statement.actions().stream().noneMatch(action -> action.contains("*")),
                    "wildcard action in " + statement);
            for (String resource : statement.resources()) {
                if (resource.equals("*")) {
                    assertTrue(ACTIONS_AWS_ALLOWS_ONLY_ON_EVERY_RESOURCE.containsAll(statement.actions()),
                            "Resource \"*\" for " + statement.actions());
                } else if (resource.equals(MODELS_OF_AN_INFERENCE_PROFILE)) {
                    assertTrue(map(map(statement.body().get("Condition")).get("StringEquals"))
                            .containsKey("bedrock:InferenceProfileArn"), "any model, only through the profile");
                } else if (resource.contains("*")) {
                    assertTrue(Set.of(ARTICLES, PARSED_ARTICLES, TABLE_INDEXES).contains(resource),
                            "wildcard resource " + resource);
                }
            }
        }
    }

    @Test
    void theSummarizeFunctionReadsArticlesAndCannotWriteTheBucketThatTriggersIt() {
        assertEquals(Set.of("s3:GetObject", "s3:GetObjectVersion", "s3:ListBucket"),
                s3Actions("SummarizeRole", "ArticlesBucket"));
    }

    @Test
    void theSummarizeFunctionKeepsParsedArticlesAndTheApiOnlyReadsThem() {
        assertEquals(Set.of("s3:PutObject", "s3:DeleteObject", "s3:ListBucket"),
                s3Actions("SummarizeRole", "DerivedDataBucket"));
        assertEquals(Set.of("s3:GetObject", "s3:ListBucket"), s3Actions("BriefsApiRole", "DerivedDataBucket"));
        for (String role : List.of("SummarizeRole", "BriefsApiRole")) {
            for (Statement statement : statements(role)) {
                if (statement.touches("s3")) {
                    assertTrue(statement.resources().stream().allMatch(resource -> resource.startsWith(
                            "${ArticlesBucket.") || resource.startsWith("${DerivedDataBucket.")), statement.toString());
                }
            }
        }
    }

    /** The S3 actions a role may take on one bucket or its objects. */
    private static Set<String> s3Actions(String role, String bucket) {
        Set<String> s3 = new TreeSet<>();
        for (Statement statement : statements(role)) {
            if (statement.touches("s3") && statement.resources().stream()
                    .allMatch(resource -> resource.startsWith("${" + bucket + "."))) {
                s3.addAll(statement.actions());
            }
        }
        return s3;
    }

    @Test
    void theSummarizeFunctionWritesBriefsTheSweeperReleasesClaimsAndTheApiOnlyReadsThem() {
        assertEquals(Set.of("dynamodb:GetItem", "dynamodb:PutItem", "dynamodb:UpdateItem", "dynamodb:DeleteItem",
                "dynamodb:Query", "dynamodb:BatchWriteItem"), actions("SummarizeRole", "dynamodb"));
        assertEquals(Set.of("dynamodb:Query", "dynamodb:UpdateItem"), actions("SweepRole", "dynamodb"));
        assertEquals(Set.of("dynamodb:GetItem", "dynamodb:Query", "dynamodb:BatchGetItem"),
                actions("BriefsApiRole", "dynamodb"));
        for (Statement statement : statements()) {
            if (statement.touches("dynamodb") && !statement.role().equals("BriefEventsPipeRole")) {
                assertEquals(List.of("${BriefsTable.Arn}", TABLE_INDEXES), statement.resources());
            }
        }
    }

    @Test
    void theNotificationPipesReadTheTableStreamAndPublishToTheBriefsBusOnly() {
        List<Statement> statements = statements("BriefEventsPipeRole");
        assertEquals(Set.of("dynamodb", "events"), statements.stream().flatMap(s -> s.actions().stream())
                .map(action -> action.substring(0, action.indexOf(':'))).collect(Collectors.toSet()));
        for (Statement statement : statements) {
            assertEquals(List.of(statement.touches("events") ? "${BriefsEventBus.Arn}" : "${BriefsTable.StreamArn}"),
                    statement.resources());
        }
        assertEquals(Set.of("events:PutEvents"), actions("BriefEventsPipeRole", "events"));
    }

    void theSummarizeFunctionConsumesTheUploadQueueOnlyAndTheSweeperOnlySendsToIt() {
        List<Statement> consumes = statements("SummarizeRole").stream().filter(s -> s.touches("sqs")).toList();
        assertEquals(1, consumes.size());
        assertEquals(Set.of("sqs:ReceiveMessage", "sqs:DeleteMessage", "sqs:GetQueueAttributes",
                "sqs:ChangeMessageVisibility"), consumes.getFirst().actions());
        assertEquals(List.of("${UploadQueue.Arn}"), consumes.getFirst().resources());
        List<Statement> sends = statements("SweepRole").stream().filter(s -> s.touches("sqs")).toList();
        assertEquals(1, sends.size());
        assertEquals(Set.of("sqs:SendMessage"), sends.getFirst().actions());
        assertEquals(List.of("${UploadQueue.Arn}"), sends.getFirst().resources());
    }

    @Test
    void theLlmKeySecretIsReadableOnlyWhenConfiguredAndOnlyThatSecret() {
        List<Statement> reads = statements("SummarizeRole").stream().filter(s -> s.touches("secretsmanager")).toList();
        assertEquals(1, reads.size());
        assertEquals("HasLlmApiKeySecret", reads.getFirst().condition());
        assertEquals(Set.of("secretsmanager:GetSecretValue"), reads.getFirst().actions());
        assertEquals(List.of("${LlmApiKeySecretArn}"), reads.getFirst().resources());
        assertEquals(Map.of("Fn::Not", List.of(Map.of("Fn::Equals", List.of(ref("LlmApiKeySecretArn"), "")))),
                map(TEMPLATE.document().get("Conditions")).get("HasLlmApiKeySecret"));
    }

    @Test
    void bedrockIsCallableOnlyWithTheBedrockProviderAndOnlyForTheConfiguredModel() {
        List<Statement> invokes = statements("SummarizeRole").stream().filter(s -> s.touches("bedrock")).toList();
        assertFalse(invokes.isEmpty());
        for (Statement invoke : invokes) {
            assertEquals("UseBedrock", invoke.condition());
            // The Converse API is authorised by bedrock:InvokeModel.
            assertEquals(Set.of("bedrock:InvokeModel"), invoke.actions());
            String scope = invoke.resources().equals(List.of(MODELS_OF_AN_INFERENCE_PROFILE))
                    ? text(map(map(invoke.body().get("Condition")).get("StringEquals"))
                    .get("bedrock:InferenceProfileArn"))
                    : String.join(" ", invoke.resources());
            assertTrue(scope.contains("/${LlmModel}"), scope);
        }
        assertEquals(Map.of("Fn::Equals", List.of(ref("LlmProvider"), "bedrock")),
                map(TEMPLATE.document().get("Conditions")).get("UseBedrock"));
    }

    @Test
    void theApiRoleOnlyReadsBriefsAndTheirArticlesAndWritesItsLogs() {
        Set<String> services = statements("BriefsApiRole").stream().flatMap(s -> s.actions().stream())
                .map(action -> action.substring(0, action.indexOf(':'))).collect(Collectors.toSet());
        assertEquals(Set.of("dynamodb", "logs", "s3", "xray"), services);
    }

    @Test
    void eachFunctionRunsWithItsOwnRoleLoggingToItsOwnLogGroup() {
        Map<String, String> roles = Map.of("SummarizeFunction", "SummarizeRole", "BriefsApiFunction", "BriefsApiRole");
        roles.forEach((function, role) -> {
            Map<String, Object> properties = properties(function);
            assertEquals(Map.of("Fn::GetAtt", List.of(role, "Arn")), properties.get("Role"));
            assertFalse(properties.containsKey("Policies"), "SAM would generate a role with managed policies");
            String logGroup = (String) map(map(properties.get("LoggingConfig")).get("LogGroup")).get("Ref");
            List<Statement> logs = statements(role).stream().filter(s -> s.touches("logs")).toList();
            assertEquals(1, logs.size());
            assertEquals(List.of("${" + logGroup + ".Arn}"), logs.getFirst().resources());
            Map<String, Object> trust = map(list(map(properties(role).get("AssumeRolePolicyDocument"))
                    .get("Statement")).getFirst());
            assertEquals(Map.of("Service", "lambda.amazonaws.com"), trust.get("Principal"));
        });
    }

    private static Set<String> actions(String role, String service) {
        return statements(role).stream().filter(s -> s.touches(service)).flatMap(s -> s.actions().stream())
                .collect(Collectors.toSet());
    }

    private static List<Statement> statements(String role) {
        return statements().stream().filter(statement -> statement.role().equals(role)).toList();
    }

    /** Every Allow statement of the roles' inline policies and of the policies attached to them. */
    private static List<Statement> statements() {
        List<Statement> statements = new ArrayList<>();
        for (String role : resourcesOfType("AWS::IAM::Role")) {
            list(properties(role).get("Policies")).forEach(policy ->
                    collect(role, map(map(policy).get("PolicyDocument")), statements));
        }
        for (String policy : resourcesOfType("AWS::IAM::RolePolicy")) {
            String role = (String) map(properties(policy).get("RoleName")).get("Ref");
            collect(role, map(properties(policy).get("PolicyDocument")), statements);
        }
        assertTrue(resourcesOfType("AWS::IAM::Policy").isEmpty() && resourcesOfType("AWS::IAM::ManagedPolicy")
                .isEmpty(), "policies are inline, so every one is checked here");
        assertFalse(statements.isEmpty());
        return statements;
    }

    private static void collect(String role, Map<String, Object> document, List<Statement> statements) {
        for (Object entry : list(document.get("Statement"))) {
            Map<String, Object> statement = map(entry);
            String condition = null;
            if (statement.containsKey("Fn::If")) {
                List<Object> choice = list(statement.get("Fn::If"));
                assertEquals(ref("AWS::NoValue"), choice.get(2), "a conditional statement is granted or absent");
                condition = (String) choice.get(0);
                statement = map(choice.get(1));
            }
            assertEquals("Allow", statement.get("Effect"), "roles only allow");
            statements.add(new Statement(role, condition, statement));
        }
    }

    private static String text(Object value) {
        Map<String, Object> function = map(value);
        if (function.containsKey("Fn::GetAtt")) {
            return "${" + String.join(".", list(function.get("Fn::GetAtt")).stream().map(String.class::cast)
                    .toList()) + "}";
        }
        if (function.containsKey("Ref")) {
            return "${" + function.get("Ref") + "}";
        }
        return String.valueOf(function.getOrDefault("Fn::Sub", value));
    }
}
