package dev.briefs.article;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BoilerplateFilterTest {

    private static final String LONG_PROSE = "This paragraph is real reporting that goes on for a while, " + "with more words ".repeat(20)
            + "until it is clearly prose.";

    @Test
    void dropsFurnitureAndATrailingListOfHeadlines() {
        List<Block> blocks = List.of(Block.paragraph("The story starts here."), Block.paragraph("Advertisement"),
                Block.paragraph("Share on Facebook"), Block.paragraph("It ends here."), Block.heading("Most read"),
                new Block(Block.Kind.LIST_ITEM, "Another story"), new Block(Block.Kind.LIST_ITEM, "And another"));
        assertEquals(List.of("The story starts here.", "It ends here."),
                BoilerplateFilter.filter(blocks).stream().map(Block::text).toList());
    }

    @Test
    void furnitureIsReadInAnyCaseAndSpacing() {
        List<Block> blocks = List.of(Block.paragraph("The story starts here."), Block.paragraph("  SHARE \t on\n\nFacebook "),
                Block.paragraph("Photo\u00A0credit: Ann Roe"), Block.paragraph("Sign up for   our daily NEWSLETTER here"));
        assertEquals(List.of("The story starts here.", "Photo\u00A0credit: Ann Roe"),
                BoilerplateFilter.filter(blocks).stream().map(Block::text).toList(),
                "runs of spaces, tabs and line breaks are one space; a no-break space is no such space");
    }

    @Test
    void aRelatedSubheadFollowedByProseKeepsTheProse() {
        List<Block> blocks = List.of(Block.paragraph("Intro."), Block.heading("Related"), Block.paragraph(LONG_PROSE),
                Block.paragraph(LONG_PROSE));
        assertEquals(List.of("Intro.", LONG_PROSE, LONG_PROSE), BoilerplateFilter.filter(blocks).stream().map(Block::text).toList());
    }

    @ParameterizedTest
    @ValueSource(strings = {"THE DALEBY COURIER | TUESDAY, JUNE 2, 2026 | A1", "B4 | THE DALEBY COURIER | TUESDAY, JUNE 2, 2026",
            "Page A6 · Local", "Continued on A6", "Continued from Page 1", "HARBOUR, from A1", "Continua na pág. 14",
            "Continuação da página 1", "Suite en page 4", "Fortsetzung auf Seite 3", "Continúa en la página 8",
            "Continua a pagina 9", "Продолжение на стр. 5"})
    void aPrintPagesRunningHeadsAndJumpLinesAreFurniture(String line) {
        assertTrue(BoilerplateFilter.isFurniture(line));
    }

    @ParameterizedTest
    @ValueSource(strings = {"The harbour reopened on Monday | officials said it had been closed for 12 days",
            "Continued talks on the harbour are planned", "Live results | 2-1 | Daleby",
            "Continua a crescere da 12 mesi il prezzo del pane", "Fortsetzung auf Seite 3 folgt morgen im Lokalteil"})
    void partsWithoutAPageLabelOrSentencesBetweenBarsAreNoRunningHead(String line) {
        assertFalse(BoilerplateFilter.isFurniture(line));
    }
}
