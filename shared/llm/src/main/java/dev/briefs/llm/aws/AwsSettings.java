package dev.briefs.llm.aws;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;

import java.net.URI;
import java.util.Map;
import java.util.Optional;

/**
 * Where and as whom the AWS clients of this module call, read from the same environment map as the rest of the
 * configuration (so tests can pass their own): the region, the credentials, and a service's endpoint override.
 *
 * @param region      from {@code AWS_REGION} (Lambda sets it), else {@code AWS_DEFAULT_REGION}
 * @param credentials from {@code AWS_ACCESS_KEY_ID}, {@code AWS_SECRET_ACCESS_KEY} and {@code AWS_SESSION_TOKEN}
 *                    when present (Lambda sets them for the function's role), else the SDK's default chain
 * @param env         the environment, for per-service endpoint overrides
 */
public record AwsSettings(Region region, AwsCredentialsProvider credentials, Map<String, String> env) {

    public static final String REGION = "AWS_REGION";

    /**
     * Reads the settings.
     *
     * @throws IllegalArgumentException when no region is set
     */
    public static AwsSettings fromEnvironment(Map<String, String> env, String requiredBecause) {
        String region = Optional.ofNullable(value(env, REGION)).orElse(value(env, "AWS_DEFAULT_REGION"));
        if (region == null) {
            throw new IllegalArgumentException(REGION + " is required " + requiredBecause);
        }
        String keyId = value(env, "AWS_ACCESS_KEY_ID");
        String secret = value(env, "AWS_SECRET_ACCESS_KEY");
        String session = value(env, "AWS_SESSION_TOKEN");
        AwsCredentialsProvider credentials = keyId == null || secret == null ? DefaultCredentialsProvider.builder().build()
                : StaticCredentialsProvider.create(session == null ? AwsBasicCredentials.create(keyId, secret)
                : AwsSessionCredentials.create(keyId, secret, session));
        return new AwsSettings(Region.of(region), credentials, Map.copyOf(env));
    }

    /**
     * The endpoint override for a service, by the SDK's own variables: {@code AWS_ENDPOINT_URL_<SERVICE>} (for
     * example {@code AWS_ENDPOINT_URL_SECRETS_MANAGER}), else {@code AWS_ENDPOINT_URL}; empty for the real endpoint.
     */
    public Optional<URI> endpoint(String serviceVariableSuffix) {
        return Optional.ofNullable(value(env, "AWS_ENDPOINT_URL_" + serviceVariableSuffix))
                .or(() -> Optional.ofNullable(value(env, "AWS_ENDPOINT_URL")))
                .map(URI::create);
    }

    private static String value(Map<String, String> env, String name) {
        String value = env.get(name);
        return value == null || value.isBlank() ? null : value.strip();
    }
}
