package dev.briefs.llm.bedrock;

import dev.briefs.llm.BriefSchema;
import dev.briefs.llm.ChatBackend;
import dev.briefs.llm.FailureDetails;
import dev.briefs.llm.LlmConfig;
import dev.briefs.llm.LlmProvider;
import dev.briefs.aws.AwsSettings;
import dev.briefs.llm.http.RetryAfterHeader;
import dev.langchain4j.model.bedrock.BedrockChatModel;
import dev.langchain4j.model.bedrock.BedrockChatRequestParameters;
import dev.langchain4j.model.chat.request.ToolChoice;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.exception.SdkServiceException;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.bedrockruntime.BedrockRuntimeClient;
import software.amazon.awssdk.services.bedrockruntime.BedrockRuntimeClientBuilder;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Amazon Bedrock's Converse API, signed with the function's IAM role. Structured output is a forced tool call, which
 * Converse supports for every model that takes tools; the newer {@code outputConfig} JSON schema is limited to a few.
 * The SDK's own retries are off, since the engine retries.
 */
public final class BedrockBackend {

    /** Room for a long brief; without a limit some models stop at their own small default. */
    static final int MAX_OUTPUT_TOKENS = 4_096;
    private static final Duration MAX_CONNECT_TIMEOUT = Duration.ofSeconds(10);

    private BedrockBackend() {
    }

    /**
     * @param config the configuration; {@code baseUrl}, when set, overrides the Bedrock runtime endpoint
     * @param aws    the region and credentials
     */
    public static ChatBackend create(LlmConfig config, AwsSettings aws) {
        Duration timeout = config.timeout();
        BedrockRuntimeClientBuilder client = BedrockRuntimeClient.builder()
                .region(aws.region())
                .credentialsProvider(aws.credentials())
                .httpClient(UrlConnectionHttpClient.builder()
                        .connectionTimeout(timeout.compareTo(MAX_CONNECT_TIMEOUT) < 0 ? timeout : MAX_CONNECT_TIMEOUT)
                        .socketTimeout(timeout)
                        .build())
                .overrideConfiguration(override -> override
                        .apiCallTimeout(timeout)
                        .retryStrategy(AwsRetryStrategy.doNotRetry()));
        if (config.baseUrl() != null) {
            client.endpointOverride(config.baseUrl());
        }
        BedrockChatModel model = BedrockChatModel.builder()
                .client(client.build())
                .modelId(config.model())
                .timeout(timeout)
                .maxRetries(0)
                .defaultRequestParameters(BedrockChatRequestParameters.builder()
                        .maxOutputTokens(MAX_OUTPUT_TOKENS)
                        .toolSpecifications(BriefSchema.TOOL)
                        .toolChoice(ToolChoice.REQUIRED)
                        .build())
                .build();
        return new ChatBackend(LlmProvider.BEDROCK.id(), config.model(), model, new AwsFailureDetails());
    }

    /** The status and {@code Retry-After} of a failed call, from the SDK's exception. */
    static final class AwsFailureDetails implements FailureDetails {

        @Override
        public OptionalInt statusCode(Throwable failure) {
            return FailureDetails.findCause(failure, SdkServiceException.class)
                    .map(e -> OptionalInt.of(e.statusCode())).orElse(OptionalInt.empty());
        }

        @Override
        public Optional<Duration> retryAfter(Throwable failure) {
            return FailureDetails.findCause(failure, AwsServiceException.class)
                    .filter(e -> e.awsErrorDetails() != null && e.awsErrorDetails().sdkHttpResponse() != null)
                    .flatMap(e -> RetryAfterHeader.parse(
                            e.awsErrorDetails().sdkHttpResponse().headers(), Clock.systemUTC()));
        }
    }
}
