package dev.briefs.local.template;

import dev.briefs.local.invoke.FunctionDefinition;
import dev.briefs.local.invoke.ProjectRoot;
import dev.briefs.local.invoke.SamTemplate;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** The project's template.yaml, and ways to walk its maps and lists in tests. */
public final class ProjectTemplate {

    public static final Path ROOT = ProjectRoot.find();
    public static final SamTemplate TEMPLATE = SamTemplate.read(ROOT.resolve(SamTemplate.FILE_NAME), "us-east-1");

    private ProjectTemplate() {
    }

    static Map<String, Object> resource(String logicalId) {
        Map<String, Object> resource = map(TEMPLATE.resources().get(logicalId));
        if (resource.isEmpty()) {
            throw new AssertionError("template.yaml has no resource " + logicalId);
        }
        return resource;
    }

    static Map<String, Object> properties(String logicalId) {
        return map(resource(logicalId).get("Properties"));
    }

    /** The logical ids of the resources of one type. */
    static List<String> resourcesOfType(String type) {
        List<String> ids = new ArrayList<>();
        TEMPLATE.resources().forEach((id, resource) -> {
            if (type.equals(map(resource).get("Type"))) {
                ids.add(id);
            }
        });
        return ids;
    }

    static Map<String, Object> parameter(String name) {
        return map(map(TEMPLATE.document().get("Parameters")).get(name));
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object value) {
        return value instanceof Map<?, ?> mapping ? (Map<String, Object>) mapping : Map.of();
    }

    /** A list, or a one-element list of a single value (CloudFormation takes either in many places). */
    @SuppressWarnings("unchecked")
    static List<Object> list(Object value) {
        return value instanceof List<?> items ? (List<Object>) items : value == null ? List.of() : List.of(value);
    }

    /** {@code {"Ref": name}}, as the template writes !Ref name. */
    static Map<String, Object> ref(String name) {
        return Map.of("Ref", name);
    }
}
