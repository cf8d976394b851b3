package dev.briefs.llm.aws;

import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.regions.Region;

import java.net.URI;
import java.util.Map;
import java.util.Optional;

/**
 * Where and as whom this module's AWS clients call, read from the same environment map as the rest of the
 * configuration, so that tests can pass their own.
 *
 * @param region                 from {@code AWS_REGION} (Lambda sets it), else {@code AWS_DEFAULT_REGION}
 * @param credentials            from {@code AWS_ACCESS_KEY_ID}, {@code AWS_SECRET_ACCESS_KEY} and
 *                               {@code AWS_SESSION_TOKEN} when present (Lambda sets them for the function's role),
 *                               else the SDK's default chain
 * @param secretsManagerEndpoint the SDK's own override variables, {@code AWS_ENDPOINT_URL_SECRETS_MANAGER}, else
 *                               {@code AWS_ENDPOINT_URL}; null for the real endpoint
 */
public record AwsSettings(Region region, AwsCredentialsProvider credentials, URI secretsManagerEndpoint) {

    public static final String REGION = "AWS_REGION";

    /**
     * Reads the settings.
     *
     * @param requiredBecause completes the message when the region is missing, e.g. "when BRIEFS_LLM_PROVIDER=bedrock"
     * @throws IllegalArgumentException when no region is set
     */
    public static AwsSettings fromEnvironment(Map<String, String> env, String requiredBecause) {
        String region = Optional.ofNullable(value(env, REGION)).orElse(value(env, "AWS_DEFAULT_REGION"));
        if (region == null) {
            throw new IllegalArgumentException(REGION + " is required " + requiredBecause);
        }
        AwsCredentialsProvider credentials = dev.briefs.aws.AwsSettings.credentials(env);
        String endpoint = Optional.ofNullable(value(env, "AWS_ENDPOINT_URL_SECRETS_MANAGER"))
                .orElse(value(env, "AWS_ENDPOINT_URL"));
        return new AwsSettings(Region.of(region), credentials, endpoint == null ? null : URI.create(endpoint));
    }

    private static String value(Map<String, String> env, String name) {
        String value = env.get(name);
        return value == null || value.isBlank() ? null : value.strip();
    }
}
