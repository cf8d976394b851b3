package dev.briefs.aws;

import dev.briefs.brief.Brief;
import dev.briefs.brief.BriefStatus;
import dev.briefs.json.BriefJson;
import dev.briefs.log.JsonLog;
import dev.briefs.store.UnreadableBriefException;
import dev.briefs.store.BriefRepository;
import dev.briefs.store.Claim;
import dev.briefs.store.Page;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static dev.briefs.aws.BriefsTable.*;

/**
 * Briefs in DynamoDB. The brief itself is one JSON attribute; the other attributes exist for conditions and indexes.
 * Items are mapped by hand: no reflection, no table-schema scanning at cold start.
 */
public final class DynamoBriefRepository implements BriefRepository {

    /** How many items beyond its even share of a page a shard is asked for first. */
    private static final int SHARD_SLACK = 2;

    private final DynamoDbClient dynamo;
    private final String table;

    public DynamoBriefRepository(DynamoDbClient dynamo, String table) {
        this.dynamo = dynamo;
        this.table = table;
    }

    @Override
    public Optional<Brief> get(String id) {
        return item(id).map(DynamoBriefRepository::brief);
    }

    /** The stored document, once it is seen to be a JSON object naming this id (cheap: one streaming pass). */
    @Override
    public Optional<String> getDocument(String id) {
        return item(id).map(item -> {
            String document = document(item);
            if (!BriefJson.isDocumentOf(document, id)) {
                throw new UnreadableBriefException(id, "its document is not the JSON of brief " + id, null);
            }
            return document;
        });
    }

    private Optional<Map<String, AttributeValue>> item(String id) {
        GetItemResponse response = dynamo.getItem(r -> r.tableName(table).key(Map.of(ID, s(id))).consistentRead(true));
        return response.hasItem() && !response.item().isEmpty() ? Optional.of(response.item()) : Optional.empty();
    }

    @Override
    public Claim claim(Brief processing, String sequencer, Instant leaseUntil, Instant now) {
        Map<String, AttributeValue> item = item(processing, sequencer);
        item.put(LEASE_UNTIL, n(leaseUntil.toEpochMilli()));
        try {
            dynamo.putItem(PutItemRequest.builder().tableName(table).item(item)
                    .conditionExpression("attribute_not_exists(#id) OR #seq < :seq"
                            + " OR (#seq = :seq AND #status = :processing AND #lease < :now)")
                    .expressionAttributeNames(Map.of("#id", ID, "#seq", SEQUENCER, "#status", STATUS,
                            "#lease", LEASE_UNTIL))
                    .expressionAttributeValues(Map.of(":seq", s(sequencer),
                            ":processing", s(BriefStatus.PROCESSING.name()), ":now", n(now.toEpochMilli())))
                    .build());
            return Claim.granted();
        } catch (ConditionalCheckFailedException e) {
            Map<String, AttributeValue> existing = dynamo.getItem(r -> r.tableName(table)
                    .key(Map.of(ID, s(processing.id()))).consistentRead(true)).item();
            if (existing == null || existing.isEmpty()) {
                // Deleted between the write and the read: let the event be retried.
                throw new IllegalStateException("Brief " + processing.id() + " changed during the claim; retry", e);
            }
            return Claim.refused(brief(existing), existing.get(SEQUENCER).s(), sequencer);
        }
    }

    @Override
    public boolean complete(Brief finished, String sequencer) {
        Map<String, AttributeValue> item = item(finished, sequencer);
        if (finished.status() == BriefStatus.READY && finished.source().sha256() != null) {
            item.put(READY_SHA256, s(finished.source().sha256()));
        }
        try {
            dynamo.putItem(PutItemRequest.builder().tableName(table).item(item)
                    .conditionExpression("#seq = :seq")
                    .expressionAttributeNames(Map.of("#seq", SEQUENCER))
                    .expressionAttributeValues(Map.of(":seq", s(sequencer)))
                    .build());
            return true;
        } catch (ConditionalCheckFailedException e) {
            return false;
        }
    }

