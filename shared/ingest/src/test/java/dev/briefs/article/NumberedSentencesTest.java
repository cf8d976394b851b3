package dev.briefs.article;

import dev.briefs.brief.ParsedArticle;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NumberedSentencesTest {

    private static final Article ARTICLE = new Article("Port reopens after strike", List.of(
            Block.paragraph("The port reopened on Wednesday. Dr. Ana Ruiz, the chair, welcomed it."),
            Block.heading("What comes next"),
            new Block(Block.Kind.QUOTE, "“We listened to the crews. Now we sail.”")), ArticleFormat.TEXT, null);

    @Test
    void theTitleIsSentenceOneAndEveryBlockIsSplitIntoSentencesInReadingOrder() {
        NumberedSentences sentences = NumberedSentences.of(ARTICLE);
        assertEquals(List.of("Port reopens after strike", "The port reopened on Wednesday.",
                        "Dr. Ana Ruiz, the chair, welcomed it.", "What comes next", "“We listened to the crews.",
                        "Now we sail.”"),
                sentences.all().stream().map(NumberedSentences.Sentence::text).toList());
        assertEquals(List.of(-1, 0, 0, 1, 2, 2), sentences.all().stream().map(NumberedSentences.Sentence::block).toList());
        ParsedArticle stored = sentences.toParsedArticle("b_0123456789abcdef01234567", ARTICLE.title());
        assertEquals(new ParsedArticle.Sentence(3, "Dr. Ana Ruiz, the chair, welcomed it."), stored.sentences().get(2));
    }

    @Test
    void aSpanMapsToEverySentenceItCoversEvenAcrossBlocks() {
        NumberedSentences sentences = NumberedSentences.of(ARTICLE);
        assertEquals(List.of(5, 6), sentences.locate("We listened to the crews. Now we sail."));
        assertEquals(List.of(3, 4), sentences.locate("welcomed it.\nWhat comes"));
        assertEquals(List.of(), sentences.locate("the port was closed"));
        assertEquals(List.of(List.of(1), List.of(2)), sentences.occurrences("ort re"));
    }

    @Test
    void namesAreFoundAsWholeWordsOnly() {
        NumberedSentences sentences = NumberedSentences.of(ARTICLE);
        assertEquals(List.of(3), sentences.naming("Ana Ruiz", 5));
        assertEquals(List.of(), sentences.naming("Ana R", 5));
        assertTrue(sentences.names(3, "Ruiz"));
        assertFalse(sentences.names(2, "Ruiz"));
    }

    @Test
    void aroundASentenceAreTwoBeforeOneAfterAndTheRestOfItsBlock() {
        NumberedSentences sentences = NumberedSentences.of(ARTICLE);
        assertEquals(List.of(3, 4, 5, 6), sentences.around(List.of(5)));
        assertEquals(List.of(1, 2, 3), sentences.around(List.of(2)));
    }

    @Test
    void theSentenceHoldingMostOfAClaimsContentWordsSupportsIt() {
        NumberedSentences sentences = NumberedSentences.of(ARTICLE);
        NumberedSentences.Match match = sentences.bestSupport("the port reopens on Wednesday");
        assertEquals(List.of(2), match.ids());
        assertEquals(1.0, match.score(), "reopens and reopened share a stem");
        assertEquals(0.0, sentences.bestSupport("ferries to Mars").score());
    }

    @Test
    void aBlockWithoutSentenceBoundariesIsOneSentence() {
        String line = "word ".repeat(20_000).strip();
        Article table = new Article("", List.of(Block.paragraph(line), Block.paragraph("a | b | c"),
                Block.paragraph("1 | 2 | 3")), ArticleFormat.TEXT, null);
        NumberedSentences sentences = NumberedSentences.of(table);
        assertEquals(3, sentences.count());
        assertEquals(line, sentences.get(1).text());
        assertEquals(List.of(3), sentences.locate("1 | 2"));
    }
}
