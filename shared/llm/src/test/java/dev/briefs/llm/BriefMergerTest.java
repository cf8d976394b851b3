package dev.briefs.llm;

import dev.briefs.brief.Actor;
import dev.briefs.brief.BriefContent;
import dev.briefs.brief.HeadlineShift;
import dev.briefs.brief.NextStep;
import dev.briefs.brief.Quote;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class BriefMergerTest {

    private static BriefContent draft(HeadlineShift shift, List<Actor> actors, List<Quote> quotes,
                                      List<NextStep> steps) {
        return new BriefContent(shift, actors, quotes, steps, null);
    }

    @Test
    void mergesPartsInReadingOrder() {
        BriefContent first = draft(new HeadlineShift("before", "after", ""),
                List.of(new Actor("Louise Haigh", "", Actor.PERSON, 0), new Actor("Haigh", "Transport Secretary",
                        Actor.PERSON, 0), new Actor("Network Rail", "", Actor.ORGANISATION, 0)),
                List.of(new Quote("Haigh", "We will build it.")),
                List.of(new NextStep("Network Rail", "start design", "in spring")));
        BriefContent second = draft(new HeadlineShift("background", "later", "the review"),
                List.of(new Actor("network  rail", "operator", Actor.ORGANISATION, 0),
                        new Actor("Andy Burnham", "mayor", Actor.PERSON, 0)),
                List.of(new Quote("Louise Haigh", "We will build it."), new Quote("Andy Burnham", "At last.")),
                List.of(new NextStep("Network Rail", "Start design", "spring"), new NextStep("", "award contracts",
                        "by 2026")));

        BriefContent merged = BriefMerger.merge(List.of(first, second));

        assertEquals(new HeadlineShift("before", "after", "the review", HeadlineShift.ShiftEvidence.NONE),
                merged.headlineShift(),
                "each field from the first part that has it");
        assertEquals(List.of(new Actor("Louise Haigh", "Transport Secretary", Actor.PERSON, 0),
                new Actor("Network Rail", "operator", Actor.ORGANISATION, 0),
                new Actor("Andy Burnham", "mayor", Actor.PERSON, 0)), merged.actors(),
                "one actor per name; a surname alone joins its full name; the first role given fills an empty one");
        assertEquals(List.of(new Quote("Haigh", "We will build it."), new Quote("Andy Burnham", "At last.")),
                merged.quotes());
        assertEquals(List.of(new NextStep("Network Rail", "start design", "in spring"),
                new NextStep("", "award contracts", "by 2026")), merged.nextSteps());
    }

    @Test
    void anAmbiguousSurnameStaysItsOwnActor() {
        BriefContent merged = BriefMerger.merge(List.of(draft(HeadlineShift.EMPTY, List.of(
                new Actor("Ed Miliband", "", Actor.PERSON, 0), new Actor("David Miliband", "", Actor.PERSON, 0),
                new Actor("Miliband", "", Actor.PERSON, 0)), List.of(), List.of())));

        assertEquals(3, merged.actors().size());
    }
}
