package dev.briefs.local.invoke;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Resolves template values as {@code sam local} does, as far as that is possible without AWS: {@code Ref} to a
 * parameter gives its default, to a pseudo parameter a local stand-in, to a resource its logical id; {@code Fn::Sub}
 * substitutes those. Anything else ({@code Fn::GetAtt}, {@code Fn::If}...) is only known in AWS and resolves to
 * nothing.
 */
final class TemplateValues {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^}]*)}");

    private final Map<String, String> parameters;
    private final Set<String> resources;
    private final Map<String, String> pseudoParameters;

    /**
     * @param parameters the parameters' values
     * @param resources  the logical ids of the template's resources
     * @param region     the region AWS::Region stands for
     */
    TemplateValues(Map<String, String> parameters, Set<String> resources, String region) {
        this.parameters = parameters;
        this.resources = resources;
        // The values sam local uses, so both tools resolve a template alike.
        this.pseudoParameters = Map.of(
                "AWS::AccountId", "123456789012",
                "AWS::Partition", "aws",
                "AWS::Region", region,
                "AWS::StackName", "local",
                "AWS::StackId", "arn:aws:cloudformation:" + region + ":123456789012:stack/local/local",
                "AWS::URLSuffix", "amazonaws.com");
    }

    /** The value as a string, or empty when it depends on something only AWS knows. */
    Optional<String> resolve(Object value) {
        return switch (value) {
            case String text -> Optional.of(text);
            case Number number -> Optional.of(number.toString());
            case Boolean flag -> Optional.of(flag.toString());
            case Map<?, ?> function when function.size() == 1 && function.get("Ref") instanceof String name -> ref(name);
            case Map<?, ?> function when function.size() == 1 && function.get("Fn::Sub") instanceof String text ->
                    sub(text);
            case null, default -> Optional.empty();
        };
    }

    private Optional<String> ref(String name) {
        if (parameters.containsKey(name)) {
            return Optional.of(parameters.get(name));
        }
        if (pseudoParameters.containsKey(name)) {
            return Optional.of(pseudoParameters.get(name));
        }
        return resources.contains(name) ? Optional.of(name) : Optional.empty();
    }

    private Optional<String> sub(String text) {
        StringBuilder resolved = new StringBuilder();
        Matcher placeholder = PLACEHOLDER.matcher(text);
        while (placeholder.find()) {
            String name = placeholder.group(1);
            Optional<String> value = name.startsWith("!") ? Optional.of("${" + name.substring(1) + "}") : ref(name);
            if (value.isEmpty()) {
                return Optional.empty();
            }
            placeholder.appendReplacement(resolved, Matcher.quoteReplacement(value.get()));
        }
        placeholder.appendTail(resolved);
        return Optional.of(resolved.toString());
    }
}
