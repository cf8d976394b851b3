package dev.briefs.aws;

import dev.briefs.brief.Brief;
import dev.briefs.brief.BriefContent;
import dev.briefs.brief.BriefError;
import dev.briefs.brief.BriefStatus;
import dev.briefs.brief.EngineInfo;
import dev.briefs.brief.FailureCode;
import dev.briefs.brief.HeadlineShift;
import dev.briefs.brief.Source;
import dev.briefs.store.BriefIds;
import dev.briefs.store.Claim;
import dev.briefs.store.Page;
import dev.briefs.store.AbandonedClaim;
import dev.briefs.store.Sequencers;
import dev.briefs.store.UnreadableBriefException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The repository against dynalite, through the real SDK client over HTTP. */
class DynamoBriefRepositoryIT {

    private static DynamoDbClient dynamo;
    private static DynamoBriefRepository repository;
    private static final Instant T0 = Instant.parse("2026-11-25T08:00:00Z");

    @BeforeAll
    static void start() {
        FreshTable table = FreshTable.create();
        dynamo = table.dynamo();
        repository = table.repository();
    }

    @AfterAll
    static void stop() {
        dynamo.close();
    }

    @Test
    void anItemThatIsNotABriefIsSkippedByListingsAndAClearErrorOnItsOwn() {
        FreshTable fresh = FreshTable.create();
        String table = fresh.name();
        DynamoBriefRepository briefs = fresh.repository();
        Brief good = processing("good.txt", T0);
        briefs.claim(good, Sequencers.comparable("01"), T0.plusSeconds(900), T0);
        String garbled = BriefIds.of("bucket", "garbled.txt");
        String bare = BriefIds.of("bucket", "bare.txt");
        dynamo.putItem(r -> r.tableName(table).item(Map.of("id", AttributeValue.fromS(garbled),
                "brief", AttributeValue.fromS("{\"id\": \"" + garbled + "\", \"status\": "),
                "listShard", AttributeValue.fromS("s0"), "createdSort", AttributeValue.fromS("9999999999999#" + garbled),
                "sourceKey", AttributeValue.fromS("good.txt"))));
        dynamo.putItem(r -> r.tableName(table).item(Map.of("id", AttributeValue.fromS(bare),
                "listShard", AttributeValue.fromS("s1"), "createdSort", AttributeValue.fromS("9999999999998#" + bare))));

        assertEquals(List.of(good.id()), briefs.list(20, null).items().stream().map(Brief::id).toList());
        assertEquals(List.of(good.id()), briefs.findBySourceKey("good.txt").stream().map(Brief::id).toList());
        UnreadableBriefException onItsOwn = assertThrows(UnreadableBriefException.class, () -> briefs.get(garbled));
        assertEquals(garbled, onItsOwn.id());
        assertThrows(UnreadableBriefException.class, () -> briefs.getDocument(garbled));
        assertTrue(assertThrows(UnreadableBriefException.class, () -> briefs.getDocument(bare)).getMessage()
                .contains("no 'brief' string attribute"));
        assertTrue(briefs.getDocument(good.id()).orElseThrow().contains(good.id()));
    }

    @Test
    void claimThenCompleteMovesProcessingToReady() {
        Brief processing = processing("ready.txt", T0);
        String seq = Sequencers.comparable("0A");
        assertTrue(repository.claim(processing, seq, T0.plusSeconds(900), T0).isGranted());
        assertEquals(BriefStatus.PROCESSING, repository.get(processing.id()).orElseThrow().status());

        assertTrue(repository.complete(ready(processing, "sha-ready"), seq));
        Brief stored = repository.get(processing.id()).orElseThrow();
        assertEquals(BriefStatus.READY, stored.status());
        assertEquals("Title of ready.txt", stored.title());
        assertEquals(processing.createdAt(), stored.createdAt());
        assertEquals(stored.id(), repository.findReadyBySha256("sha-ready").orElseThrow().id());
        assertEquals(List.of(stored.id()), repository.findBySourceKey("ready.txt").stream().map(Brief::id).toList());
    }

    @Test
    void sameVersionIsRefusedOnceDoneAndOlderVersionsAlways() {
        Brief processing = processing("versions.txt", T0);
        String newer = Sequencers.comparable("0F");
        repository.claim(processing, newer, T0.plusSeconds(900), T0);
        repository.complete(ready(processing, "sha-v"), newer);

        Claim again = repository.claim(processing("versions.txt", T0.plusSeconds(5)), newer, T0.plusSeconds(905),
                T0.plusSeconds(5));
        assertEquals(Claim.Verdict.ALREADY_DONE, again.verdict());
        Claim older = repository.claim(processing("versions.txt", T0.plusSeconds(5)), Sequencers.comparable("0A"),
                T0.plusSeconds(905), T0.plusSeconds(5));
        assertEquals(Claim.Verdict.NEWER_VERSION, older.verdict());
        assertFalse(repository.complete(ready(processing, "sha-old"), Sequencers.comparable("0A")));
        assertEquals("sha-v", repository.get(processing.id()).orElseThrow().source().sha256());

        Claim newest = repository.claim(processing("versions.txt", T0.plusSeconds(9)), Sequencers.comparable("1A"),
                T0.plusSeconds(909), T0.plusSeconds(9));
        assertTrue(newest.isGranted());
    }

