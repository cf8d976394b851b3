package dev.briefs.article.html;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TitleCleanerTest {

    @Test
    void knownSiteNameIsStrippedFromEitherEnd() {
        assertEquals("Ferry strike called off", TitleCleaner.clean("Ferry strike called off | Coast News", "Coast News",
                List.of()));
        assertEquals("Ferry strike called off", TitleCleaner.clean("Coast News - Ferry strike called off", "Coast News",
                List.of()));
    }

    @Test
    void headingConfirmsWhereTheHeadlineEnds() {
        assertEquals("Ferry strike called off", TitleCleaner.clean("Ferry strike called off - Local - Coast News",
                null, List.of("Ferry strike called off")));
        assertEquals("Is the ferry worth it?", TitleCleaner.clean("Opinion | Is the ferry worth it?", null,
                List.of("Is the ferry worth it?")));
    }

    @Test
    void shortTrailingSegmentsAreSiteAndSectionNames() {
        assertEquals("Ferry strike called off after talks", TitleCleaner.clean(
                "Ferry strike called off after talks | Transport | Coast News", null, List.of()));
    }

    @Test
    void headlinesWithDashesAndColonsSurvive() {
        assertEquals("Brexit - what next", TitleCleaner.clean("Brexit - what next", null, List.of()));
        assertEquals("Trump-Ukraine call: what we know so far", TitleCleaner.clean(
                "Trump-Ukraine call: what we know so far", null, List.of()));
    }
}
