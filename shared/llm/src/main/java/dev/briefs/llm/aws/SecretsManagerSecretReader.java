package dev.briefs.llm.aws;

import dev.briefs.aws.AwsSettings;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.briefs.llm.SecretReader;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClientBuilder;

import java.io.IOException;

/**
 * Reads an API key from AWS Secrets Manager. The secret's string is the key itself, or a JSON object whose
 * {@code apiKey} field is (the shape the console's "key/value" secrets take). A client is built per read: the key is
 * read once, at start-up.
 */
public final class SecretsManagerSecretReader implements SecretReader {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final AwsSettings aws;

    public SecretsManagerSecretReader(AwsSettings aws) {
        this.aws = aws;
    }

    @Override
    public String read(String secretId) {
        SecretsManagerClientBuilder builder = SecretsManagerClient.builder()
                .region(aws.region())
                .credentialsProvider(aws.credentials())
                .httpClient(UrlConnectionHttpClient.create());
        aws.endpoint("SECRETS_MANAGER").ifPresent(builder::endpointOverride);
        try (SecretsManagerClient client = builder.build()) {
            String value = client.getSecretValue(request -> request.secretId(secretId)).secretString();
            if (value == null || value.isBlank()) {
                throw new IllegalStateException("the secret has no string value");
            }
            return apiKeyIn(value.strip());
        }
    }

    private static String apiKeyIn(String value) {
        if (!value.startsWith("{")) {
            return value;
        }
        try {
            JsonNode key = JSON.readTree(value).get("apiKey");
            if (key == null || !key.isTextual() || key.asText().isBlank()) {
                throw new IllegalStateException("the secret is a JSON object without a string \"apiKey\" field");
            }
            return key.asText().strip();
        } catch (IOException e) {
            throw new IllegalStateException("the secret starts with '{' but is not JSON", e);
        }
    }
}
