package dev.briefs.local.invoke;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A SAM template (template.yaml): its resources, and its functions as {@code sam local} sees them. */
public final class SamTemplate {

    public static final String FILE_NAME = "template.yaml";
    private static final String SERVERLESS_FUNCTION = "AWS::Serverless::Function";

    private final Map<String, Object> document;
    private final TemplateValues values;

    private SamTemplate(Map<String, Object> document, String region) {
        this.document = document;
        this.values = new TemplateValues(parameterDefaults(document), section(document, "Resources").keySet(), region);
    }

    /**
     * Reads a template.
     *
     * @param region the region the template's AWS::Region stands for
     */
    public static SamTemplate read(Path file, String region) {
        try {
            return parse(Files.readString(file), region);
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException("No template at " + file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static SamTemplate parse(String yaml, String region) {
        return new SamTemplate(CloudFormationYaml.parse(yaml), region);
    }

    /** The whole template, intrinsic functions in their long form. */
    public Map<String, Object> document() {
        return document;
    }

    /** The resources by logical id. */
    public Map<String, Object> resources() {
        return section(document, "Resources");
    }

    /** The logical ids of the serverless functions, in template order. */
    public List<String> functionIds() {
        List<String> ids = new ArrayList<>();
        resources().forEach((id, resource) -> {
            if (SERVERLESS_FUNCTION.equals(map(resource).get("Type"))) {
                ids.add(id);
            }
        });
        return ids;
    }

    /** A function with the template's Globals applied (the function's own values win; maps are merged). */
    public FunctionDefinition function(String logicalId) {
        Map<String, Object> resource = map(resources().get(logicalId));
        if (!SERVERLESS_FUNCTION.equals(resource.get("Type"))) {
            throw new IllegalArgumentException("No function " + logicalId + " in the template; its functions are "
                    + String.join(", ", functionIds()));
        }
        Map<String, Object> properties = merge(map(section(document, "Globals").get("Function")),
                map(resource.get("Properties")));
        Map<String, String> environment = new LinkedHashMap<>();
        // As sam local does: a value only AWS can know becomes blank rather than missing.
        map(map(properties.get("Environment")).get("Variables"))
                .forEach((name, value) -> environment.put(name, values.resolve(value).orElse("")));
        List<FunctionDefinition.EventSource> events = new ArrayList<>();
        map(properties.get("Events")).forEach((name, event) -> events.add(new FunctionDefinition.EventSource(
                name, String.valueOf(map(event).get("Type")), map(map(event).get("Properties")))));
        return new FunctionDefinition(logicalId, string(properties, "Handler", ""), string(properties, "Runtime", ""),
                Integer.parseInt(string(properties, "MemorySize", "128")),
                Integer.parseInt(string(properties, "Timeout", "3")), environment, events, layers(properties));
    }

    /** The template's own layers a function names ({@code !Ref Layer}); a layer given by its ARN exists only in AWS. */
    private static List<String> layers(Map<String, Object> properties) {
        List<String> layers = new ArrayList<>();
        if (properties.get("Layers") instanceof List<?> entries) {
            for (Object entry : entries) {
                if (entry instanceof Map<?, ?> ref && ref.get("Ref") instanceof String id) {
                    layers.add(id);
                }
            }
        }
        return layers;
    }

    private String string(Map<String, Object> properties, String name, String fallback) {
        Object value = properties.get(name);
        return value == null ? fallback : values.resolve(value).orElseThrow(() -> new IllegalArgumentException(
                name + " cannot be resolved locally: " + value));
    }

    private static Map<String, String> parameterDefaults(Map<String, Object> document) {
        Map<String, String> defaults = new LinkedHashMap<>();
        section(document, "Parameters").forEach((name, parameter) -> {
            Object value = map(parameter).get("Default");
            if (value != null) {
                defaults.put(name, value.toString());
            }
        });
        return defaults;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> merge(Map<String, Object> globals, Map<String, Object> own) {
        Map<String, Object> merged = new LinkedHashMap<>(globals);
        own.forEach((name, value) -> merged.merge(name, value, (global, local) ->
                global instanceof Map<?, ?> g && local instanceof Map<?, ?> l
                        ? merge((Map<String, Object>) g, (Map<String, Object>) l) : local));
        return merged;
    }

    private static Map<String, Object> section(Map<String, Object> document, String name) {
        return map(document.get(name));
    }

    /** A mapping of the template, or an empty one where there is none. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return value instanceof Map<?, ?> mapping ? (Map<String, Object>) mapping : Map.of();
    }
}
