package dev.briefs.aws;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;

import java.net.URI;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Where every AWS client of the project connects and as whom, read once from the SDK's standard variables.
 *
 * @param region            the region
 * @param credentials       the credentials provider
 * @param endpointOverrides endpoint overrides (S3Proxy, dynalite, LocalStack, a scripted server) by the service part of
 *                          the SDK's variable name ({@code S3}, {@code DYNAMODB}, {@code SQS},
 *                          {@code SECRETS_MANAGER}); the key {@code ""} stands for {@code AWS_ENDPOINT_URL}, the
 *                          override of every service
 */
public record AwsSettings(Region region, AwsCredentialsProvider credentials, Map<String, URI> endpointOverrides) {

    /** The region when neither {@code AWS_REGION} nor {@code AWS_DEFAULT_REGION} is set (Lambda always sets one). */
    public static final String DEFAULT_REGION = "us-east-1";

    private static final String ENDPOINT_VARIABLE = "AWS_ENDPOINT_URL";

    public AwsSettings {
        endpointOverrides = Map.copyOf(endpointOverrides);
    }

    /**
     * Settings from the standard AWS variables: {@code AWS_REGION}, else {@code AWS_DEFAULT_REGION}, else
     * {@value #DEFAULT_REGION}; credentials from {@code AWS_ACCESS_KEY_ID}, {@code AWS_SECRET_ACCESS_KEY} and
     * {@code AWS_SESSION_TOKEN} when given (as Lambda gives them, which skips the slower providers at cold start), else
     * the SDK's default chain (which SnapStart needs: it serves credentials from the container endpoint instead); and
     * the SDK's endpoint variables {@code AWS_ENDPOINT_URL} and {@code AWS_ENDPOINT_URL_<SERVICE>}.
     */
    public static AwsSettings fromEnvironment(Map<String, String> env) {
        String region = firstNonBlank(env.get("AWS_REGION"), env.get("AWS_DEFAULT_REGION"), DEFAULT_REGION);
        Map<String, URI> endpoints = new TreeMap<>();
        env.forEach((name, value) -> {
            if (value == null || value.isBlank()) {
                return;
            }
            if (name.equals(ENDPOINT_VARIABLE)) {
                endpoints.put("", URI.create(value.strip()));
            } else if (name.startsWith(ENDPOINT_VARIABLE + "_")) {
                endpoints.put(name.substring(ENDPOINT_VARIABLE.length() + 1), URI.create(value.strip()));
            }
        });
        return new AwsSettings(Region.of(region), credentials(env), endpoints);
    }

    /** Settings for local stand-ins with fixed credentials. */
    public static AwsSettings local(String region, String accessKeyId, String secretAccessKey,
                                    Map<String, URI> endpointOverrides) {
        return new AwsSettings(Region.of(region),
                StaticCredentialsProvider.create(AwsBasicCredentials.create(accessKeyId, secretAccessKey)),
                endpointOverrides);
    }

    /**
     * The endpoint override for a service, by the service part of its SDK variable ({@code "S3"} for
     * {@code AWS_ENDPOINT_URL_S3}), else the shared {@code AWS_ENDPOINT_URL}; empty for the service's real endpoint.
     */
    public Optional<URI> endpoint(String service) {
        return Optional.ofNullable(endpointOverrides.getOrDefault(service, endpointOverrides.get("")));
    }

    private static AwsCredentialsProvider credentials(Map<String, String> env) {
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

    private static String firstNonBlank(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value.strip();
            }
        }
        return null;
    }
}
