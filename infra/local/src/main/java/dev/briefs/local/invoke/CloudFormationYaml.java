package dev.briefs.local.invoke;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.AbstractConstruct;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

import java.util.List;
import java.util.Map;

/**
 * Reads CloudFormation and SAM templates. Their short-form intrinsic functions are YAML tags ({@code !Ref Table},
 * {@code !GetAtt Table.Arn}, {@code !Sub "..."}); each becomes the long form CloudFormation itself sees
 * ({@code {"Ref": "Table"}}, {@code {"Fn::GetAtt": ["Table", "Arn"]}}, {@code {"Fn::Sub": "..."}}).
 */
public final class CloudFormationYaml {

    private CloudFormationYaml() {
    }

    /** The template as maps, lists and scalars (strings, numbers, booleans), in document order. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> parse(String yaml) {
        LoaderOptions options = new LoaderOptions();
        // CloudFormation rejects duplicate keys; reading one silently would hide a broken template.
        options.setAllowDuplicateKeys(false);
        Object document = new Yaml(new IntrinsicConstructor(options)).load(yaml);
        if (!(document instanceof Map)) {
            throw new IllegalArgumentException("A template is a YAML mapping");
        }
        return (Map<String, Object>) document;
    }

    private static final class IntrinsicConstructor extends SafeConstructor {

        IntrinsicConstructor(LoaderOptions options) {
            super(options);
            // Every local tag ("!Name") is an intrinsic function; the core schema's tags keep their meaning.
            yamlMultiConstructors.put("!", new ShortFormFunction());
        }

        private final class ShortFormFunction extends AbstractConstruct {
            @Override
            public Object construct(Node node) {
                String name = node.getTag().getValue().substring(1);
                Object argument = switch (node) {
                    case ScalarNode scalar -> constructScalar(scalar);
                    case SequenceNode sequence -> constructSequence(sequence);
                    case MappingNode mapping -> constructMapping(mapping);
                    default -> throw new IllegalArgumentException("Unexpected YAML node under !" + name);
                };
                return switch (name) {
                    case "Ref", "Condition" -> Map.of(name, argument);
                    // The short form names the attribute after a dot: !GetAtt Resource.Attribute
                    case "GetAtt" -> Map.of("Fn::GetAtt",
                            argument instanceof String dotted ? List.of(dotted.split("\\.", 2)) : argument);
                    default -> Map.of("Fn::" + name, argument);
                };
            }
        }
    }
}