    @Override
    public void release(String id, String sequencer) {
        try {
            dynamo.updateItem(r -> r.tableName(table).key(Map.of(ID, s(id)))
                    .updateExpression("SET #lease = :expired")
                    .conditionExpression("#seq = :seq AND #status = :processing")
                    .expressionAttributeNames(Map.of("#lease", LEASE_UNTIL, "#seq", SEQUENCER, "#status", STATUS))
                    .expressionAttributeValues(Map.of(":expired", n(0), ":seq", s(sequencer),
                            ":processing", s(BriefStatus.PROCESSING.name()))));
        } catch (ConditionalCheckFailedException e) {
            // Another version or a finished brief: nothing of ours to release.
        }
    }

    @Override
    public Page<Brief> list(int limit, String after) {
        // A page's items spread evenly over the shards, so each shard is first asked for its share and a little more
        // (4 items for a page of 20, not 20), and asked again only when it may hold more of the page.
        List<ShardRead> shards = new ArrayList<>();
        for (int shard = 0; shard < LIST_SHARDS; shard++) {
            shards.add(new ShardRead(shardName(shard), after));
        }
        List<ShardRead> toRead = shards;
        int readLimit = Math.min(limit, limit / LIST_SHARDS + SHARD_SLACK);
        List<Map<String, AttributeValue>> candidates;
        while (true) {
            read(toRead, readLimit);
            candidates = newestFirst(shards);
            String oldestOnPage = candidates.size() >= limit ? sortKey(candidates.get(limit - 1)) : null;
            toRead = shards.stream().filter(shard -> shard.mayHoldItemsNewerThan(oldestOnPage)).toList();
            if (toRead.isEmpty()) {
                break;
            }
            readLimit = limit;
        }
        List<Map<String, AttributeValue>> page = candidates.subList(0, Math.min(limit, candidates.size()));
        boolean more = candidates.size() > limit || shards.stream().anyMatch(ShardRead::hasMore);
        String next = more && !page.isEmpty() ? sortKey(page.getLast()) : null;
        return new Page<>(readable(page.stream()), next);
    }

    /**
     * The next {@code limit} items of each of {@code shards}, queried all at once on virtual threads: a page waits for
     * the slowest shard rather than for the sum of {@value BriefsTable#LIST_SHARDS} round trips.
     */
    private void read(List<ShardRead> shards, int limit) {
        try (ExecutorService queries = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<QueryResponse>> responses = new ArrayList<>();
            for (ShardRead shard : shards) {
                QueryRequest request = shardQuery(shard.name, limit, shard.before);
                responses.add(queries.submit(() -> dynamo.query(request)));
            }
            for (int i = 0; i < shards.size(); i++) {
                shards.get(i).add(responses.get(i).get());
            }
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException failure ? failure : new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while listing briefs", e);
        }
    }

    private static List<Map<String, AttributeValue>> newestFirst(List<ShardRead> shards) {
        List<Map<String, AttributeValue>> items = new ArrayList<>();
        shards.forEach(shard -> items.addAll(shard.items));
        items.sort(Comparator.comparing(DynamoBriefRepository::sortKey).reversed());
        return items;
    }

    private static String sortKey(Map<String, AttributeValue> item) {
        return item.get(CREATED_SORT).s();
    }

    /** What a listing has read of one shard: its newest items before the page's position, newest first. */
    private static final class ShardRead {
        final String name;
        final List<Map<String, AttributeValue>> items = new ArrayList<>();
        /** Where the next read starts: the oldest item read so far, or the page's position before any. */
        String before;
        private boolean more = true;

        ShardRead(String name, String after) {
            this.name = name;
            this.before = after;
        }

        void add(QueryResponse response) {
            items.addAll(response.items());
            more = response.hasLastEvaluatedKey() && !response.lastEvaluatedKey().isEmpty();
            if (!items.isEmpty()) {
                before = sortKey(items.getLast());
            }
        }

        boolean hasMore() {
            return more;
        }

        /**
         * Whether items not read yet could belong on the page. They are all older than the last one read, so only
         * when that one is newer than the oldest item on the page, or the page is not full ({@code oldestOnPage} null).
         */
        boolean mayHoldItemsNewerThan(String oldestOnPage) {
            return more && (oldestOnPage == null || before == null || before.compareTo(oldestOnPage) > 0);
        }
    }

