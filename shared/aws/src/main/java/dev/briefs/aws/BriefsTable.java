package dev.briefs.aws;

import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.Projection;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

import java.util.List;

/**
 * The briefs table: its attribute and index names, and the definition the local stack and tests create (template.yaml
 * declares the same table for AWS, and a test keeps the two in step).
 * <p>
 * One item per object key, keyed by the brief id. Listing newest first reads the {@value #BY_CREATED} index, whose
 * partition key is one of {@value #LIST_SHARDS} shards chosen from the id: writes spread over the shards instead of
 * one hot partition, and a page is the merge of one short query per shard. The actor index lives in the same table:
 * one small item per actor of a READY brief, in the {@value #BY_ACTOR} index under the actor's key and one of
 * {@value #ACTOR_SHARDS} shards, sorted by the brief's creation like the listing.
 */
public final class BriefsTable {

    public static final String ID = "id";
    public static final String STATUS = "status";
    public static final String SEQUENCER = "seq";
    public static final String LEASE_UNTIL = "leaseUntil";
    public static final String BRIEF = "brief";
    public static final String LIST_SHARD = "listShard";
    public static final String CREATED_SORT = "createdSort";
    public static final String SOURCE_KEY = "sourceKey";
    public static final String READY_SHA256 = "readySha256";
    /** On a brief: the keys its actor index entries are under, so re-briefing or deleting it can drop them. */
    public static final String ACTOR_KEYS = "actorKeys";
    /** On a brief, for the notification pipes (which read top-level attributes only): the title and the engine. */
    public static final String TITLE = "title";
    public static final String ENGINE = "engine";
    /** On an actor index entry: the actor's normalised key and a shard, the index's partition. */
    public static final String ACTOR_SHARD = "actorShard";
    public static final String ACTOR_KEY = "actorKey";
    public static final String ACTOR_NAME = "actorName";
    public static final String ACTOR_ROLE = "actorRole";
    public static final String ACTOR_TYPE = "actorType";
    public static final String BRIEF_ID = "briefId";
    public static final String AFTER = "after";
    public static final String CREATED_AT = "createdAt";
    public static final String QUOTES = "quotes";
    /** Set only while PROCESSING (sparse): the list shard again, so the sweeper finds expired leases by query. */
    public static final String LEASE_SHARD = "leaseShard";
    /** While PROCESSING: who claimed (the queue message's id), so a redelivery of that message may take over. */
    public static final String CLAIMANT = "claimedBy";

    public static final String BY_CREATED = "byCreated";
    public static final String BY_SOURCE_KEY = "bySourceKey";
    public static final String BY_SHA256 = "bySha256";
    public static final String BY_ACTOR = "byActor";
    public static final String BY_LEASE = "byLease";

    public static final int LIST_SHARDS = 8;
    /** An actor's entries are spread over this many partitions, so a much-covered actor is no hot partition. */
    public static final int ACTOR_SHARDS = 4;

    /** The environment variable that names the table. */
    public static final String TABLE_VARIABLE = "BRIEFS_TABLE";

    private BriefsTable() {
    }

    /** The table name from {@value #TABLE_VARIABLE}; fails naming the variable when it is not set. */
    public static String nameFrom(java.util.Map<String, String> env) {
        String value = env.get(TABLE_VARIABLE);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException(TABLE_VARIABLE + " is not set: it names the DynamoDB table that holds the briefs");
        }
        return value.trim();
    }

    /** The table's definition, on-demand billing. */
    public static CreateTableRequest createTableRequest(String tableName) {
        return CreateTableRequest.builder()
                .tableName(tableName)
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(
                        attribute(ID), attribute(LIST_SHARD), attribute(CREATED_SORT), attribute(SOURCE_KEY),
                        attribute(READY_SHA256), attribute(ACTOR_SHARD), attribute(LEASE_SHARD),
                        number(LEASE_UNTIL))
                .keySchema(hash(ID))
                .globalSecondaryIndexes(
                        index(BY_CREATED, List.of(hash(LIST_SHARD), range(CREATED_SORT))),
                        index(BY_SOURCE_KEY, List.of(hash(SOURCE_KEY), range(CREATED_SORT))),
                        index(BY_SHA256, List.of(hash(READY_SHA256))),
                        index(BY_ACTOR, List.of(hash(ACTOR_SHARD), range(CREATED_SORT))),
                        index(BY_LEASE, List.of(hash(LEASE_SHARD), range(LEASE_UNTIL))))
                .build();
    }

    private static AttributeDefinition attribute(String name) {
        return AttributeDefinition.builder().attributeName(name).attributeType(ScalarAttributeType.S).build();
    }

    private static AttributeDefinition number(String name) {
        return AttributeDefinition.builder().attributeName(name).attributeType(ScalarAttributeType.N).build();
    }

    private static KeySchemaElement hash(String name) {
        return KeySchemaElement.builder().attributeName(name).keyType(KeyType.HASH).build();
    }

    private static KeySchemaElement range(String name) {
        return KeySchemaElement.builder().attributeName(name).keyType(KeyType.RANGE).build();
    }

    private static GlobalSecondaryIndex index(String name, List<KeySchemaElement> keys) {
        return GlobalSecondaryIndex.builder()
                .indexName(name)
                .keySchema(keys)
                .projection(Projection.builder().projectionType(ProjectionType.ALL).build())
                .build();
    }
}
