package dev.briefs.aws;

import dev.briefs.standins.StandIns;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import java.util.Map;
import java.util.UUID;

/**
 * A briefs table of its own on the shared stand-ins, for one test class, with the SDK client that reaches it.
 *
 * @param dynamo a client of the stand-in DynamoDB
 * @param name   the table's name
 */
record FreshTable(DynamoDbClient dynamo, String name) {

    static FreshTable create() {
        StandIns standIns = StandIns.shared();
        AwsSettings settings = AwsSettings.local(StandIns.REGION, StandIns.ACCESS_KEY_ID, StandIns.SECRET_ACCESS_KEY,
                Map.of("S3", standIns.s3Endpoint(), "DYNAMODB", standIns.dynamoDbEndpoint()));
        DynamoDbClient dynamo = AwsClients.dynamoDb(settings);
        String name = "briefs-" + UUID.randomUUID();
        dynamo.createTable(BriefsTable.createTableRequest(name));
        // A table is CREATING until it is ACTIVE, even on the stand-in, and refuses items until then: one CI run
        // under load failed its first write with ResourceNotFound.
        dynamo.waiter().waitUntilTableExists(request -> request.tableName(name));
        return new FreshTable(dynamo, name);
    }

    DynamoBriefRepository repository() {
        return new DynamoBriefRepository(dynamo, name);
    }
}
