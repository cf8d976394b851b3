package dev.briefs.aws;

import dev.briefs.brief.Brief;
import dev.briefs.brief.BriefStatus;
import dev.briefs.json.BriefJson;
import dev.briefs.store.AbandonedClaim;
import dev.briefs.log.JsonLog;
import dev.briefs.store.UnreadableBriefException;
import dev.briefs.store.BriefRepository;
import dev.briefs.store.Sequencers;
import dev.briefs.store.Claim;
import dev.briefs.store.Page;
import dev.briefs.story.ActorEntry;
import dev.briefs.story.ActorIndex;
import dev.briefs.story.BriefQuery;
import dev.briefs.story.RelatedBrief;
import dev.briefs.story.RelatedBriefs;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutItemResponse;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
    public Claim claim(Brief processing, String sequencer, Instant leaseUntil, Instant now, String claimant) {
        Map<String, AttributeValue> item = item(processing, sequencer);
        item.put(LEASE_UNTIL, n(leaseUntil.toEpochMilli()));
        item.put(LEASE_SHARD, item.get(LIST_SHARD));
        Map<String, String> names = new HashMap<>(Map.of("#id", ID, "#seq", SEQUENCER, "#lease", LEASE_UNTIL));
        Map<String, AttributeValue> values = new HashMap<>(Map.of(":seq", s(sequencer), ":now", n(now.toEpochMilli())));
        // Only PROCESSING claims and given-up versions carry a lease, so "#lease < :now" is false for the rest.
        String condition = "attribute_not_exists(#id) OR #seq < :seq OR (#seq = :seq AND #lease < :now)";
        if (claimant != null) {
            item.put(CLAIMANT, s(claimant));
            condition += " OR (#seq = :seq AND #claimant = :claimant)";
            names.put("#claimant", CLAIMANT);
            values.put(":claimant", s(claimant));
        }
        Map<String, AttributeValue> replaced = putIfReturningOld(item, condition, names, values);
        if (replaced != null) {
            // A granted claim over a READY brief: it is being briefed again, so its actor entries go.
            dropActorEntries(processing.id(), replaced);
            return Claim.granted();
        }
        // Deleted between the write and the read: let the event be retried.
        Map<String, AttributeValue> existing = item(processing.id()).orElseThrow(() -> new IllegalStateException(
                "Brief " + processing.id() + " changed during the claim; retry"));
        return Claim.refused(brief(existing), existing.get(SEQUENCER).s(), sequencer);
    }

    /**
     * A READY brief with actors is written in three steps, so that no failure between them leaves an entry no one can
     * find again: the PROCESSING record first names the keys of the entries to come (a later claim of the record
     * drops whatever it names), then the entries are written, then the brief. When a newer version took the record
     * over meanwhile, this version's entries are deleted again, each only if it is still this version's.
     * (DynamoDB transactions would do it in one call, but dynalite, the local stand-in, has none.)
     */
    @Override
    public boolean complete(Brief finished, String sequencer, Map<String, String> definedForms) {
        Map<String, AttributeValue> item = item(finished, sequencer);
        if (finished.status() == BriefStatus.READY && finished.source().sha256() != null) {
            item.put(READY_SHA256, s(finished.source().sha256()));
        }
        List<ActorEntry> entries = ActorIndex.entries(finished, definedForms);
        if (!entries.isEmpty()) {
            AttributeValue keys = AttributeValue.fromL(entries.stream().map(entry -> s(entry.key())).toList());
            if (!nameActorKeys(finished.id(), sequencer, keys)) {
                return false;
            }
            item.put(ACTOR_KEYS, keys);
            String createdSort = createdSort(finished);
            write(entries.stream().map(entry -> {
                Map<String, AttributeValue> entryItem = ActorIndexItems.item(entry, createdSort);
                entryItem.put(SEQUENCER, s(sequencer));
                return WriteRequest.builder().putRequest(put -> put.item(entryItem)).build();
            }).toList());
        }
        if (putIf(item, "#seq = :seq", Map.of("#seq", SEQUENCER), Map.of(":seq", s(sequencer)))) {
            return true;
        }
        entries.forEach(entry -> deleteEntryOfVersion(ActorIndexItems.id(finished.id(), entry.key()), sequencer));
        return false;
    }

    /** Records on the PROCESSING record which entries this version is about to write; false when it is not ours. */
    private boolean nameActorKeys(String id, String sequencer, AttributeValue keys) {
        try {
            dynamo.updateItem(r -> r.tableName(table).key(Map.of(ID, s(id)))
                    .updateExpression("SET #keys = :keys")
                    .conditionExpression("#seq = :seq AND #status = :processing")
                    .expressionAttributeNames(Map.of("#keys", ACTOR_KEYS, "#seq", SEQUENCER, "#status", STATUS))
                    .expressionAttributeValues(Map.of(":keys", keys, ":seq", s(sequencer),
                            ":processing", s(BriefStatus.PROCESSING.name()))));
            return true;
        } catch (ConditionalCheckFailedException e) {
            return false;
        }
    }

    private void deleteEntryOfVersion(String entryId, String sequencer) {
        try {
            dynamo.deleteItem(r -> r.tableName(table).key(Map.of(ID, s(entryId)))
                    .conditionExpression("#seq = :seq")
                    .expressionAttributeNames(Map.of("#seq", SEQUENCER))
                    .expressionAttributeValues(Map.of(":seq", s(sequencer))));
        } catch (ConditionalCheckFailedException e) {
            // The newer version wrote this entry already: it is theirs now.
        }
    }

    /** Batch writes, 25 requests a call as DynamoDB takes them, until none is left unprocessed. */
    private void write(List<WriteRequest> requests) {
        for (int from = 0; from < requests.size(); from += 25) {
            Map<String, List<WriteRequest>> batch = Map.of(table, requests.subList(from, Math.min(from + 25, requests.size())));
            while (!batch.isEmpty()) {
                Map<String, List<WriteRequest>> pending = batch;
                batch = dynamo.batchWriteItem(builder -> builder.requestItems(pending)).unprocessedItems();
            }
        }
    }

    /** Drops the actor index entries a replaced or deleted brief item names: the one place entries are removed. */
    private void dropActorEntries(String briefId, Map<String, AttributeValue> replaced) {
        if (replaced == null || !replaced.containsKey(ACTOR_KEYS)) {
            return;
        }
        write(replaced.get(ACTOR_KEYS).l().stream()
                .map(key -> WriteRequest.builder().deleteRequest(d -> d.key(Map.of(ID,
                        s(ActorIndexItems.id(briefId, key.s()))))).build())
                .toList());
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
    public boolean giveUp(Brief failed, String sequencer) {
        Map<String, AttributeValue> item = item(failed, sequencer);
        // An expired lease without a lease shard: a redelivery of this version may claim it, the sweeper leaves it.
        item.put(LEASE_UNTIL, n(0));
        Map<String, AttributeValue> replaced = putIfReturningOld(item, "#seq = :seq AND #status = :processing",
                Map.of("#seq", SEQUENCER, "#status", STATUS),
                Map.of(":seq", s(sequencer), ":processing", s(BriefStatus.PROCESSING.name())));
        if (replaced == null) {
            return false;
        }
        // Entries this version named before it failed must not outlive it.
        dropActorEntries(failed.id(), replaced);
        return true;
    }

    /** Writes {@code item} if {@code condition} holds; false when it does not. */
    private boolean putIf(Map<String, AttributeValue> item, String condition, Map<String, String> names,
                          Map<String, AttributeValue> values) {
        return putIfReturningOld(item, condition, names, values) != null;
    }

    /**
     * Writes {@code item} if {@code condition} holds, returning the attributes it replaced (empty when there was no
     * item); null when the condition does not hold.
     */
    private Map<String, AttributeValue> putIfReturningOld(Map<String, AttributeValue> item, String condition,
                                                          Map<String, String> names,
                                                          Map<String, AttributeValue> values) {
        try {
            PutItemResponse response = dynamo.putItem(PutItemRequest.builder().tableName(table).item(item)
                    .conditionExpression(condition).expressionAttributeNames(names).expressionAttributeValues(values)
                    .returnValues(ReturnValue.ALL_OLD).build());
            return response.hasAttributes() ? response.attributes() : Map.of();
        } catch (ConditionalCheckFailedException e) {
            return null;
        }
    }

    /*
     * The table's indexes are maintained by DynamoDB, so deleting the item removes its index entries too. Derived data
     * kept in items of its own (issue 12's stored article, issue 15's actor index) must be removed here as well.
     */
    @Override
    public boolean delete(String id, String sequencer) {
        try {
            Map<String, AttributeValue> old = dynamo.deleteItem(DeleteItemRequest.builder().tableName(table)
                    .key(Map.of(ID, s(id)))
                    .conditionExpression("#seq <= :seq")
                    .expressionAttributeNames(Map.of("#seq", SEQUENCER))
                    .expressionAttributeValues(Map.of(":seq", s(sequencer)))
                    .returnValues(ReturnValue.ALL_OLD)
                    .build()).attributes();
            dropActorEntries(id, old);
            return old != null && !old.isEmpty();
        } catch (ConditionalCheckFailedException e) {
            return false;
        }
    }

    @Override
    public List<AbandonedClaim> findAbandoned(Instant cutoff, int limit) {
        List<Map<String, AttributeValue>> found = new ArrayList<>();
        for (int shard = 0; shard < LIST_SHARDS; shard++) {
            found.addAll(dynamo.query(QueryRequest.builder().tableName(table).indexName(BY_LEASE)
                    .keyConditionExpression("#shard = :shard AND #lease < :cutoff")
                    .expressionAttributeNames(Map.of("#shard", LEASE_SHARD, "#lease", LEASE_UNTIL))
                    .expressionAttributeValues(Map.of(":shard", s(shardName(shard)),
                            ":cutoff", n(cutoff.toEpochMilli())))
                    .limit(limit).build()).items());
        }
        found.sort(Comparator.comparing(item -> Long.parseLong(item.get(LEASE_UNTIL).n())));
        return found.stream().limit(limit)
                .map(item -> new AbandonedClaim(brief(item), item.get(SEQUENCER).s())).toList();
    }

    @Override
    public void resetOrder(String id) {
        try {
            dynamo.updateItem(r -> r.tableName(table).key(Map.of(ID, s(id)))
                    .updateExpression("SET #seq = :none, #lease = :expired")
                    .conditionExpression("attribute_exists(#id)")
                    .expressionAttributeNames(Map.of("#id", ID, "#seq", SEQUENCER, "#lease", LEASE_UNTIL))
                    .expressionAttributeValues(Map.of(":none", s(Sequencers.NONE), ":expired", n(0))));
        } catch (ConditionalCheckFailedException e) {
            // No such brief: nothing holds the key.
        }
    }


    public Page<Brief> list(BriefQuery query, int limit, String after) {
        if (query.equals(BriefQuery.ALL)) {
            return newest(limit, after);
        }
        if (query.actorKey() != null) {
            Page<ActorEntry> entries = actorEntries(query.actorKey(), query, limit, after);
            List<Brief> briefs = briefs(entries.items().stream().map(ActorEntry::briefId).toList()).stream()
                    .filter(brief -> query.admits(brief.status(), brief.createdAt())).toList();
            return new Page<>(briefs, entries.nextCursor());
        }
        List<String> shards = new ArrayList<>();
        for (int shard = 0; shard < LIST_SHARDS; shard++) {
            shards.add(shardName(shard));
        }
        Page<Map<String, AttributeValue>> page = mergedQuery(BY_CREATED, LIST_SHARD, shards,
                SortRange.of(query, after), query.status() == null ? null : query.status().name(), limit);
        return new Page<>(readable(page.items().stream()), page.nextCursor());
    }

    /** The unfiltered listing, newest first: what {@code GET /briefs} asks for most. */
    private Page<Brief> newest(int limit, String after) {
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
        List<QueryResponse> responses = inParallel(shards.stream().map(shard -> shardQuery(BY_CREATED, LIST_SHARD,
                shard.name, new SortRange(null, shard.before), null, limit)).toList());
        for (int i = 0; i < shards.size(); i++) {
            shards.get(i).add(responses.get(i));
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

    @Override
    public Page<ActorEntry> actorEntries(String actorKey, BriefQuery query, int limit, String after) {
        Page<Map<String, AttributeValue>> page = mergedQuery(BY_ACTOR, ACTOR_SHARD, actorShards(actorKey),
                SortRange.of(query, after), null, limit);
        return new Page<>(page.items().stream().map(ActorIndexItems::entry).toList(), page.nextCursor());
    }

    @Override
    public List<RelatedBrief> related(String id, Duration window) {
        Map<String, AttributeValue> item = dynamo.getItem(r -> r.tableName(table).key(Map.of(ID, s(id)))
                .projectionExpression("#keys, #sort")
                .expressionAttributeNames(Map.of("#keys", ACTOR_KEYS, "#sort", CREATED_SORT))).item();
        if (item == null || !item.containsKey(ACTOR_KEYS)) {
            return List.of();
        }
        List<String> keys = item.get(ACTOR_KEYS).l().stream().map(AttributeValue::s)
                .limit(RelatedBriefs.ACTORS_LOOKED_UP).toList();
        // A batch answers in any order: the brief's own order is what makes the shared actors' order stable.
        List<ActorEntry> own = batchGet(keys.stream().map(key -> ActorIndexItems.id(id, key)).toList()).stream()
                .map(ActorIndexItems::entry).sorted(Comparator.comparingInt(entry -> keys.indexOf(entry.key()))).toList();
        if (own.isEmpty()) {
            return List.of();
        }
        String createdSort = item.get(CREATED_SORT).s();
        SortRange range = new SortRange(sortBound(own.getFirst().createdAt().minus(window)), createdSort);
        List<QueryRequest> queries = new ArrayList<>();
        for (String key : keys) {
            for (String shard : actorShards(key)) {
                queries.add(shardQuery(BY_ACTOR, ACTOR_SHARD, shard, range, null,
                        RelatedBriefs.ENTRIES_PER_ACTOR / ACTOR_SHARDS));
            }
        }
        List<ActorEntry> candidates = inParallel(queries).stream().flatMap(response -> response.items().stream())
                .filter(candidate -> !candidate.get(CREATED_SORT).s().equals(createdSort))
                .map(ActorIndexItems::entry).toList();
        return RelatedBriefs.rank(own, candidates);
    }

    private static List<String> actorShards(String actorKey) {
        List<String> shards = new ArrayList<>();
        for (int shard = 0; shard < ACTOR_SHARDS; shard++) {
            shards.add(ActorIndexItems.shard(actorKey, shard));
        }
        return shards;
    }

    /**
     * A page of {@code index} newest first across {@code partitions}: one query per partition, merged. With a filter
     * a partition may stop early (DynamoDB's limit counts the items it read, not those it kept): then only items
     * newer than the furthest point every such partition reached are returned, and the cursor is that point, so no
     * item is skipped or repeated.
     */
    private Page<Map<String, AttributeValue>> mergedQuery(String index, String partitionAttribute,
                                                          List<String> partitions, SortRange range, String status,
                                                          int limit) {
        List<QueryRequest> queries = partitions.stream()
                .map(partition -> shardQuery(index, partitionAttribute, partition, range, status, limit)).toList();
        List<Map<String, AttributeValue>> candidates = new ArrayList<>();
        String frontier = null;
        for (QueryResponse response : inParallel(queries)) {
            response.items().stream().filter(item -> !item.get(CREATED_SORT).s().equals(range.before()))
                    .forEach(candidates::add);
            if (response.hasLastEvaluatedKey() && !response.lastEvaluatedKey().isEmpty()) {
                String reached = response.lastEvaluatedKey().get(CREATED_SORT).s();
                frontier = frontier == null || reached.compareTo(frontier) > 0 ? reached : frontier;
            }
        }
        String floor = frontier;
        List<Map<String, AttributeValue>> complete = candidates.stream()
                .filter(item -> floor == null || item.get(CREATED_SORT).s().compareTo(floor) >= 0)
                .sorted(Comparator.comparing((Map<String, AttributeValue> item) -> item.get(CREATED_SORT).s()).reversed())
                .toList();
        List<Map<String, AttributeValue>> page = complete.subList(0, Math.min(limit, complete.size()));
        String next = complete.size() > limit ? page.getLast().get(CREATED_SORT).s()
                : frontier == null ? null
                : page.size() == limit ? page.getLast().get(CREATED_SORT).s() : frontier;
        return new Page<>(page, next);
    }

    private QueryRequest shardQuery(String index, String partitionAttribute, String partition, SortRange range,
                                    String status, int limit) {
        Map<String, String> names = new HashMap<>(Map.of("#partition", partitionAttribute));
        Map<String, AttributeValue> values = new HashMap<>(Map.of(":partition", s(partition)));
        String condition = "#partition = :partition";
        if (range.from() != null || range.before() != null) {
            names.put("#sort", CREATED_SORT);
        }
        if (range.from() != null && range.before() != null) {
            // BETWEEN is inclusive: the item at the exclusive end is read (one more) and dropped by the caller.
            condition += " AND #sort BETWEEN :from AND :before";
            values.put(":from", s(range.from()));
            values.put(":before", s(range.before()));
            limit++;
        } else if (range.from() != null) {
            condition += " AND #sort >= :from";
            values.put(":from", s(range.from()));
        } else if (range.before() != null) {
            condition += " AND #sort < :before";
            values.put(":before", s(range.before()));
        }
        QueryRequest.Builder query = QueryRequest.builder().tableName(table).indexName(index)
                .keyConditionExpression(condition).scanIndexForward(false).limit(limit);
        if (status != null) {
            names.put("#status", STATUS);
            values.put(":status", s(status));
            query.filterExpression("#status = :status");
        }
        return query.expressionAttributeNames(names).expressionAttributeValues(values).build();
    }

    /**
     * The shard queries of one page, all at once on virtual threads: a page waits for the slowest shard rather than
     * for the sum of the round trips.
     */
    private List<QueryResponse> inParallel(List<QueryRequest> queries) {
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<QueryResponse>> responses = queries.stream()
                    .map(query -> threads.submit(() -> dynamo.query(query))).toList();
            List<QueryResponse> results = new ArrayList<>();
            for (Future<QueryResponse> response : responses) {
                results.add(response.get());
            }
            return results;
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while querying " + table, e);
        }
    }

    /** The briefs with these ids, in this order, leaving out any that no longer exist. */
    private List<Brief> briefs(List<String> ids) {
        Map<String, Brief> byId = new HashMap<>();
        readable(batchGet(ids).stream()).forEach(brief -> byId.put(brief.id(), brief));
        return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
    }

    /** The items with these ids (any order), in batches of 100 as DynamoDB takes them. */
    private List<Map<String, AttributeValue>> batchGet(List<String> ids) {
        List<Map<String, AttributeValue>> items = new ArrayList<>();
        List<String> distinct = ids.stream().distinct().toList();
        for (int from = 0; from < distinct.size(); from += 100) {
            Map<String, KeysAndAttributes> request = Map.of(table, KeysAndAttributes.builder()
                    .keys(distinct.subList(from, Math.min(from + 100, distinct.size())).stream()
                            .map(id -> Map.of(ID, s(id))).toList()).build());
            while (!request.isEmpty()) {
                Map<String, KeysAndAttributes> pending = request;
                BatchGetItemResponse response = dynamo.batchGetItem(builder -> builder.requestItems(pending));
                items.addAll(response.responses().getOrDefault(table, List.of()));
                request = response.unprocessedKeys();
            }
        }
        return items;
    }

    /**
     * The part of an index a query reads, as sort positions: from {@code from} (inclusive) to {@code before}
     * (exclusive); either may be null for an open end.
     */
    record SortRange(String from, String before) {

        static SortRange of(BriefQuery query, String after) {
            String until = query.until() == null ? null : sortBound(query.until().plusNanos(1));
            String before = after == null ? until : until == null || after.compareTo(until) < 0 ? after : until;
            return new SortRange(query.since() == null ? null : sortBound(query.since()), before);
        }
    }

    /**
     * The lowest sort position at {@code instant} ({@link #createdSort} without the id): every brief created then or
     * later sorts at or above it.
     */
    static String sortBound(Instant instant) {
        Instant bound = instant.isBefore(Instant.EPOCH) ? Instant.EPOCH : instant;
        return String.format("%010d%09d", bound.getEpochSecond(), bound.getNano());
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
        // Always present, if empty: the notification pipes' templates read them from every READY or FAILED record.
        item.put(TITLE, s(brief.title() == null ? "" : brief.title()));
        item.put(ENGINE, s(engineName(brief)));
        return item;
    }

    /** The engine as a notification names it: provider and model ("extractive extractive-1.0"), empty when none. */
    public static String engineName(Brief brief) {
        return brief.engine() == null ? "" : brief.engine().provider() + " " + brief.engine().model();
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
