package dev.briefs.store;

import dev.briefs.brief.Brief;
import dev.briefs.brief.BriefStatus;
import dev.briefs.story.ActorEntry;
import dev.briefs.story.ActorIndex;
import dev.briefs.story.BriefQuery;
import dev.briefs.story.RelatedBrief;
import dev.briefs.story.RelatedBriefs;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/** A repository with the same conditions as the DynamoDB one, for unit tests of the logic around it. */
public final class InMemoryBriefRepository implements BriefRepository {

    /** {@code leaseUntil} is null where DynamoDB's item has no lease: READY and FAILED records, but given-up ones. */
    private record Item(Brief brief, String sequencer, Instant leaseUntil, String claimant) {

        Item(Brief brief, String sequencer, Instant leaseUntil) {
            this(brief, sequencer, leaseUntil, null);
        }
    }

    private final Map<String, Item> items = new ConcurrentHashMap<>();
    /** The actor index: a brief's entries, by brief id. */
    private final Map<String, List<ActorEntry>> entries = new ConcurrentHashMap<>();

    @Override
    public Optional<Brief> get(String id) {
        return Optional.ofNullable(items.get(id)).map(Item::brief);
    }

    @Override
    public Optional<String> getDocument(String id) {
        return get(id).map(dev.briefs.json.BriefJson::write);
    }

    @Override
    public synchronized Claim claim(Brief processing, String sequencer, Instant leaseUntil, Instant now,
                                    String claimant) {
        Item existing = items.get(processing.id());
        boolean free = existing == null || existing.sequencer().compareTo(sequencer) < 0
                || existing.sequencer().equals(sequencer) && existing.leaseUntil() != null
                && (existing.leaseUntil().isBefore(now) || claimant != null && claimant.equals(existing.claimant()));
        if (!free) {
            return Claim.refused(existing.brief(), existing.sequencer(), sequencer);
        }
        items.put(processing.id(), new Item(processing, sequencer, leaseUntil, claimant));
        entries.remove(processing.id());
        return Claim.granted();
    }

    @Override
    public synchronized boolean complete(Brief finished, String sequencer, Map<String, String> definedForms) {
        Item existing = items.get(finished.id());
        if (existing == null || !existing.sequencer().equals(sequencer)) {
            return false;
        }
        items.put(finished.id(), new Item(finished, sequencer, null));
        entries.put(finished.id(), ActorIndex.entries(finished, definedForms));
        return true;
    }

    @Override
    public synchronized void release(String id, String sequencer) {
        Item existing = items.get(id);
        if (existing != null && existing.sequencer().equals(sequencer)
                && existing.brief().status() == BriefStatus.PROCESSING) {
            items.put(id, new Item(existing.brief(), sequencer, Instant.EPOCH, existing.claimant()));
        }
    }

    @Override
    public synchronized boolean giveUp(Brief failed, String sequencer) {
        Item existing = items.get(failed.id());
        if (existing == null || !existing.sequencer().equals(sequencer)
                || existing.brief().status() != BriefStatus.PROCESSING) {
            return false;
        }
        items.put(failed.id(), new Item(failed, sequencer, Instant.EPOCH));
        entries.remove(failed.id());
        return true;
    }

    @Override
    public synchronized boolean delete(String id, String sequencer) {
        Item existing = items.get(id);
        if (existing == null || existing.sequencer().compareTo(sequencer) > 0) {
            return false;
        }
        items.remove(id);
        entries.remove(id);
        return true;
    }

    @Override
    public List<AbandonedClaim> findAbandoned(Instant cutoff, int limit) {
        return items.values().stream()
                .filter(item -> item.brief().status() == BriefStatus.PROCESSING && item.leaseUntil().isBefore(cutoff))
                .sorted(Comparator.comparing(Item::leaseUntil)).limit(limit)
                .map(item -> new AbandonedClaim(item.brief(), item.sequencer())).toList();
    }

    @Override
    public synchronized void resetOrder(String id) {
        items.computeIfPresent(id, (key, item) -> new Item(item.brief(), Sequencers.NONE, Instant.EPOCH));
    }

    @Override
    public Page<Brief> list(BriefQuery query, int limit, String after) {
        List<Brief> all = items.values().stream().map(Item::brief)
                .filter(brief -> query.admits(brief.status(), brief.createdAt()))
                .filter(brief -> query.actorKey() == null || entries.getOrDefault(brief.id(), List.of()).stream()
                        .anyMatch(entry -> entry.key().equals(query.actorKey())))
                .toList();
        return page(all, InMemoryBriefRepository::position, limit, after);
    }

    @Override
    public Page<ActorEntry> actorEntries(String actorKey, BriefQuery query, int limit, String after) {
        List<ActorEntry> all = entries.values().stream().flatMap(List::stream)
                .filter(entry -> entry.key().equals(actorKey))
                .filter(entry -> query.admits(BriefStatus.READY, entry.createdAt())).toList();
        return page(all, entry -> position(entry.createdAt(), entry.briefId()), limit, after);
    }

    @Override
    public List<RelatedBrief> related(String id, Duration window) {
        List<ActorEntry> own = entries.getOrDefault(id, List.of());
        if (own.isEmpty()) {
            return List.of();
        }
        Instant created = own.getFirst().createdAt();
        List<ActorEntry> candidates = entries.values().stream().flatMap(List::stream)
                .filter(entry -> !entry.createdAt().isBefore(created.minus(window))).toList();
        return RelatedBriefs.rank(own, candidates);
    }

    private static <T> Page<T> page(List<T> matching, Function<T, String> position, int limit, String after) {
        List<T> all = new ArrayList<>(matching);
        all.sort(Comparator.comparing(position).reversed());
        List<T> remaining = after == null ? all
                : all.stream().filter(item -> position.apply(item).compareTo(after) < 0).toList();
        List<T> page = remaining.subList(0, Math.min(limit, remaining.size()));
        return new Page<>(page, remaining.size() > limit ? position.apply(page.getLast()) : null);
    }

    @Override
    public List<Brief> findBySourceKey(String key) {
        return items.values().stream().map(Item::brief).filter(brief -> brief.source().key().equals(key)).toList();
    }

    @Override
    public Optional<Brief> findReadyBySha256(String sha256) {
        return items.values().stream().map(Item::brief)
                .filter(brief -> brief.status() == BriefStatus.READY && sha256.equals(brief.source().sha256()))
                .findFirst();
    }

    private static String position(Brief brief) {
        return position(brief.createdAt(), brief.id());
    }

    private static String position(Instant createdAt, String id) {
        return String.format("%013d#%s", createdAt.toEpochMilli(), id);
    }
}
