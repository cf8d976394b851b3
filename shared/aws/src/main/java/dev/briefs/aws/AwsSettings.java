package dev.briefs.aws;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;

import java.net.URI;
import java.util.Map;

/**
 * Where the AWS clients connect and as whom.
 *
 * @param region              the region
 * @param credentials         the credentials provider
 * @param s3Endpoint          an S3 endpoint override (S3Proxy, LocalStack), or null for AWS
 * @param dynamoDbEndpoint    a DynamoDB endpoint override (dynalite, LocalStack), or null for AWS
 */
public record AwsSettings(Region region, AwsCredentialsProvider credentials, URI s3Endpoint, URI dynamoDbEndpoint) {

    /**
     * Settings from the standard AWS variables: {@code AWS_REGION} (default us-east-1); credentials from
     * {@code AWS_ACCESS_KEY_ID}, {@code AWS_SECRET_ACCESS_KEY} and {@code AWS_SESSION_TOKEN} when given (as Lambda
     * gives them, which skips the slower providers at cold start), else the SDK's default chain (which SnapStart needs:
     * it serves credentials from the container endpoint instead); and the SDK's standard endpoint variables
     * {@code AWS_ENDPOINT_URL}, {@code AWS_ENDPOINT_URL_S3}, {@code AWS_ENDPOINT_URL_DYNAMODB}.
     */
    public static AwsSettings fromEnvironment(Map<String, String> env) {
        String region = firstNonBlank(env.get("AWS_REGION"), env.get("AWS_DEFAULT_REGION"), "us-east-1");
        String shared = env.get("AWS_ENDPOINT_URL");
        return new AwsSettings(Region.of(region), credentials(env),
                uri(firstNonBlank(env.get("AWS_ENDPOINT_URL_S3"), shared, null)),
                uri(firstNonBlank(env.get("AWS_ENDPOINT_URL_DYNAMODB"), shared, null)));
    }

    /**
     * Credentials from {@code AWS_ACCESS_KEY_ID}, {@code AWS_SECRET_ACCESS_KEY} and {@code AWS_SESSION_TOKEN} in
     * {@code env} when given, else the SDK's default chain.
     */
    public static AwsCredentialsProvider credentials(Map<String, String> env) {
        String keyId = env.get("AWS_ACCESS_KEY_ID");
        String secret = env.get("AWS_SECRET_ACCESS_KEY");
        String session = env.get("AWS_SESSION_TOKEN");
        if (keyId == null || keyId.isBlank() || secret == null || secret.isBlank()) {
            return DefaultCredentialsProvider.builder().build();
        }
        if (session == null || session.isBlank()) {
            return StaticCredentialsProvider.create(AwsBasicCredentials.create(keyId, secret));
        }
        return StaticCredentialsProvider.create(AwsSessionCredentials.create(keyId, secret, session));
    }

    /** Settings for local stand-ins with fixed credentials. */
    public static AwsSettings local(String region, String accessKeyId, String secretAccessKey, URI s3Endpoint,
                                    URI dynamoDbEndpoint) {
        return new AwsSettings(Region.of(region),
                StaticCredentialsProvider.create(AwsBasicCredentials.create(accessKeyId, secretAccessKey)),
                s3Endpoint, dynamoDbEndpoint);
    }

    private static URI uri(String value) {
        return value == null ? null : URI.create(value);
    }

    private static String firstNonBlank(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value.trim();
            }
        }
        return null;
    }
}
