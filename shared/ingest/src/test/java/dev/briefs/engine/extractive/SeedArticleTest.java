package dev.briefs.engine.extractive;

import dev.briefs.article.Article;
import dev.briefs.article.PlainTextArticleParser;
import dev.briefs.brief.Actor;
import dev.briefs.brief.BriefContent;
import dev.briefs.brief.NextStep;
import dev.briefs.brief.Quote;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The acceptance criteria on the seed article (read from ../shared/seeds, never copied into the repository). */
class SeedArticleTest {

    private static Article article;
    private static BriefContent brief;

    @BeforeAll
    static void briefSeed() {
        Path seed = TestFiles.shared("seeds/000_1f1734a1ad36576d.txt");
        assumeTrue(Files.exists(seed), "seed article not present at " + seed);
        article = new PlainTextArticleParser().parse(new String(TestFiles.bytes(seed), StandardCharsets.UTF_8));
        brief = new ExtractiveBriefEngine().brief(article);
    }

    @Test
    void namesTheStoryActorsWithFullNames() {
        for (String name : List.of("Volodymyr Zelenskyy", "Donald Trump", "Steve Witkoff", "Vladimir Putin",
                "Emmanuel Macron", "Keir Starmer", "John Healey")) {
            Optional<Actor> actor = actor(name);
            assertTrue(actor.isPresent(), () -> name + " missing from " + brief.actors());
            assertEquals(Actor.PERSON, actor.get().type());
        }
    }

    @Test
    void readsRolesFromTitlesBeforeNames() {
        assertEquals("UK Prime Minister", actor("Keir Starmer").orElseThrow().role());
        assertEquals("US envoy", actor("Steve Witkoff").orElseThrow().role());
        assertEquals("French President", actor("Emmanuel Macron").orElseThrow().role());
        assertEquals("UK Defense Secretary", actor("John Healey").orElseThrow().role());
        assertEquals("President", actor("Volodymyr Zelenskyy").orElseThrow().role());
    }

    @Test
    void countsSurnameAndPossessiveMentions() {
        // "President Volodymyr Zelenskyy", "Zelenskyy’s push", "talks with Trump and Zelenskyy"
        assertEquals(3, actor("Volodymyr Zelenskyy").orElseThrow().mentions());
        // "from Macron and Starmer", "Keir Starmer", "including Starmer and Macron"
        assertEquals(3, actor("Keir Starmer").orElseThrow().mentions());
        assertEquals(3, actor("Donald Trump").orElseThrow().mentions());
        assertTrue(brief.actors().stream().noneMatch(a -> a.name().equals("Starmer") || a.name().equals("Macron")),
                "surname mentions merge into the full name");
    }

    @Test
    void findsOrganisationsButNotPlaces() {
        for (String name : List.of("Coalition of the Willing", "NATO", "Downing Street")) {
            assertEquals(Actor.ORGANISATION, actor(name).map(Actor::type).orElse("missing " + name), name);
        }
        assertTrue(actor("The Times").isEmpty(), "an outlet that only reports carries the story, it does not act in it");
        for (String place : List.of("Ukraine", "Europe", "Alaska", "Washington DC", "Black Sea", "Russia", "US", "UK")) {
            assertTrue(actor(place).isEmpty(), place + " is a place, not an actor");
        }
    }

    @Test
    void leavesOutTheReadAlsoList() {
        assertFalse(article.body().contains("Merz"), "the parser drops the Read also list");
        assertTrue(brief.actors().stream().noneMatch(a -> a.name().contains("Merz") || a.name().contains("Tusk")));
    }

    @Test
    void ordersActorsByMentionsThenFirstAppearance() {
        List<Actor> actors = brief.actors();
        for (int i = 1; i < actors.size(); i++) {
            assertTrue(actors.get(i - 1).mentions() >= actors.get(i).mentions(), actors::toString);
        }
        assertEquals("Volodymyr Zelenskyy", actors.getFirst().name(), "three mentions and named first");
    }

    @Test
    void attributesColonIntroducedQuotesToFullNames() {
        assertEquals("Keir Starmer",
                speakerOf("Our support for Ukraine is unwavering—international borders must not be changed by force."));
        assertEquals("Emmanuel Macron", speakerOf("If we are weak with Russia, we are preparing for tomorrow’s conflicts."));
    }

    @Test
    void attributesAJointStatementToBothLeaders() {
        Quote statement = brief.quotes().stream().filter(q -> q.text().startsWith("The leaders reaffirmed"))
                .findFirst().orElseThrow();
        assertTrue(statement.speaker().contains("Emmanuel Macron") && statement.speaker().contains("Keir Starmer"),
                statement::speaker);
        assertFalse(statement.speaker().contains("Downing Street"), "Downing Street only released it");
    }

    @Test
    void attributesAQuotedFragmentToTheSentenceSubject() {
        assertEquals("Steve Witkoff", speakerOf("game-changing"));
    }

    @Test
    void quotesAreVerbatimSubstringsOfTheBody() {
        assertFalse(brief.quotes().isEmpty());
        for (Quote quote : brief.quotes()) {
            assertTrue(article.body().contains(quote.text()), quote::text);
            assertFalse(quote.text().startsWith("“") || quote.text().endsWith("”"), "marks are removed");
        }
    }

    @Test
    void listsTheWashingtonTalksAsANextStep() {
        NextStep talks = brief.nextSteps().stream().filter(s -> s.action().contains("Washington")).findFirst()
                .orElseThrow(() -> new AssertionError("no Washington step in " + brief.nextSteps()));
        assertTrue(talks.action().contains("talks with Trump and Zelenskyy"), talks::action);
        assertTrue(talks.actor().contains("Keir Starmer") && talks.actor().contains("Emmanuel Macron"), talks::actor);
    }

    @Test
    void readsTheHeadlineShift() {
        assertTrue(brief.headlineShift().before().contains("effectively off the table"), brief.headlineShift()::before);
        assertTrue(brief.headlineShift().after().contains("Coalition of the Willing confirmed its readiness"),
                brief.headlineShift()::after);
        assertTrue(brief.headlineShift().after().contains("multinational military contingent"),
                brief.headlineShift()::after);
        assertTrue(brief.headlineShift().trigger().contains("Donald Trump")
                && brief.headlineShift().trigger().contains("security guarantee"), brief.headlineShift()::trigger);
        String full = article.fullText();
        assertTrue(full.contains(brief.headlineShift().before()) && full.contains(brief.headlineShift().after())
                && full.contains(brief.headlineShift().trigger()), "all three are drawn from the article");
    }

    @Test
    void reportsItselfAsTheExtractiveEngine() {
        assertEquals("extractive", brief.engine().provider());
        assertEquals(ExtractiveBriefEngine.VERSION, brief.engine().model());
    }

    private static Optional<Actor> actor(String name) {
        return brief.actors().stream().filter(a -> a.name().equals(name)).findFirst();
    }

    private static String speakerOf(String text) {
        return brief.quotes().stream().filter(q -> q.text().equals(text)).map(Quote::speaker).findFirst()
                .orElseThrow(() -> new AssertionError("quote missing: " + text + " in " + brief.quotes()));
    }
}
