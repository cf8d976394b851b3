package dev.briefs.story;

import dev.briefs.brief.Brief;
import dev.briefs.brief.Quote;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static dev.briefs.story.StoryBriefs.organisation;
import static dev.briefs.story.StoryBriefs.person;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ActorIndexTest {

    private static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");

    @Test
    void keysFoldCaseDiacriticsAndPunctuation() {
        assertEquals("volodymyr zelenskyy", ActorNames.key("Volodymyr ZELÉNSKYY"));
        assertEquals("jose manuel albares", ActorNames.key("José-Manuel  Albares."));
        assertEquals(ActorNames.key("Keir Starmer"), ActorNames.key(" keir   starmer "));
        assertEquals("", ActorNames.key("—·—"));
    }

    @Test
    void namesTheIndexCannotHoldAreInvalid() {
        assertTrue(ActorNames.isValid("Keir Starmer"));
        assertFalse(ActorNames.isValid("k".repeat(10 * 1024)));
        assertFalse(ActorNames.isValid("Keir\u0000Starmer"));
        assertFalse(ActorNames.isValid("Keir\nStarmer"));
        assertFalse(ActorNames.isValid("..."));
        assertFalse(ActorNames.isValid(null));
    }

    @Test
    void aSurnameAloneBelongsToTheFullNameOfTheSameBrief() {
        Brief brief = StoryBriefs.ready("a.txt", NOW, "Title", "after", List.of(
                person("Keir Starmer", "UK Prime Minister"), person("Starmer", ""), person("Emmanuel Macron", "")),
                List.of(new Quote("Starmer", "We stand firm."), new Quote("Keir Starmer", "Borders must hold."),
                        new Quote("Macron", "Be strong.")));

        List<ActorEntry> entries = ActorIndex.entries(brief, Map.of());

        ActorEntry starmer = entries.stream().filter(entry -> entry.key().equals("keir starmer")).findFirst().orElseThrow();
        assertEquals("UK Prime Minister", starmer.role());
        assertEquals(List.of("We stand firm.", "Borders must hold."), starmer.quotes().stream().map(Quote::text).toList());
        ActorEntry alias = entries.stream().filter(entry -> entry.key().equals("starmer")).findFirst().orElseThrow();
        assertEquals("Keir Starmer", alias.name());
        ActorEntry macron = entries.stream().filter(entry -> entry.key().equals("emmanuel macron")).findFirst().orElseThrow();
        assertEquals(List.of("Be strong."), macron.quotes().stream().map(Quote::text).toList());
        assertEquals(List.of("keir starmer", "starmer", "emmanuel macron"), entries.stream().map(ActorEntry::key).toList());
    }

    @Test
    void aJointStatementIsAQuoteOfEachSpeaker() {
        Quote joint = new Quote("Emmanuel Macron and Keir Starmer", "The leaders reaffirmed support.");
        Brief brief = StoryBriefs.ready("j.txt", NOW, "Title", "after", List.of(person("Keir Starmer", ""),
                person("Emmanuel Macron", "")), List.of(joint));

        List<ActorEntry> entries = ActorIndex.entries(brief, Map.of());

        assertEquals(List.of(List.of(joint), List.of(joint)), entries.stream().map(ActorEntry::quotes).toList());
    }

    @Test
    void aSurnameSharedByTwoPeopleStaysItself() {
        Brief brief = StoryBriefs.ready("b.txt", NOW, "Title", "after", List.of(person("Ana Ruiz", ""),
                person("Marco Ruiz", ""), person("Ruiz", "")), List.of());

        assertEquals(List.of("ana ruiz", "marco ruiz", "ruiz"),
                ActorIndex.entries(brief, Map.of()).stream().map(ActorEntry::key).toList());
    }

    @Test
    void anOrganisationsShortFormIsIndexedWithItsLongFormWhenTheArticleLinksThem() {
        Brief brief = StoryBriefs.ready("c.txt", NOW, "Title", "after", List.of(
                organisation("International Monetary Fund"), organisation("IMF"), organisation("World Bank")), List.of());

        List<ActorEntry> linked = ActorIndex.entries(brief, Map.of("IMF", "International Monetary Fund"));
        assertEquals(List.of("international monetary fund", "imf", "world bank"),
                linked.stream().map(ActorEntry::key).toList());
        assertEquals("International Monetary Fund", linked.get(1).name());

        List<ActorEntry> unlinked = ActorIndex.entries(brief, Map.of());
        assertEquals("IMF", unlinked.get(1).name(), "without the article's link the two stay apart");
    }

    @Test
    void onlyReadyBriefsAreIndexedAndTheirActorsAreBounded() {
        Brief brief = StoryBriefs.ready("d.txt", NOW, "Title", "after",
                java.util.stream.IntStream.range(0, 40).mapToObj(i -> person("Person Number" + i, "")).toList(),
                List.of());
        assertEquals(ActorIndex.MAX_ACTORS, ActorIndex.entries(brief, Map.of()).size());
        Brief failed = brief.failed(brief.source(), dev.briefs.brief.BriefError.of(
                dev.briefs.brief.FailureCode.EMPTY_FILE, "empty"), NOW);
        assertTrue(ActorIndex.entries(failed, Map.of()).isEmpty());
    }
}
