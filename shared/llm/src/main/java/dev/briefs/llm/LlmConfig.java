package dev.briefs.llm;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The LLM engine's configuration, read from environment variables whose names are an interface: keep them.
 *
 * @param provider       which engine briefs articles ({@value #PROVIDER})
 * @param model          the model name or id ({@value #MODEL}); null for the extractive engine
 * @param baseUrl        the server to call instead of the provider's own ({@value #BASE_URL}); null for the default
 * @param apiKey         the API key given directly ({@value #API_KEY}); null when none
 * @param apiKeySecretId the Secrets Manager secret holding the API key ({@value #API_KEY_SECRET}); null when none
 * @param timeout        how long one model call may take ({@value #TIMEOUT})
 * @param maxInputTokens the estimated prompt size above which an article is briefed in parts
 *                       ({@value #MAX_INPUT_TOKENS})
 */
public record LlmConfig(LlmProvider provider, String model, URI baseUrl, String apiKey, String apiKeySecretId,
                        Duration timeout, int maxInputTokens) {

    public static final String PROVIDER = "BRIEFS_LLM_PROVIDER";
    public static final String MODEL = "BRIEFS_LLM_MODEL";
    public static final String BASE_URL = "BRIEFS_LLM_BASE_URL";
    public static final String API_KEY = "BRIEFS_LLM_API_KEY";
    public static final String API_KEY_SECRET = "BRIEFS_LLM_API_KEY_SECRET";
    public static final String TIMEOUT = "BRIEFS_LLM_TIMEOUT";
    public static final String MAX_INPUT_TOKENS = "BRIEFS_LLM_MAX_INPUT_TOKENS";

    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);
    /**
     * About 9,000 words of English in one call: every news story and most long reads. Hosted models take far more;
     * a local model with a small context window needs a lower value (its window less the answer it writes).
     */
    public static final int DEFAULT_MAX_INPUT_TOKENS = 12_000;
    /** Below this the instructions leave too little room for the article. */
    public static final int MIN_MAX_INPUT_TOKENS = 1_000;

    private static final Pattern DURATION = Pattern.compile("(\\d{1,9})\\s*(ms|s)?");

    public LlmConfig {
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(timeout, "timeout");
    }

    /** The configuration of the extractive engine alone. */
    public static LlmConfig extractive() {
        return new LlmConfig(LlmProvider.EXTRACTIVE, null, null, null, null, DEFAULT_TIMEOUT,
                DEFAULT_MAX_INPUT_TOKENS);
    }

    /**
     * Reads and validates the configuration.
     *
     * @param env the environment, usually {@code System.getenv()}
     * @return the configuration; {@link LlmProvider#EXTRACTIVE} when {@value #PROVIDER} is unset or blank
     * @throws IllegalArgumentException naming the variable, when a value is unknown, malformed or missing
     */
    public static LlmConfig fromEnvironment(Map<String, String> env) {
        String providerValue = value(env, PROVIDER);
        if (providerValue == null) {
            return extractive();
        }
        LlmProvider provider = LlmProvider.fromId(providerValue).orElseThrow(() -> new IllegalArgumentException(
                PROVIDER + " must be one of " + LlmProvider.ids() + "; was \"" + providerValue + "\""));
        if (provider == LlmProvider.EXTRACTIVE) {
            return extractive();
        }
        String when = " when " + PROVIDER + "=" + provider.id();

        String model = value(env, MODEL);
        if (model == null) {
            throw new IllegalArgumentException(MODEL + " is required" + when);
        }
        URI baseUrl = baseUrl(value(env, BASE_URL));
        String apiKey = value(env, API_KEY);
        String secretId = value(env, API_KEY_SECRET);
        if (apiKey != null && secretId != null) {
            throw new IllegalArgumentException("Set only one of " + API_KEY + " and " + API_KEY_SECRET);
        }
        boolean hasKey = apiKey != null || secretId != null;
        switch (provider) {
            case OPENAI -> {
                if (!hasKey && baseUrl == null) {
                    throw new IllegalArgumentException(API_KEY + " or " + API_KEY_SECRET + " is required" + when
                            + " (a local server set with " + BASE_URL + " may go without)");
                }
            }
            case ANTHROPIC -> {
                if (!hasKey) {
                    throw new IllegalArgumentException(API_KEY + " or " + API_KEY_SECRET + " is required" + when);
                }
            }
            case BEDROCK -> {
                if (hasKey) {
                    throw new IllegalArgumentException((apiKey != null ? API_KEY : API_KEY_SECRET)
                            + " is not used" + when + ": Bedrock calls are signed with the function's IAM role");
                }
            }
            case EXTRACTIVE -> throw new AssertionError("handled above");
        }
        return new LlmConfig(provider, model, baseUrl, apiKey, secretId, timeout(value(env, TIMEOUT)),
                maxInputTokens(value(env, MAX_INPUT_TOKENS)));
    }

    /** Whether a model is configured, rather than the extractive engine alone. */
    public boolean usesModel() {
        return provider != LlmProvider.EXTRACTIVE;
    }

    /** Never prints the API key. */
    @Override
    public String toString() {
        return "LlmConfig[provider=" + provider.id() + ", model=" + model + ", baseUrl=" + baseUrl
                + ", apiKey=" + (apiKey == null ? "none" : "(set)") + ", apiKeySecretId=" + apiKeySecretId
                + ", timeout=" + timeout + ", maxInputTokens=" + maxInputTokens + "]";
    }

    /**
     * Parses {@value #TIMEOUT}: whole seconds ({@code 60}), seconds with a unit ({@code 60s}) or milliseconds
     * ({@code 1500ms}).
     */
    static Duration timeout(String value) {
        if (value == null) {
            return DEFAULT_TIMEOUT;
        }
        Matcher matcher = DURATION.matcher(value.toLowerCase(Locale.ROOT));
        if (!matcher.matches() || Long.parseLong(matcher.group(1)) == 0) {
            throw new IllegalArgumentException(TIMEOUT + " must be a positive duration such as 60, 60s or 1500ms;"
                    + " was \"" + value + "\"");
        }
        long amount = Long.parseLong(matcher.group(1));
        return "ms".equals(matcher.group(2)) ? Duration.ofMillis(amount) : Duration.ofSeconds(amount);
    }

    private static int maxInputTokens(String value) {
        if (value == null) {
            return DEFAULT_MAX_INPUT_TOKENS;
        }
        try {
            int tokens = Integer.parseInt(value);
            if (tokens >= MIN_MAX_INPUT_TOKENS) {
                return tokens;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(MAX_INPUT_TOKENS + " must be a whole number of at least "
                + MIN_MAX_INPUT_TOKENS + "; was \"" + value + "\"");
    }

    private static URI baseUrl(String value) {
        if (value == null) {
            return null;
        }
        try {
            URI uri = new URI(value);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
                return uri;
            }
        } catch (URISyntaxException e) {
            // reported below
        }
        throw new IllegalArgumentException(BASE_URL + " must be an http or https URL such as "
                + "http://127.0.0.1:11434/v1; was \"" + value + "\"");
    }

    private static String value(Map<String, String> env, String name) {
        String value = env.get(name);
        return value == null || value.isBlank() ? null : value.strip();
    }
}
