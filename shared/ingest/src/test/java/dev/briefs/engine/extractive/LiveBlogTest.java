package dev.briefs.engine.extractive;

import dev.briefs.brief.HeadlineShift;
import dev.briefs.brief.NextStep;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Live blogs: timed entries, newest first or oldest first. Names are invented. */
class LiveBlogTest {

    private static final String[] NEWEST_FIRST = {
            "## 17:05 - Council votes to reopen the bridge",
            "The Dunlow council voted 7-2 to reopen the Kell bridge to cars, ending a month of closure. "
                    + "Traffic returns at 06:00 tomorrow.",
            "## 14:30 - Engineers report",
            "Engineers told the council the repaired pillars can carry cars again. The vote is expected by evening.",
            "## 09:10 - Council meets",
            "The Kell bridge has been closed to cars since a pillar cracked on March 2, forcing a long detour."};

    private static SegmentedArticle article(String... paragraphs) {
        return SegmentedArticle.of(TestFiles.article("Kell bridge: latest", paragraphs));
    }

    @Test
    void timedSubheadsMakeALiveBlogAndTheirOrderTellsWhichWayItRuns() {
        LiveBlog blog = LiveBlog.of(article(NEWEST_FIRST));
        assertTrue(blog.newestFirst());
        assertEquals(3, blog.entries().size());
        assertEquals(17 * 60 + 5, blog.newest().minutes());
        assertEquals(9 * 60 + 10, blog.oldest().minutes());
    }

    @Test
    void anHourWithItsPmOpensAnEntryButANumberAloneDoesNot() {
        LiveBlog blog = LiveBlog.of(article("10 p.m.", "The council voted to reopen the Kell bridge.", "4:14 p.m.",
                "Engineers said the pillars can carry cars.", "9 a.m.", "The Kell bridge is still closed.",
                "12 engineers have checked the pillars since March."));
        assertEquals(3, blog.entries().size());
        assertEquals(22 * 60, blog.newest().minutes());
        assertEquals(9 * 60, blog.oldest().minutes());
    }

    @Test
    void twoTimedParagraphsAreNoLiveBlog() {
        assertNull(LiveBlog.of(article("9.30am The council met.", "Nothing else happened today.",
                "10.15am The council rose.")));
    }

    @Test
    void twoTimesStandingAsBlocksOfTheirOwnAreAnUpdateFile() {
        LiveBlog blog = LiveBlog.of(article("The Latest on the Kell bridge (all times local):", "10 p.m.",
                "The council voted to reopen the Kell bridge.", "___", "4:14 p.m.", "Engineers said the pillars are safe."));
        assertEquals(2, blog.entries().size());
        assertEquals(22 * 60, blog.newest().minutes());
        HeadlineShift shift = HeadlineShiftExtractor.extract(article("The Latest on the Kell bridge (all times local):",
                "10 p.m.", "The Dunlow council voted on Tuesday to reopen the Kell bridge to cars.", "___", "4:14 p.m.",
                "Engineers told the council that the repaired pillars can carry cars again."));
        assertTrue(shift.before().startsWith("Engineers told the council"), shift::toString);
    }

