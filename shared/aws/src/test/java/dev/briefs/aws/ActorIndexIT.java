package dev.briefs.aws;

import dev.briefs.brief.Actor;
import dev.briefs.brief.Brief;
import dev.briefs.brief.BriefError;
import dev.briefs.brief.BriefStatus;
import dev.briefs.brief.FailureCode;
import dev.briefs.brief.Quote;
import dev.briefs.store.Page;
import dev.briefs.store.Sequencers;
import dev.briefs.story.ActorEntry;
import dev.briefs.story.BriefQuery;
import dev.briefs.story.RelatedBrief;
import dev.briefs.story.RelatedBriefs;
import dev.briefs.story.StoryBriefs;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

import static dev.briefs.story.StoryBriefs.organisation;
import static dev.briefs.story.StoryBriefs.person;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The actor index, the filters and related briefs against dynalite, through the real SDK client over HTTP. */
class ActorIndexIT {

    private static final Instant T0 = Instant.parse("2026-11-01T08:00:00Z");
    private static DynamoDbClient dynamo;
    private static DynamoBriefRepository repository;
    private static final List<Brief> STORY = new ArrayList<>();
    private static final List<Brief> ALL = new ArrayList<>();

    @BeforeAll
    static void start() {
        FreshTable table = FreshTable.create();
        dynamo = table.dynamo();
        repository = table.repository();
        for (int day = 0; day < 5; day++) {
            STORY.add(store(StoryBriefs.ready("story-" + day + ".txt", T0.plus(Duration.ofDays(day)),
                    "Troop plan, day " + day, "After " + day,
                    List.of(person("Keir Starmer", "UK Prime Minister"), person("Emmanuel Macron", ""),
                            organisation("International Monetary Fund")),
                    List.of(new Quote("Starmer", "Day " + day + " words."))), Map.of("IMF", "International Monetary Fund")));
        }
        for (int i = 0; i < 40; i++) {
            Brief brief = StoryBriefs.ready("other-" + i + ".txt", T0.plus(Duration.ofHours(i * 3L)), "Other " + i,
                    "x", List.of(person("Ana Ruiz", "")), List.of());
            store(i % 4 == 0 ? brief.failed(brief.source(), BriefError.of(FailureCode.EMPTY_FILE, "empty"),
                    brief.createdAt()) : brief, Map.of());
        }
        ALL.sort(Comparator.comparing(Brief::createdAt).thenComparing(Brief::id).reversed());
    }

    @AfterAll
    static void stop() {
        dynamo.close();
    }

    @Test
    void anActorsBriefsComeFromTheIndexNewestFirstUnderEveryNameTheArticleGivesThem() {
        List<String> newestFirst = STORY.reversed().stream().map(Brief::id).toList();
        assertEquals(newestFirst, readAll((limit, after) -> repository.list(new BriefQuery(null, null, null,
                "keir starmer"), limit, after), 2).stream().map(Brief::id).toList());
        assertEquals(newestFirst, readAll((limit, after) -> repository.actorEntries("imf", BriefQuery.ALL, limit, after), 3)
                .stream().map(ActorEntry::briefId).toList());
        ActorEntry newest = repository.actorEntries("keir starmer", BriefQuery.ALL, 1, null).items().getFirst();
        assertEquals("UK Prime Minister", newest.role());
        assertEquals(List.of(new Quote("Starmer", "Day 4 words.")), newest.quotes());
        assertEquals(STORY.getLast().createdAt(), newest.createdAt());
    }

    @Test
    void filtersPageWithoutGapsOrRepeatsAcrossTheShards() {
        Instant since = T0.plus(Duration.ofHours(20));
        Instant until = T0.plus(Duration.ofDays(4));
        BriefQuery ready = new BriefQuery(BriefStatus.READY, since, until, null);
        List<String> expected = ALL.stream().filter(brief -> ready.admits(brief.status(), brief.createdAt()))
                .map(Brief::id).toList();
        assertEquals(expected, readAll((limit, after) -> repository.list(ready, limit, after), 4).stream()
                .map(Brief::id).toList());
        BriefQuery failed = new BriefQuery(BriefStatus.FAILED, null, null, null);
        assertEquals(10, readAll((limit, after) -> repository.list(failed, limit, after), 3).size());
        assertEquals(ALL.stream().map(Brief::id).toList(),
                readAll((limit, after) -> repository.list(BriefQuery.ALL, limit, after), 7).stream().map(Brief::id).toList());
    }

