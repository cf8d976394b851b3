package dev.briefs.article;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
    void aRelatedSubheadFollowedByProseIsPartOfTheStory() {
        List<Block> blocks = List.of(Block.paragraph("Intro."), Block.heading("Related"), Block.paragraph(LONG_PROSE),
                Block.paragraph(LONG_PROSE));
        assertEquals(4, BoilerplateFilter.filter(blocks).size());
    }
}
