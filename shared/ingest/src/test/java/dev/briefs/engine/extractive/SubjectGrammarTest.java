package dev.briefs.engine.extractive;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** How a name stands in its sentence: governed by a word before it in its own phrase, never across a full stop. */
class SubjectGrammarTest {

    /** Whether each mention of the article's cast, in order, is governed. */
    private static List<Boolean> governed(String... paragraphs) {
        SegmentedArticle text = SegmentedArticle.of(TestFiles.article("", paragraphs));
        Cast cast = CastBuilder.build(text, null);
        return cast.mentionsBetween(0, text.body().length()).stream()
                .map(mention -> SubjectGrammar.governed(text, mention)).toList();
    }

    @Test
    void aDeterminerInTheSentenceBeforeGovernsNoName() {
        assertEquals(List.of(false), governed("The ferry was late at the port. Ana Ruiz stood on the quay."));
        assertEquals(List.of(false), governed("Crews searched the harbour. Tomas Brandt knew the risk."));
    }

    @Test
    void aNameAfterADeterminerInItsOwnPhraseModifiesTheNounAfterIt() {
        assertEquals(List.of(false, true), governed("Ana Ruiz runs a shelter for dogs.",
                "The Ana Ruiz shelter opened in May."));
    }
}
