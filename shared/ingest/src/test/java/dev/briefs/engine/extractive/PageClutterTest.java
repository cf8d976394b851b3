package dev.briefs.engine.extractive;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Credits and page furniture, which no stage reads as story text. */
class PageClutterTest {

    @Test
    void contributorLinesAndCopyrightNoticesAreCredits() {
        assertTrue(PageClutter.isCredit("Ann Roe in Leeds CONTRIBUTED TO THIS REPORT."));
        assertTrue(PageClutter.isCredit("Bo Lind contributed reporting from the harbour."));
        assertTrue(PageClutter.isCredit("  Copyright 2026 The Harbour Courier. All rights reserved."));
        assertTrue(PageClutter.isCredit("© The Harbour Courier"));
        assertFalse(PageClutter.isCredit("The fund contributed to the new ferry, the council said on Monday."));
        assertFalse(PageClutter.isCredit("The ferry line holds the copyright to its timetable."));
    }

    @Test
    void aLineOfCreditsRunTogetherIsACredit() {
        assertTrue(PageClutter.isCredit("Produced by Tomas Brevik. Host: Lena Ortiz. 34 min"));
        assertTrue(PageClutter.isCredit("Producción: Marta Gil · Edición: Luis Peral"));
        assertTrue(PageClutter.isCredit("Réalisation : Paul Morel | Lecture 3 min"));
        assertFalse(PageClutter.isCredit("Produced by Tomas Brevik. The show won an award last year."));
        assertFalse(PageClutter.isCredit("34 min · 12 min read"), "furniture alone credits nobody");
        assertTrue(PageClutter.isCredit("The Night Desk is a production of Harbour Public Radio. Theme music by The Grey"
                + " Gulls. Support our work: become a member."));
        assertFalse(PageClutter.isCredit("The festival is a production of the council and the arts trust, which paid."));
    }

    @Test
    void aPhotographersCreditWrittenOutIsACredit() {
        assertTrue(PageClutter.isCredit("Fotografia: Polícia Municipal de Vale Fundo (divulgação)"));
        assertTrue(PageClutter.isCredit("Fotografía: Marta Gil / Diario de Kell"));
        assertFalse(PageClutter.isCredit("Fotografia é uma arte que exige paciência e muita luz."));
    }

    @Test
    void aWireStorysLineOfWhereItsReportersWroteFromIsACredit() {
        assertTrue(PageClutter.isCredit("Roe reported from Calverton and Lind from Boise."));
        assertTrue(PageClutter.isCredit("Courier writer Ann Roe contributed from Portland."));
        assertTrue(PageClutter.isCredit("Roe reported from Calverton and Lind from Boise. Courier writer Ann Roe "
                + "contributed from Portland."));
        assertFalse(PageClutter.isCredit("The coastguard reported from the scene that two boats had sunk."));
        assertFalse(PageClutter.isCredit("Ann Roe wrote from prison to the judge, asking for a new trial."));
    }

    @Test
    void aDesksBylineWithTheReportersItWritesWithIsACredit() {
        assertTrue(PageClutter.isCredit("Par la rédaction du Courrier de l'Ouest, avec Anne Morel et Paul Le Goff"));
        assertTrue(PageClutter.isCredit("By the Harbour Courier staff, with Ann Roe and Bo Lind"));
        assertTrue(PageClutter.isCredit("Por la redacción de El Faro, con Lucía Gil y Marta Peral"));
        assertFalse(PageClutter.isCredit("Par la suite, avec Anne Morel et Paul Le Goff, le maire a visité le port."));
        assertFalse(PageClutter.isCredit("By the end of the day, with Ann Roe gone, the talks had collapsed."));
    }

    @Test
    void reportersContactLinesAreCredits() {
        assertTrue(PageClutter.isCredit("Reach Ilse Varga at ivarga@courier.example or 555-0142."));
        assertTrue(PageClutter.isCredit("Contact Tomas de Wit at tdewit@courier.example."));
        assertTrue(PageClutter.isCredit("Ilse Varga can be reached at ivarga@courier.example."));
        assertFalse(PageClutter.isCredit("Rescuers could not reach Ilse Varga at her farm until Tuesday evening."));
        assertFalse(PageClutter.isCredit("Reach of the new ferry line extends to the islands, the council said."));
    }

    @Test
    void furnitureIsClutterButNoCredit() {
        assertTrue(PageClutter.isFurniture("Share this article"));
        assertFalse(PageClutter.isCredit("Share this article"));
        assertTrue(PageClutter.isClutter("Share this article"));
        assertTrue(PageClutter.isClutter("© The Harbour Courier"));
        assertFalse(PageClutter.isClutter("The ferry sails again on Monday after the repairs, the council said."));
    }

    @Test
    void aSentenceOpeningWithABylinesPrepositionIsStoryText() {
        assertTrue(PageClutter.isCredit("Por Inés Galarza"));
        assertTrue(PageClutter.isCredit("By staff writers"));
        assertFalse(PageClutter.isCredit("Por el mercado pasaron cientos de vecinos durante la mañana, y para Lidia "
                + "Ombú, vecina desde hace treinta años, el cambio es una pérdida."));
        assertFalse(PageClutter.isCredit("By the end of the week the ferry had carried twice as many passengers as "
                + "in the whole of last winter, the operator said."));
        assertFalse(PageClutter.isCredit("Par ailleurs, le syndicat des dockers a appelé à une nouvelle grève dès "
                + "lundi matin sur les quais du port."));
        assertFalse(PageClutter.isCredit("Von den rund 400 Beschäftigten des Werks sollen nach den Plänen der "
                + "Geschäftsführung 120 ihre Stelle verlieren."));
    }

    @Test
    void anAutomatedTranscriptsNoticeIsFurnitureInAnyLanguage() {
        assertTrue(PageClutter.isClutter("Automated transcript: this text was produced by speech recognition and may"
                + " contain errors."));
        assertTrue(PageClutter.isClutter("Transcription automatique : ce texte peut contenir des erreurs."));
        assertTrue(PageClutter.isClutter("Transcripción automática generada por reconocimiento de voz."));
        assertFalse(PageClutter.isClutter("The council bought speech recognition software for its call centre last"
                + " year."));
    }

    @Test
    void anInterviewersShortQuestionOpeningWithABylinesPrepositionIsNoCredit() {
        assertFalse(PageClutter.isCredit("—¿Por qué cerró la panadería?"));
        assertFalse(PageClutter.isCredit("Par où commencer ?"));
        assertFalse(PageClutter.isCredit("By when?"));
    }
}
