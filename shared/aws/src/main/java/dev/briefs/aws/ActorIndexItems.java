package dev.briefs.aws;

import dev.briefs.brief.Quote;
import dev.briefs.story.ActorEntry;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static dev.briefs.aws.BriefsTable.*;

/**
 * Actor index entries as items of the briefs table, mapped by hand like the briefs. An entry's id is its brief's id
 * and its key, so writing a brief's entries again overwrites them, and the brief's {@value BriefsTable#ACTOR_KEYS}
 * names every entry it has.
 */
final class ActorIndexItems {

    private ActorIndexItems() {
    }

    /** The id of the entry of {@code briefId} under {@code key}. */
    static String id(String briefId, String key) {
        return briefId + "/actor/" + key;
    }

    /** The partition of the entries of {@code key} that belong to {@code briefId}. */
    static String shard(String key, String briefId) {
        return shard(key, Math.floorMod(briefId.hashCode(), ACTOR_SHARDS));
    }

    static String shard(String key, int shard) {
        return key + "#" + shard;
    }

    static Map<String, AttributeValue> item(ActorEntry entry, String createdSort) {
        Map<String, AttributeValue> item = new HashMap<>();
        item.put(ID, s(id(entry.briefId(), entry.key())));
        item.put(ACTOR_SHARD, s(shard(entry.key(), entry.briefId())));
        item.put(CREATED_SORT, s(createdSort));
        item.put(CREATED_AT, s(entry.createdAt().toString()));
        item.put(ACTOR_KEY, s(entry.key()));
        item.put(ACTOR_NAME, s(entry.name()));
        item.put(ACTOR_ROLE, s(entry.role()));
        item.put(ACTOR_TYPE, s(entry.type() == null ? "" : entry.type()));
        item.put(BRIEF_ID, s(entry.briefId()));
        item.put(TITLE, s(entry.title()));
        item.put(AFTER, s(entry.after()));
        item.put(QUOTES, AttributeValue.fromL(entry.quotes().stream()
                .map(quote -> AttributeValue.fromM(Map.of("speaker", s(quote.speaker()), "text", s(quote.text()))))
                .toList()));
        return item;
    }

    static ActorEntry entry(Map<String, AttributeValue> item) {
        List<Quote> quotes = item.get(QUOTES).l().stream()
                .map(quote -> new Quote(quote.m().get("speaker").s(), quote.m().get("text").s())).toList();
        return new ActorEntry(item.get(ACTOR_KEY).s(), item.get(ACTOR_NAME).s(), item.get(ACTOR_ROLE).s(),
                item.get(ACTOR_TYPE).s(), item.get(BRIEF_ID).s(), item.get(TITLE).s(), item.get(AFTER).s(),
                Instant.parse(item.get(CREATED_AT).s()), quotes);
    }

    private static AttributeValue s(String value) {
        return AttributeValue.fromS(value);
    }
}