    @Test
    void aLiveLeaseBlocksAndAnExpiredOrReleasedLeaseDoesNot() {
        String seq = Sequencers.comparable("0B");
        Brief first = processing("lease.txt", T0);
        repository.claim(first, seq, T0.plusSeconds(60), T0);
        assertEquals(Claim.Verdict.IN_FLIGHT,
                repository.claim(first, seq, T0.plusSeconds(90), T0.plusSeconds(30)).verdict());
        assertTrue(repository.claim(first, seq, T0.plusSeconds(200), T0.plusSeconds(61)).isGranted());

        repository.release(first.id(), seq);
        assertTrue(repository.claim(first, seq, T0.plusSeconds(300), T0.plusSeconds(62)).isGranted());
    }

    @Test
    void failedRecordsKeepTheirReason() {
        Brief processing = processing("empty.txt", T0);
        String seq = Sequencers.NONE;
        repository.claim(processing, seq, T0.plusSeconds(900), T0);
        repository.complete(processing.failed(processing.source(), BriefError.of(FailureCode.EMPTY_FILE, "empty"),
                T0.plusSeconds(1)), seq);
        Brief stored = repository.get(processing.id()).orElseThrow();
        assertEquals(BriefStatus.FAILED, stored.status());
        assertEquals("EMPTY_FILE", stored.error().code());
        assertTrue(repository.findReadyBySha256("sha-empty").isEmpty());
    }

    @Test
    void listingMergesTheShardsNewestFirstAcrossPages() {
        Instant base = Instant.parse("2030-01-01T00:00:00Z");
        for (int i = 0; i < 30; i++) {
            Brief brief = processing("list/" + i + ".txt", base.plusSeconds(i));
            repository.claim(brief, Sequencers.NONE, base.plusSeconds(900), base);
        }
        List<String> keys = new ArrayList<>();
        String after = null;
        do {
            Page<Brief> page = repository.list(7, after);
            page.items().forEach(brief -> keys.add(brief.source().key()));
            after = page.nextCursor();
        } while (after != null && keys.size() < 100);
        List<String> listed = keys.stream().filter(key -> key.startsWith("list/")).toList();
        assertEquals(30, listed.size());
        assertEquals(30, new HashSet<>(listed).size());
        assertEquals("list/29.txt", listed.getFirst());
        assertEquals("list/0.txt", listed.getLast());
        Set<Integer> shards = new HashSet<>();
        listed.forEach(key -> shards.add(DynamoBriefRepository.shardOf(BriefIds.of("bucket", key))));
        assertTrue(shards.size() > 4, "writes spread over the shards: " + shards);
    }

    @Test
    void aGivenUpVersionIsFailedYetClaimableByItsRedeliveryOnly() {
        Brief processing = processing("given-up.txt", T0);
        String seq = Sequencers.comparable("0C");
        repository.claim(processing, seq, T0.plusSeconds(900), T0, "message-1");
        Brief failed = processing.failed(processing.source(), BriefError.of(FailureCode.RETRIES_EXHAUSTED, "down"), T0);
        assertTrue(repository.giveUp(failed, seq));
        assertEquals("RETRIES_EXHAUSTED", repository.get(processing.id()).orElseThrow().error().code());
        assertFalse(repository.giveUp(failed, seq), "only a PROCESSING claim is given up");
        assertTrue(repository.findAbandoned(T0.plusSeconds(10_000), 1000).stream()
                .noneMatch(claim -> claim.brief().id().equals(processing.id())), "not the sweeper's to requeue");
        assertTrue(repository.claim(processing, seq, T0.plusSeconds(900), T0.plusSeconds(1)).isGranted(),
                "the same version, redriven from the dead-letter queue, is briefed again");
    }

    @Test
    void aRedeliveryOfTheClaimingMessageTakesOverItsLiveClaim() {
        Brief processing = processing("claimant.txt", T0);
        String seq = Sequencers.comparable("0D");
        repository.claim(processing, seq, T0.plusSeconds(900), T0, "message-1");
        assertEquals(Claim.Verdict.IN_FLIGHT,
                repository.claim(processing, seq, T0.plusSeconds(905), T0.plusSeconds(5), "message-2").verdict());
        assertTrue(repository.claim(processing, seq, T0.plusSeconds(905), T0.plusSeconds(5), "message-1").isGranted());
    }

    @Test
    void abandonedClaimsAreFoundByLeaseAndFinishedOnesAreNot() {
        Brief stuck = processing("stuck.txt", T0);
        Brief done = processing("done.txt", T0);
        repository.claim(stuck, Sequencers.comparable("0E"), T0.plusSeconds(60), T0);
        repository.claim(done, Sequencers.comparable("0E"), T0.plusSeconds(60), T0);
        repository.complete(ready(done, "sha-done"), Sequencers.comparable("0E"));

        List<AbandonedClaim> before = repository.findAbandoned(T0.plusSeconds(59), 1000);
        assertTrue(before.stream().noneMatch(claim -> claim.brief().id().equals(stuck.id())), "the lease still runs");
        List<AbandonedClaim> after = repository.findAbandoned(T0.plusSeconds(61), 1000);
        AbandonedClaim found = after.stream().filter(claim -> claim.brief().id().equals(stuck.id())).findFirst()
                .orElseThrow();
        assertEquals(Sequencers.comparable("0E"), found.sequencer());
        assertEquals("stuck.txt", found.brief().source().key());
        assertTrue(after.stream().noneMatch(claim -> claim.brief().id().equals(done.id())));
    }

