package dev.briefs.engine.extractive;

import dev.briefs.brief.BriefContent;
import dev.briefs.brief.HeadlineShift;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The headline shift and next steps in the styles of court, market and council reporting. Names are invented. */
class ShiftAndStepsStylesTest {

    @Test
    void withoutANamedCauseTheLedesEventIsTheTriggerAndItsConsequenceTheState() {
        BriefContent brief = TestFiles.brief("",
                "Corvane Retail reported quarterly sales that missed estimates, sending its shares down 12% in early "
                        + "trading.",
                "The company had expected a strong holiday season, chief executive Lena Marsh said in January.");
        HeadlineShift shift = brief.headlineShift();
        assertEquals("Corvane Retail reported quarterly sales that missed estimates", shift.trigger());
        assertTrue(shift.after().startsWith("sending its shares down"), shift::toString);
        assertTrue(shift.before().startsWith("The company had expected"), shift::toString);
    }

    @Test
    void aCourtScheduleIsANextStep() {
        BriefContent brief = TestFiles.brief("",
                "A Dellport man pleaded guilty on Monday to setting fire to a warehouse, prosecutors said.",
                "Sentencing is scheduled for March 14, and the judge ordered him held until then.");
        assertTrue(brief.nextSteps().stream().anyMatch(s -> s.when().equals("March 14")), brief.nextSteps()::toString);
    }

    @Test
    void aReportedModalWithoutATimeIsNoNextStep() {
        BriefContent brief = TestFiles.brief("",
                "The Bramley council approved the new car park on Tuesday after a long debate.",
                "Councillor Ade Okun said on Tuesday that the decision would not be easy to explain.");
        assertTrue(brief.nextSteps().stream().noneMatch(s -> s.action().contains("easy to explain")),
                brief.nextSteps()::toString);
    }

    @Test
    void aSpanishCueForTheStateBefore() {
        BriefContent brief = TestFiles.brief("",
                "El ayuntamiento de Valdecruz cerró el mercado central el lunes tras detectar grietas en el techo.",
                "Hasta ahora, el mercado había abierto todos los días desde 1962.");
        assertTrue(brief.headlineShift().before().startsWith("Hasta ahora"), brief.headlineShift()::toString);
    }
}
