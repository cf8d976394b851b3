package dev.briefs.local.invoke;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Environment overrides in the format of {@code sam local invoke --env-vars}: {@code {"Parameters": {...}}} for every
 * function and {@code {"LogicalId": {...}}} for one, the function's own section winning.
 *
 * @param sections the variables of each section
 */
public record EnvVarsFile(Map<String, Map<String, String>> sections) {

    public static final EnvVarsFile NONE = new EnvVarsFile(Map.of());
    private static final String EVERY_FUNCTION = "Parameters";

    public static EnvVarsFile read(Path file) {
        JsonNode root;
        try {
            root = JsonMapper.builder().build().readTree(Files.readString(file));
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException("No env-vars file at " + file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file + ": " + e.getMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException(file + " must hold a JSON object of sections");
        }
        Map<String, Map<String, String>> sections = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> section : root.properties()) {
            if (!section.getValue().isObject()) {
                throw new IllegalArgumentException(file + ": section " + section.getKey()
                        + " must be an object of variables, as sam local invoke requires");
            }
            Map<String, String> variables = new LinkedHashMap<>();
            // Values are strings to Lambda; like sam local, other scalars are written out and objects become blank.
            section.getValue().properties().forEach(variable -> variables.put(variable.getKey(),
                    variable.getValue().isValueNode() && !variable.getValue().isNull()
                            ? variable.getValue().asText() : ""));
            sections.put(section.getKey(), variables);
        }
        return new EnvVarsFile(sections);
    }

    /** The overrides for one function. */
    public Map<String, String> overridesFor(String logicalId) {
        Map<String, String> overrides = new LinkedHashMap<>(sections.getOrDefault(EVERY_FUNCTION, Map.of()));
        overrides.putAll(sections.getOrDefault(logicalId, Map.of()));
        return overrides;
    }
}
