package dev.briefs.llm;

/** Reads a secret's value: the API key kept in AWS Secrets Manager, or a test's stand-in. */
@FunctionalInterface
public interface SecretReader {

    /**
     * The secret's value.
     *
     * @param secretId the secret's name or ARN
     * @throws RuntimeException when it cannot be read
     */
    String read(String secretId);
}
