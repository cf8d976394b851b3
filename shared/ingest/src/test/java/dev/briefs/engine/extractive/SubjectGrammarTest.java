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

    @Test
    void aNameAfterARoleNounIsThePersonNotAModifierOfTheVerbAfterIt() {
        assertEquals(List.of(false), governed("O técnico Rui Tavares aprovou a chegada do novo avançado."));
        assertEquals(List.of(false), governed("El técnico Ramiro Sáez aprobó el fichaje del delantero."));
        assertEquals(List.of(false), governed("Il tecnico Mauro Lenzi approva l'acquisto del nuovo attaccante."));
    }

    @Test
    void theSubjectNamedAfterItsRoleSpeaksForAVerbAlone() {
        assertEquals(List.of("Rui Tavares: Ele tem o que nos faltava"), TestFiles.attributed(TestFiles.brief("",
                "O técnico Rui Tavares aprovou a chegada do novo avançado. “Ele tem o que nos faltava”, declarou.")));
        assertEquals(List.of("Ramiro Sáez: Es lo que nos faltaba"), TestFiles.attributed(TestFiles.brief("",
                "El técnico Ramiro Sáez aprobó el fichaje del delantero. «Es lo que nos faltaba», declaró.")));
    }
}
