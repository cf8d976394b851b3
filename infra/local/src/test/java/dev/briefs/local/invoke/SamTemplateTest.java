package dev.briefs.local.invoke;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SamTemplateTest {

    private static final String TEMPLATE = """
            Parameters:
              Memory:
                Type: Number
                Default: 768
              Level:
                Type: String
                Default: WARN
            Globals:
              Function:
                Runtime: java21
                Timeout: 20
                Environment:
                  Variables:
                    LEVEL: !Ref Level
                    SHARED: from-globals
            Resources:
              Table:
                Type: AWS::DynamoDB::Table
              Worker:
                Type: AWS::Serverless::Function
                Properties:
                  Handler: example.Worker::handle
                  MemorySize: !Ref Memory
                  Environment:
                    Variables:
                      SHARED: own
                      TABLE: !Ref Table
                      REGION_AND_STACK: !Sub "${AWS::Region}/${AWS::StackName}/${!Literal}"
                      TABLE_ARN: !GetAtt Table.Arn
                      ARN_IN_SUB: !Sub "${Table.Arn}/index/*"
                      CHOICE: !If [SomeCondition, a, b]
                      COUNT: 3
                      FLAG: true
                  Events:
                    Upload:
                      Type: S3
                      Properties:
                        Bucket: !Ref Bucket
                        Filter: {S3Key: {Rules: [{Name: suffix, Value: .txt}]}}
              Bare:
                Type: AWS::Serverless::Function
                Properties:
                  Handler: example.Bare
            """;

    private final SamTemplate template = SamTemplate.parse(TEMPLATE, "eu-west-1");

    @Test
    void shortFormTagsBecomeTheLongFormCloudFormationSees() {
        Map<?, ?> variables = (Map<?, ?>) ((Map<?, ?>) ((Map<?, ?>) ((Map<?, ?>) template.resources().get("Worker"))
                .get("Properties")).get("Environment")).get("Variables");
        assertEquals(Map.of("Ref", "Table"), variables.get("TABLE"));
        assertEquals(Map.of("Fn::GetAtt", List.of("Table", "Arn")), variables.get("TABLE_ARN"));
        assertEquals(Map.of("Fn::If", List.of("SomeCondition", "a", "b")), variables.get("CHOICE"));
        assertEquals(Map.of("Fn::Sub", "${Table.Arn}/index/*"), variables.get("ARN_IN_SUB"));
    }

    @Test
    void aFunctionGetsTheGlobalsWithItsOwnValuesWinning() {
        FunctionDefinition worker = template.function("Worker");
        assertEquals("java21", worker.runtime());
        assertEquals(20, worker.timeoutSeconds());
        assertEquals("own", worker.environment().get("SHARED"));
        assertEquals("WARN", worker.environment().get("LEVEL"), "globals' variables are merged, not replaced");
        assertEquals(List.of("Worker", "Bare"), template.functionIds());
    }

    @Test
    void valuesResolveAsSamLocalResolvesThem() {
        FunctionDefinition worker = template.function("Worker");
        assertEquals(768, worker.memorySizeMb(), "a parameter's default");
        assertEquals("Table", worker.environment().get("TABLE"), "a resource's logical id");
        assertEquals("eu-west-1/local/${Literal}", worker.environment().get("REGION_AND_STACK"));
        assertEquals("3", worker.environment().get("COUNT"));
        assertEquals("true", worker.environment().get("FLAG"));
        for (String knownOnlyInAws : List.of("TABLE_ARN", "ARN_IN_SUB", "CHOICE")) {
            assertEquals("", worker.environment().get(knownOnlyInAws), knownOnlyInAws);
        }
    }

    @Test
    void handlersAndDefaultsFollowLambda() {
        FunctionDefinition worker = template.function("Worker");
        assertEquals("example.Worker", worker.handlerClass());
        assertEquals("handle", worker.handlerMethod());
        assertEquals("S3", worker.events().getFirst().type());
        FunctionDefinition bare = template.function("Bare");
        assertEquals("handleRequest", bare.handlerMethod());
        assertEquals(128, bare.memorySizeMb());
        assertEquals(20, bare.timeoutSeconds());
    }

    @Test
    void anUnknownFunctionIsReportedWithTheKnownOnes() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> template.function("Table"));
        assertTrue(error.getMessage().contains("Worker, Bare"), error.getMessage());
    }

    @Test
    void duplicateKeysAreRejectedAsCloudFormationRejectsThem() {
        assertThrows(RuntimeException.class, () -> SamTemplate.parse("Resources: {}\nResources: {}\n", "us-east-1"));
    }
}
