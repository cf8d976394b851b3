package dev.briefs.local.invoke;

import software.amazon.awssdk.auth.credentials.EnvironmentVariableCredentialsProvider;
import software.amazon.awssdk.core.ResponseBytes;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;

import java.net.URI;
import java.util.Map;

/**
 * The cold-start baseline: a bare program, run from the function's own jar, that builds the same SDK clients (same
 * HTTP client, region and credentials), reads the same object (s3 mode) and makes one DynamoDB call, then prints the
 * epoch millisecond at which it finished. Arguments: MODE (s3 or dynamodb) BUCKET KEY TABLE ID. It runs against
 * stand-ins, whose endpoints it takes from AWS_ENDPOINT_URL_S3 and AWS_ENDPOINT_URL_DYNAMODB.
 */
public final class BareSdkBaseline {

    private BareSdkBaseline() {
    }

    public static void main(String[] args) {
        Region region = Region.of(System.getenv("AWS_REGION"));
        // The template sets AWS_IGNORE_CONFIGURED_ENDPOINT_URLS (see template.yaml), so endpoints are set here as the
        // functions set them.
        DynamoDbClient dynamo = DynamoDbClient.builder().region(region)
                .credentialsProvider(EnvironmentVariableCredentialsProvider.create())
                .endpointOverride(URI.create(System.getenv("AWS_ENDPOINT_URL_DYNAMODB")))
                .httpClient(UrlConnectionHttpClient.create()).build();
        if (args[0].equals("s3")) {
            S3Client s3 = S3Client.builder().region(region)
                    .credentialsProvider(EnvironmentVariableCredentialsProvider.create())
                    .endpointOverride(URI.create(System.getenv("AWS_ENDPOINT_URL_S3")))
                    .httpClient(UrlConnectionHttpClient.create()).forcePathStyle(true).build();
            ResponseBytes<GetObjectResponse> object = s3.getObjectAsBytes(r -> r.bucket(args[1]).key(args[2]));
            if (object.asByteArray().length == 0) {
                throw new IllegalStateException("empty object");
            }
        }
        dynamo.getItem(r -> r.tableName(args[3]).key(Map.of("id", AttributeValue.fromS(args[4]))));
        System.out.println(System.currentTimeMillis());
    }
}