    @Test
    void aRemovalDeletesTheBriefAndItsIndexEntriesUnlessANewerVersionHoldsIt() {
        Brief processing = processing("removed.txt", T0);
        String seq = Sequencers.comparable("10");
        repository.claim(processing, seq, T0.plusSeconds(900), T0);
        repository.complete(ready(processing, "sha-removed"), seq);
        assertFalse(repository.delete(processing.id(), Sequencers.comparable("0F")), "an older removal");
        assertTrue(repository.get(processing.id()).isPresent());
        assertTrue(repository.delete(processing.id(), Sequencers.comparable("11")));
        assertTrue(repository.get(processing.id()).isEmpty());
        assertTrue(repository.findBySourceKey("removed.txt").isEmpty());
        assertTrue(repository.findReadyBySha256("sha-removed").isEmpty());
        assertFalse(repository.delete(processing.id(), Sequencers.comparable("12")), "nothing left to remove");
    }

    @Test
    void resettingTheOrderFreesAKeyWedgedByAFarFutureSequencer() {
        Brief wedged = processing("wedged.txt", T0);
        String future = Sequencers.comparable("FFFFFFFFFFFFFFFFFFFF");
        repository.claim(wedged, future, T0.plusSeconds(900), T0);
        repository.complete(ready(wedged, "sha-wedged"), future);
        Brief upload = processing("wedged.txt", T0.plusSeconds(60));
        assertEquals(Claim.Verdict.NEWER_VERSION, repository.claim(upload, Sequencers.comparable("0A"),
                T0.plusSeconds(960), T0.plusSeconds(60)).verdict());
        repository.resetOrder(wedged.id());
        assertTrue(repository.claim(upload, Sequencers.comparable("0A"), T0.plusSeconds(960), T0.plusSeconds(60))
                .isGranted());
    }

    @Test
    void briefsOfTheSameMillisecondAreListedStrictlyNewestFirst() {
        Instant base = Instant.parse("2031-01-01T00:00:00Z");
        List<String> created = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            String key = "micro/" + i + ".txt";
            Brief brief = processing(key, base.plusNanos(i * 1_000L));
            repository.claim(brief, Sequencers.NONE, base.plusSeconds(900), base);
            created.addFirst(key);
        }
        List<String> listed = repository.list(20, null).items().stream().map(brief -> brief.source().key())
                .filter(key -> key.startsWith("micro/")).toList();
        assertEquals(created, listed, "one millisecond, six microseconds: order by time, not by id");
    }

    @Test
    void aPageTakesAllItsItemsFromOneShardWhenTheNewestAreAllThere() {
        Instant base = Instant.parse("2032-01-01T00:00:00Z");
        List<String> newestFirst = new ArrayList<>();
        for (int i = 0; newestFirst.size() < 25; i++) {
            String key = "skew/" + i + ".txt";
            if (DynamoBriefRepository.shardOf(BriefIds.of("bucket", key)) == 0) {
                Brief brief = processing(key, base.plusSeconds(newestFirst.size()));
                repository.claim(brief, Sequencers.NONE, base.plusSeconds(900), base);
                newestFirst.addFirst(key);
            }
        }
        Page<Brief> first = repository.list(20, null);
        assertEquals(newestFirst.subList(0, 20), first.items().stream().map(brief -> brief.source().key()).toList(),
                "one shard holds the whole page, beyond its first share");
        Page<Brief> second = repository.list(20, first.nextCursor());
        assertEquals(newestFirst.subList(20, 25), second.items().stream().map(brief -> brief.source().key())
                .limit(5).toList());
    }

    @Test
    void aFailedShardQueryFailsTheListingWithTheServicesOwnException() {
        DynamoBriefRepository missing = new DynamoBriefRepository(dynamo, "no-such-table-" + UUID.randomUUID());
        assertThrows(ResourceNotFoundException.class, () -> missing.list(5, null),
                "the SDK's exception, not the executor's wrapper");
    }

    private static Brief processing(String key, Instant at) {
        return Brief.processing(BriefIds.of("bucket", key), new Source("bucket", key, "etag", null, 100L, null), at);
    }

    private static Brief ready(Brief processing, String sha) {
        Source source = new Source("bucket", processing.source().key(), "etag", sha, 100L, "text/plain");
        return processing.ready(source, "Title of " + processing.source().key(), new BriefContent(
                new HeadlineShift("b", "a", "t"), List.of(), List.of(), List.of(), EngineInfo.of("extractive", "1")),
                processing.createdAt().plus(Duration.ofSeconds(1)));
    }
}
