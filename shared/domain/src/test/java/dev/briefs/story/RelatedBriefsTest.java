package dev.briefs.story;

import dev.briefs.brief.Actor;
import dev.briefs.brief.Brief;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import static dev.briefs.story.StoryBriefs.organisation;
import static dev.briefs.story.StoryBriefs.person;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RelatedBriefsTest {

    private static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");
    private static final Actor STARMER = person("Keir Starmer", "");
    private static final Actor MACRON = person("Emmanuel Macron", "");
    private static final Actor HEALEY = person("John Healey", "");

    private final Brief today = brief("today.txt", NOW, "Europe revives Ukraine troop plan after US promise",
            "The coalition will deploy troops", STARMER, MACRON, HEALEY);

    @Test
    void twoSharedActorsRelateAnyEarlierBrief() {
        Brief earlier = brief("earlier.txt", NOW.minus(Duration.ofDays(4)), "Budget talks in Paris",
                "Spending rises", STARMER, MACRON);

        List<RelatedBrief> related = rank(earlier);

        assertEquals(1, related.size());
        assertEquals(earlier.id(), related.getFirst().id());
        assertEquals(List.of("Keir Starmer", "Emmanuel Macron"), related.getFirst().sharedActors());
        assertEquals(2.0, related.getFirst().score());
    }

    @Test
    void oneSharedActorNeedsASimilarSubject() {
        Brief similar = brief("similar.txt", NOW.minus(Duration.ofDays(2)), "Europe drops Ukraine troop plan",
                "The coalition will not deploy troops", STARMER);
        Brief unrelated = brief("unrelated.txt", NOW.minus(Duration.ofDays(2)), "Hospital waiting lists grow",
                "Waiting times rise", STARMER);

        List<RelatedBrief> related = rank(similar, unrelated);

        assertEquals(List.of(similar.id()), related.stream().map(RelatedBrief::id).toList());
        assertTrue(related.getFirst().score() > 1.2 && related.getFirst().score() < 2, "" + related.getFirst().score());
    }

    @Test
    void laterBriefsAndTheBriefItselfAreNotEarlier() {
        Brief later = brief("later.txt", NOW.plusSeconds(60), "Later", "after", STARMER, MACRON);

        assertTrue(rank(later, today).isEmpty());
    }

    @Test
    void orderIsByScoreThenNewestThenIdWhateverTheOrderOfTheEntries() {
        List<Brief> earlier = List.of(
                brief("one.txt", NOW.minus(Duration.ofDays(1)), "One", "x", STARMER, MACRON),
                brief("two.txt", NOW.minus(Duration.ofDays(3)), "Two", "x", STARMER, MACRON, HEALEY),
                brief("three.txt", NOW.minus(Duration.ofDays(2)), "Three", "x", STARMER, MACRON));
        List<ActorEntry> candidates = new ArrayList<>();
        earlier.forEach(brief -> candidates.addAll(ActorIndex.entries(brief, Map.of())));

        List<RelatedBrief> first = RelatedBriefs.rank(ActorIndex.entries(today, Map.of()), candidates);
        Collections.reverse(candidates);
        List<RelatedBrief> second = RelatedBriefs.rank(ActorIndex.entries(today, Map.of()), candidates);

        assertEquals(List.of("Two", "One", "Three"), first.stream().map(RelatedBrief::title).toList());
        assertEquals(first, second);
    }

    @Test
    void anOrganisationsTwoNamesCountAsOneActor() {
        Brief withForms = brief("imf.txt", NOW, "Fund lends to Ukraine", "A loan", organisation("International Monetary Fund"),
                organisation("IMF"), STARMER);
        Brief earlier = brief("imf-earlier.txt", NOW.minus(Duration.ofDays(1)), "Budget review", "Reviews",
                organisation("International Monetary Fund"), organisation("IMF"));
        Map<String, String> forms = Map.of("IMF", "International Monetary Fund");

        List<RelatedBrief> related = RelatedBriefs.rank(ActorIndex.entries(withForms, forms),
                ActorIndex.entries(earlier, forms));

        assertTrue(related.isEmpty(), "IMF and the International Monetary Fund are one shared actor, not two: " + related);
    }

    private List<RelatedBrief> rank(Brief... earlier) {
        List<ActorEntry> candidates = new ArrayList<>();
        for (Brief brief : earlier) {
            candidates.addAll(ActorIndex.entries(brief, Map.of()));
        }
        return RelatedBriefs.rank(ActorIndex.entries(today, Map.of()), candidates);
    }

    private static Brief brief(String key, Instant createdAt, String title, String after, Actor... actors) {
        return StoryBriefs.ready(key, createdAt, title, after, List.of(actors), List.of());
    }
}
