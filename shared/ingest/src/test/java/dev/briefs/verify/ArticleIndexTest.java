package dev.briefs.verify;

import dev.briefs.article.Article;
import dev.briefs.article.ArticleFormat;
import dev.briefs.article.Block;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ArticleIndexTest {

    private static ArticleIndex text(String title, String body) {
        return new ArticleIndex(new Article(title, List.of(Block.paragraph(body)), ArticleFormat.TEXT, null));
    }

    @Test
    void normalisesOnlyWhitespaceAndQuotationMarks() {
        assertEquals("He said \"no\" and \"yes\" \u2014 don\"t",
                NormalisedText.normalise("\tHe\u00A0said  \u201Eno\u201C and \u00AByes\u00BB \n\u2014 don\u2019t  "));
        assertEquals("caf\u00E9 \u2026 A-B", NormalisedText.normalise("caf\u00E9 \u2026 A-B"),
                "diacritics, ellipses and hyphens are left alone");
    }

    @Test
    void mapsAMatchBackToTheArticlesOwnCharacters() {
        NormalisedText text = NormalisedText.of("She said \u201Cwe\n\n will\u00A0win\u201D today");
        int start = text.normalised().indexOf("\"we will win\"");

        assertEquals("\u201Cwe will win\u201D", text.originalSpan(start, start + "\"we will win\"".length()));
    }

    @Test
    void aQuoteMaySpanParagraphsButNotInventWords() {
        ArticleIndex text = new ArticleIndex(new Article("T", List.of(Block.paragraph("\u201CFirst part."),
                Block.paragraph("Second part,\u201D she said.")), ArticleFormat.TEXT, null));

        assertEquals(Optional.of("First part. Second part"), text.findQuote("First part. Second part."));
        assertEquals(Optional.empty(), text.findQuote("First part. Third part."));
    }

    @Test
    void keepsAPossessiveThatIsPartOfTheNameAndStripsOneThatIsNot() {
        ArticleIndex text = text("McDonald's raises prices", "McDonald's said costs rose. Jones' team and Reeves agreed; "
                + "Reeves's aides said so.");

        assertEquals(Optional.of("McDonald's"), text.findName("McDonald's"));
        assertEquals(Optional.of("Reeves"), text.findName("Reeves\u2019s"));
        assertEquals(Optional.of("Jones"), text.findName("Jones's"), "the article only has the form Jones'");
        assertEquals(Optional.empty(), text.findName("Smith's"));
    }

    @Test
    void findsEveryWholeWordOccurrenceWithTheNamesCaseOrInAPassageInCapitals() {
        ArticleIndex text = text("T", "the treasury and The Treasury met; THE TREASURY said so, not TheTreasury or "
                + "the treasury's theTreasury. \u00C9lise Roy and \u00E9lise roy.");

        // offsets into "T " + body: the title and the body joined
        assertEquals(List.of(2, 37, 78), text.occurrences("the treasury").stream().map(at -> at[0]).toList(),
                "the same case or all capitals, a possessive after it; not inside a longer word");
        assertEquals(List.of(19, 37), text.occurrences("The Treasury").stream().map(at -> at[0]).toList());
        assertEquals(List.of(106), text.occurrences("\u00C9lise Roy").stream().map(at -> at[0]).toList(),
                "an accented capital is found as such; only the first letter's case may differ");
        assertEquals(List.of(106), text.occurrences("\u00E9lise Roy").stream().map(at -> at[0]).toList());
    }

    @Test
    void findsShortFormsTheArticleDefines() {
        ArticleIndex text = text("T", "The European Central Bank (ECB) and the World Health Organization (WHO) met.");

        assertEquals(List.of("ECB"), text.definedAbbreviations("European Central Bank"));
        assertEquals(List.of(), text.definedAbbreviations("World Bank"));
        ArticleIndex twice = text("T", "The Alpine Fund (in Bern) and then the Alpine Fund (AF) met; the Alpine Fund (AF) "
                + "and the Alpine Fund (A.F.) spoke, as did the Data+ Unit (DU).");
        assertEquals(List.of("AF", "A.F."), twice.definedAbbreviations("Alpine Fund"),
                "each short form once, in order, past a bracket that is none");
        assertEquals(List.of("DU"), twice.definedAbbreviations("Data+ Unit"), "a name is read as written");
    }
}