    private QueryRequest shardQuery(String shard, int limit, String after) {
        Map<String, String> names = new HashMap<>(Map.of("#shard", LIST_SHARD));
        Map<String, AttributeValue> values = new HashMap<>(Map.of(":shard", s(shard)));
        String condition = "#shard = :shard";
        if (after != null) {
            condition += " AND #sort < :after";
            names.put("#sort", CREATED_SORT);
            values.put(":after", s(after));
        }
        return QueryRequest.builder().tableName(table).indexName(BY_CREATED)
                .keyConditionExpression(condition).expressionAttributeNames(names)
                .expressionAttributeValues(values).scanIndexForward(false).limit(limit).build();
    }

    @Override
    public List<Brief> findBySourceKey(String key) {
        return readable(queryIndex(BY_SOURCE_KEY, SOURCE_KEY, key, 100));
    }

    @Override
    public Optional<Brief> findReadyBySha256(String sha256) {
        return readable(queryIndex(BY_SHA256, READY_SHA256, sha256, 1)).stream().findFirst();
    }

    /** The items whose {@code attribute} equals {@code value} in {@code index}, newest first where it sorts. */
    private java.util.stream.Stream<Map<String, AttributeValue>> queryIndex(String index, String attribute, String value,
                                                                             int limit) {
        return dynamo.query(QueryRequest.builder().tableName(table).indexName(index)
                .keyConditionExpression("#attribute = :value")
                .expressionAttributeNames(Map.of("#attribute", attribute))
                .expressionAttributeValues(Map.of(":value", s(value)))
                .scanIndexForward(false).limit(limit).build()).items().stream();
    }

    /**
     * The sort position of a brief in listings: creation time in fixed-width nanoseconds since the epoch, so briefs of
     * the same millisecond keep their order, then the id for exact ties. The first 13 digits are the milliseconds, so
     * positions written before this precision (13-digit milliseconds, then {@code #}) still sort below newer ones.
     */
    static String createdSort(Brief brief) {
        Instant created = brief.createdAt();
        return String.format("%010d%09d#%s", created.getEpochSecond(), created.getNano(), brief.id());
    }

    static String shardName(int shard) {
        return "s" + shard;
    }

    static int shardOf(String id) {
        return Math.floorMod(id.hashCode(), LIST_SHARDS);
    }

    private static Map<String, AttributeValue> item(Brief brief, String sequencer) {
        Map<String, AttributeValue> item = new HashMap<>();
        item.put(ID, s(brief.id()));
        item.put(STATUS, s(brief.status().name()));
        item.put(SEQUENCER, s(sequencer));
        item.put(BRIEF, s(BriefJson.write(brief)));
        item.put(LIST_SHARD, s(shardName(shardOf(brief.id()))));
        item.put(CREATED_SORT, s(createdSort(brief)));
        item.put(SOURCE_KEY, s(brief.source().key()));
        return item;
    }

    private static Brief brief(Map<String, AttributeValue> item) {
        String document = document(item);
        try {
            return BriefJson.readBrief(document);
        } catch (RuntimeException e) {
            throw new UnreadableBriefException(idOf(item), "its document is not a brief (" + e.getMessage() + ")", e);
        }
    }

    private static String document(Map<String, AttributeValue> item) {
        AttributeValue document = item.get(BRIEF);
        if (document == null || document.s() == null) {
            throw new UnreadableBriefException(idOf(item), "it has no '" + BRIEF + "' string attribute", null);
        }
        return document.s();
    }

    private static String idOf(Map<String, AttributeValue> item) {
        AttributeValue id = item.get(ID);
        return id == null || id.s() == null ? "(without an id)" : id.s();
    }

    /** The briefs of {@code items}; an unreadable one is logged and left out, so one bad item cannot hide the rest. */
    private static List<Brief> readable(java.util.stream.Stream<Map<String, AttributeValue>> items) {
        List<Brief> briefs = new ArrayList<>();
        items.forEach(item -> {
            try {
                briefs.add(brief(item));
            } catch (UnreadableBriefException e) {
                JsonLog.warn("unreadable brief skipped", Map.of("briefId", e.id(), "reason", e.getMessage()));
            }
        });
        return briefs;
    }

    private static AttributeValue s(String value) {
        return AttributeValue.fromS(value);
    }

    private static AttributeValue n(long value) {
        return AttributeValue.fromN(Long.toString(value));
    }
}