    @Test
    void relatedBriefsAreTheEarlierOnesOfTheStoryWithinTheWindow() {
        List<RelatedBrief> related = repository.related(STORY.getLast().id(), RelatedBriefs.WINDOW);
        assertEquals(STORY.subList(0, 4).reversed().stream().map(Brief::id).toList(),
                related.stream().map(RelatedBrief::id).toList());
        assertEquals(List.of("Keir Starmer", "Emmanuel Macron", "International Monetary Fund"),
                related.getFirst().sharedActors());
        assertEquals(2, repository.related(STORY.getLast().id(), Duration.ofDays(2)).size());
        assertTrue(repository.related(STORY.getFirst().id(), RelatedBriefs.WINDOW).isEmpty());
    }

    @Test
    void reBriefingReplacesTheEntriesAndDeletingDropsThemEverywhere() {
        Brief first = store(StoryBriefs.ready("rebrief.txt", T0.plus(Duration.ofDays(6)), "Rebrief", "x",
                List.of(person("Olaf Scholz", ""), person("Keir Starmer", ""), person("Emmanuel Macron", "")),
                List.of()), Map.of());
        assertEquals(1, repository.actorEntries("olaf scholz", BriefQuery.ALL, 10, null).items().size());
        assertTrue(ids(repository.related(first.id(), RelatedBriefs.WINDOW)).contains(STORY.getLast().id()));

        String newer = Sequencers.comparable("FF");
        assertTrue(repository.claim(Brief.processing(first.id(), first.source(), first.createdAt()), newer,
                first.createdAt().plusSeconds(900), first.createdAt()).isGranted());
        assertTrue(repository.actorEntries("olaf scholz", BriefQuery.ALL, 10, null).items().isEmpty(),
                "a brief being briefed again is in no index");
        Brief again = StoryBriefs.ready("rebrief.txt", first.createdAt(), "Rebrief", "x",
                List.of(person("Friedrich Merz", ""), person("Keir Starmer", "")), List.of());
        assertTrue(repository.complete(again, newer, Map.of()));
        assertTrue(repository.actorEntries("olaf scholz", BriefQuery.ALL, 10, null).items().isEmpty());
        assertEquals(1, repository.actorEntries("friedrich merz", BriefQuery.ALL, 10, null).items().size());

        assertTrue(repository.delete(again.id(), newer));
        assertFalse(repository.delete(again.id(), newer));
        assertTrue(repository.actorEntries("friedrich merz", BriefQuery.ALL, 10, null).items().isEmpty());
        assertFalse(ids(repository.list(new BriefQuery(null, null, null, "keir starmer"), 100, null).items())
                .contains(again.id()));
        assertTrue(repository.get(again.id()).isEmpty());
    }

    private static Brief store(Brief brief, Map<String, String> forms) {
        String seq = Sequencers.comparable("0A");
        repository.claim(Brief.processing(brief.id(), brief.source(), brief.createdAt()), seq,
                brief.createdAt().plusSeconds(900), brief.createdAt());
        assertTrue(repository.complete(brief, seq, forms));
        ALL.add(brief);
        return brief;
    }

    private static <T> List<T> readAll(BiFunction<Integer, String, Page<T>> pages, int limit) {
        List<T> all = new ArrayList<>();
        String after = null;
        do {
            Page<T> page = pages.apply(limit, after);
            all.addAll(page.items());
            after = page.nextCursor();
        } while (after != null);
        return all;
    }

    private static List<String> ids(List<?> items) {
        return items.stream().map(item -> item instanceof Brief brief ? brief.id() : ((RelatedBrief) item).id()).toList();
    }
}
