package dev.briefs.aws;

import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * Builds the SDK clients. The URL-connection HTTP client is used because it starts faster and weighs less than the
 * Apache and Netty clients, and a function makes few, sequential calls.
 */
public final class AwsClients {

    private AwsClients() {
    }

    public static S3Client s3(AwsSettings settings) {
        var builder = S3Client.builder()
                .region(settings.region())
                .credentialsProvider(settings.credentials())
                .httpClient(UrlConnectionHttpClient.create());
        // Stand-ins serve one host name, so buckets go in the path rather than in a virtual host.
        settings.endpoint("S3").ifPresent(endpoint -> builder.endpointOverride(endpoint).forcePathStyle(true));
        return builder.build();
    }

    public static DynamoDbClient dynamoDb(AwsSettings settings) {
        var builder = DynamoDbClient.builder()
                .region(settings.region())
                .credentialsProvider(settings.credentials())
                .httpClient(UrlConnectionHttpClient.create());
        settings.endpoint("DYNAMODB").ifPresent(builder::endpointOverride);
        return builder.build();
    }

    public static SqsClient sqs(AwsSettings settings) {
        var builder = SqsClient.builder()
                .region(settings.region())
                .credentialsProvider(settings.credentials())
                .httpClient(UrlConnectionHttpClient.create());
        settings.endpoint("SQS").ifPresent(builder::endpointOverride);
        return builder.build();
    }
}
