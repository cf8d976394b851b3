package dev.briefs.local.template;

import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static dev.briefs.local.template.ProjectTemplate.list;
import static dev.briefs.local.template.ProjectTemplate.map;

/**
 * A table definition as CloudFormation and the AWS CLI both write it (the same property names), with the order of
 * attributes and indexes left out, so that template.yaml, the LocalStack init files and BriefsTable can be compared.
 */
public final class TableShape {

    private TableShape() {
    }

    /** The shape of the definition the code creates tables with. */
    public static Map<String, Object> of(CreateTableRequest table) {
        return Map.of(
                "BillingMode", table.billingModeAsString(),
                "AttributeDefinitions", table.attributeDefinitions().stream().map(attribute -> Map.of(
                        "AttributeName", attribute.attributeName(), "AttributeType",
                        attribute.attributeTypeAsString())).collect(Collectors.toSet()),
                "KeySchema", keys(table.keySchema()),
                "GlobalSecondaryIndexes", table.globalSecondaryIndexes().stream().map(index -> Map.of(
                        "IndexName", index.indexName(), "KeySchema", keys(index.keySchema()),
                        "Projection", Map.of("ProjectionType", index.projection().projectionTypeAsString())))
                        .collect(Collectors.toSet()));
    }

    /** The shape of a definition written in a template or a CLI input file. */
    public static Map<String, Object> of(Map<String, Object> definition) {
        return Map.of(
                "BillingMode", definition.get("BillingMode"),
                "AttributeDefinitions", Set.copyOf(list(definition.get("AttributeDefinitions"))),
                "KeySchema", list(definition.get("KeySchema")),
                "GlobalSecondaryIndexes", list(definition.get("GlobalSecondaryIndexes")).stream()
                        .map(index -> Map.of("IndexName", map(index).get("IndexName"),
                                "KeySchema", map(index).get("KeySchema"), "Projection", map(index).get("Projection")))
                        .collect(Collectors.toSet()));
    }

    private static List<Map<String, String>> keys(List<KeySchemaElement> schema) {
        return schema.stream().map(key -> Map.of("AttributeName", key.attributeName(), "KeyType",
                key.keyTypeAsString())).toList();
    }
}
