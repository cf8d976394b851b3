package dev.briefs.engine.extractive;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Refusals to speak, in every language the engine reads. Every name here is invented. */
class RefusalsTest {

    @ParameterizedTest
    @ValueSource(strings = {"Quarry owner Ansel Brigg declined to comment.",
            "Brigg did not respond to requests for comment on Friday.", "Brigg could not be reached.",
            "Le maire, Octave Rimbert, n’a pas voulu dire si la commune ferait appel.",
            "El alcalde no quiso hacer declaraciones.", "La consigliera Ilaria Brusco non ha voluto commentare.",
            "Der Betriebsrat Jost Hellwig war am Freitag nicht zu erreichen.",
            "Hauptmann Edwin Rauter war als Zeuge geladen, sagte aber nicht öffentlich aus.",
            "O autarca não quis comentar a decisão.", "Глава района отказался от комментариев.",
            "The former harbour master, Ansel Brigg, who retired in 2024, declined an invitation to give evidence.",
            "El tesorero del club, Ramiro Ezquerra, prefirió no hacer declaraciones."})
    void aRefusalToSpeakIsReported(String sentence) {
        assertTrue(Refusals.reportsOnlyRefusal(sentence));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Brigg spoke of \u201ca sad day for the valley\u201d but declined to comment on an appeal.",
            "Le maire a parlé d’un « jour triste » mais n’a pas voulu dire s’il ferait appel.",
            "Brigg declined the offer and sold the quarry.", "Brigg commented on the ruling at length."})
    void aSentenceWithWordsOfHisOrNoRefusalIsNone(String sentence) {
        assertFalse(Refusals.reportsOnlyRefusal(sentence));
    }
}