    @Test
    void entriesTimedAsOtherLanguagesWriteTimesAreReadNewestFirstAndTheirTimesAreNoText() {
        HeadlineShift french = HeadlineShiftExtractor.extract(SegmentedArticle.of(TestFiles.article(
                "Procès Morel : le verdict en direct",
                "19h48 – La cour a condamné l'ancien maire Paul Morel à quatre ans de prison ferme.",
                "18h30 – La cour s'est retirée pour délibérer. Le verdict est attendu dans la soirée.",
                "17h55 – Le parquet a requis six ans de prison contre l'ancien maire, accusé de corruption.")));
        assertTrue(french.after().startsWith("La cour a condamné"), french::toString);
        assertTrue(french.before().startsWith("Le parquet a requis"), french::toString);
        SegmentedArticle german = SegmentedArticle.of(TestFiles.article("Hafenstreik: der Tag im Liveblog",
                "14.02 Uhr", "Die Gewerkschaft hat den Streik im Hafen von Kelbach beendet, die Schiffe laufen wieder aus.",
                "11.40 Uhr", "Die Verhandlungen gehen in die dritte Runde, beide Seiten sprechen von Fortschritten.",
                "08.15 Uhr", "Der Hafen von Kelbach ist seit Montag bestreikt, kein Schiff hat ihn verlassen."));
        LiveBlog blog = LiveBlog.of(german);
        assertTrue(blog.newestFirst());
        assertEquals(14 * 60 + 2, blog.newest().minutes());
        HeadlineShift shift = HeadlineShiftExtractor.extract(german);
        assertTrue(shift.after().startsWith("Die Gewerkschaft hat den Streik"), shift::toString);
        assertTrue(shift.before().startsWith("Der Hafen von Kelbach ist seit Montag bestreikt"), shift::toString);
        assertFalse(shift.toString().contains("Uhr"), shift::toString);
    }

    @Test
    void theShiftReadsTheNewestEntryAsTheNewsAndTheOldestAsTheStateBefore() {
        HeadlineShift shift = HeadlineShiftExtractor.extract(article(NEWEST_FIRST));
        assertTrue(shift.trigger().contains("voted 7-2 to reopen"), shift::toString);
        assertTrue(shift.before().startsWith("The Kell bridge has been closed to cars"), shift::toString);
    }

    @Test
    void anOldestFirstBlogEndsOnItsNews() {
        List<String> reversed = new java.util.ArrayList<>(List.of(NEWEST_FIRST));
        java.util.Collections.reverse(reversed);
        List<String> oldestFirst = List.of(reversed.get(1), reversed.get(0), reversed.get(3), reversed.get(2),
                reversed.get(5), reversed.get(4));
        HeadlineShift shift = HeadlineShiftExtractor.extract(article(oldestFirst.toArray(String[]::new)));
        assertTrue(shift.trigger().contains("voted 7-2 to reopen"), shift::toString);
        assertTrue(shift.before().startsWith("The Kell bridge has been closed to cars"), shift::toString);
    }

    @Test
    void nextStepsComeFromTheNewestEntryOnly() {
        SegmentedArticle text = article(NEWEST_FIRST);
        List<NextStep> steps = NextStepExtractorTest.steps(text);
        assertEquals(1, steps.size(), steps::toString);
        assertEquals("at 06:00", steps.getFirst().when());
        assertFalse(steps.getFirst().action().contains("expected by evening"));
    }

    @Test
    void whenTheNewestEntryExpectsNothingAnOlderEntrysStepStands() {
        SegmentedArticle english = article("## 17:05 - Bridge reopens",
                "Cars crossed the Kell bridge again on Tuesday evening, a month after a pillar cracked.",
                "## 14:30 - Engineers report",
                "The council will decide on Thursday whether lorries may use the bridge as well.",
                "## 09:10 - Council meets",
                "The Kell bridge has been closed to cars since a pillar cracked on March 2.");
        List<NextStep> steps = NextStepExtractorTest.steps(english);
        assertEquals(1, steps.size(), steps::toString);
        assertTrue(steps.getFirst().action().contains("lorries"), steps::toString);
        SegmentedArticle french = SegmentedArticle.of(TestFiles.article("Pont de Kell : le direct",
                "17h05 – Les voitures ont de nouveau traversé le pont de Kell mardi soir, un mois après la fissure.",
                "14h30 – Le conseil municipal décidera jeudi si les camions pourront eux aussi emprunter le pont.",
                "09h10 – Le pont de Kell est fermé aux voitures depuis qu'un pilier s'est fissuré le 2 mars."));
        List<NextStep> frenchSteps = NextStepExtractorTest.steps(french);
        assertEquals(1, frenchSteps.size(), frenchSteps::toString);
        assertEquals("jeudi", frenchSteps.getFirst().when(), frenchSteps::toString);
    }
}
