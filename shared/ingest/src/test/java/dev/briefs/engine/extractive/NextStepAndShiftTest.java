package dev.briefs.engine.extractive;

import dev.briefs.brief.BriefContent;
import dev.briefs.brief.HeadlineShift;
import dev.briefs.brief.NextStep;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NextStepAndShiftTest {

    @Test
    void everySentenceOfAWhatsNextSectionIsAStep() {
        BriefContent brief = TestFiles.brief("Council approves budget",
                "The city council approved the budget on Tuesday after a long debate.",
                "## What's next",
                "Mayor Ann Lee will sign the budget on Friday. The treasurer publishes the final figures in June.");
        List<NextStep> steps = brief.nextSteps();
        assertEquals(2, steps.size(), steps::toString);
        assertEquals(new NextStep("Ann Lee", "sign the budget on Friday", "on Friday", List.of(4)), steps.get(0),
                "sentence 4: after the title, the lede and the subhead");
        assertEquals("publishes the final figures in June", steps.get(1).action());
    }

    @Test
    void lookingAheadOutsideASectionNeedsAnActorOrADate() {
        BriefContent brief = TestFiles.brief("",
                "The vote took place on Monday in the capital city hall.",
                "Prime Minister Omar Said is due to meet the opposition next week.",
                "There is no political will to change course, and that will surprise no one.",
                "“We will win this,” said Omar Said.");
        List<NextStep> steps = brief.nextSteps();
        assertEquals(1, steps.size(), steps::toString);
        assertEquals(new NextStep("Omar Said", "is due to meet the opposition next week", "next week", List.of(2)),
                steps.getFirst(), "no title: the second paragraph is sentence 2");
    }

    @Test
    void headlineShiftFromCuesAndTheLede() {
        BriefContent brief = TestFiles.brief("Port reopens after strike ends",
                "LAGOS (Briefs Wire) — The port of Lagos reopened on Wednesday, letting hundreds of ships unload.",
                "As recently as Sunday, officials had said the port would stay shut for weeks.",
                "That changed when dock workers accepted a new pay offer on Tuesday night.");
        HeadlineShift shift = brief.headlineShift();
        assertEquals("As recently as Sunday, officials had said the port would stay shut for weeks", shift.before());
        assertEquals("The port of Lagos reopened on Wednesday, letting hundreds of ships unload", shift.after());
        assertEquals("dock workers accepted a new pay offer on Tuesday night", shift.trigger());
    }

    @Test
    void theHeadlineGivesTheTriggerWhenTheBodyDoesNot() {
        BriefContent brief = TestFiles.brief("Shares jump after record profit",
                "Shares in the retailer rose 12 percent in early trading on Thursday.");
        assertEquals("record profit", brief.headlineShift().trigger());
        assertEquals("", brief.headlineShift().before());
        assertTrue(brief.headlineShift().after().startsWith("Shares in the retailer rose"));
    }
}
