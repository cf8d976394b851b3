package dev.briefs.engine.extractive;

import dev.briefs.brief.Actor;
import dev.briefs.brief.BriefContent;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Who is an actor of the story. Every name here is invented. */
class CastRankingTest {

    private static List<String> actors(BriefContent brief) {
        return brief.actors().stream().map(Actor::name).toList();
    }

    @Test
    void creditsBylinesAndContributorsAreNoActors() {
        BriefContent brief = TestFiles.brief("",
                "By Tamsin Crowe",
                "The Harlow Water Board raised prices by 9% on Monday. Board chair Ilse Brandt said costs had doubled.",
                "Photo: Gideon Marsh / Harlow Echo",
                "Ravi Solanki contributed to this report.");
        List<String> actors = actors(brief);
        assertTrue(actors.contains("Ilse Brandt"), actors::toString);
        assertFalse(actors.stream().anyMatch(a -> a.contains("Crowe") || a.contains("Marsh") || a.contains("Solanki")),
                actors::toString);
    }

    @Test
    void historyAndPassingMentionsAreNoActors() {
        BriefContent brief = TestFiles.brief("",
                "Engineers at the Tarrow Canal Trust closed the lock on Tuesday in 2025 after a gate failed.",
                "The lock was designed in 1904 by the engineer Alfred Penhallow.",
                "Trust director Nadia Quell said repairs would take a month. Quell said boats could wait upstream.",
                "Crowds included fans of singers like Dara Vance.");
        List<String> actors = actors(brief);
        assertTrue(actors.contains("Nadia Quell"), actors::toString);
        assertFalse(actors.contains("Alfred Penhallow"), actors::toString);
        assertFalse(actors.contains("Dara Vance"), actors::toString);
    }

    @Test
    void outletsThatOnlyCarryTheStoryAreNoActorsButOneThatActsIs() {
        BriefContent brief = TestFiles.brief("",
                "Mayor Cole Hartigan told Northfield News that the depot would close.",
                "The Evening Ledger reported that the depot lost money. Hartigan said the council would decide.");
        List<String> actors = actors(brief);
        assertFalse(actors.contains("Northfield News"), actors::toString);
        assertTrue(actors.stream().anyMatch(a -> a.contains("Evening Ledger")), actors::toString);
    }

    @Test
    void aShortFirstNameIsTheSamePerson() {
        BriefContent brief = TestFiles.brief("",
                "Joshua Penrith won the race on Saturday. Josh Penrith said the hill had been the hardest part.");
        assertTrue(actors(brief).contains("Joshua Penrith"), () -> actors(brief).toString());
        assertFalse(actors(brief).contains("Josh Penrith"), () -> actors(brief).toString());
    }

    @Test
    void pluralPossessivesStayInsideTheName() {
        BriefContent brief = TestFiles.brief("",
                "The Upper Fenn Growers' Cooperative said the frost had destroyed half the crop.");
        assertTrue(actors(brief).contains("Upper Fenn Growers' Cooperative"), () -> actors(brief).toString());
    }

    @Test
    void anAndInsideAnOrganisationsNameKeepsItWhole() {
        BriefContent brief = TestFiles.brief("",
                "The Securities and Exchange Commission fined Darrow Capital on Monday. Macron and Starmer met.");
        assertTrue(actors(brief).contains("Securities and Exchange Commission"), () -> actors(brief).toString());
    }
}
