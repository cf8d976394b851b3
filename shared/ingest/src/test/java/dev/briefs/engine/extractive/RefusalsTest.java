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
    @ValueSource(strings = {"Brigg would not comment on the sale.", "Brigg did not answer calls on Friday.",
            "Le maire, Octave Rimbert, n'avait pas rappelé la rédaction mardi soir.",
            "Les deux adjoints n’ont pas répondu à nos sollicitations.", "Octave Rimbert n'a pas pu être joint.",
            "El gerente, Ramiro Ezquerra, no respondió los llamados de este diario.",
            "No fue posible contactar a Ramiro Ezquerra.", "Ezquerra declinó hacer comentarios.",
            "La consigliera Ilaria Brusco non aveva voluto rilasciare commenti.",
            "Brusco ha declinato ogni commento.",
            "Die Gemeindepräsidentin, Jolanda Gredig, wollte sich zum Entscheid nicht äussern.",
            "Trainer Jost Hellwig wollte nach dem Spiel nicht vor die Mikrofone treten.",
            "Hellwig reagierte zunächst nicht auf eine Anfrage.",
            "O vereador Tadeu Moreira não retornou os contatos da reportagem.",
            "Moreira preferiu não se pronunciar.", "Глава района Пётр Зотов не стал комментировать решение.",
            "Зотов не ответил на письмо редакции.", "Зотов был недоступен для комментариев.",
            "Депутат Олег Ромов на звонки не ответил.", "Ромова на запрос редакции не ответила."})
    void aRefusalInAnyTenseSpellingOrIdiomIsReported(String sentence) {
        assertTrue(Refusals.reportsOnlyRefusal(sentence));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Brigg spoke of \u201ca sad day for the valley\u201d but declined to comment on an appeal.",
            "Le maire a parlé d’un « jour triste » mais n’a pas voulu dire s’il ferait appel.",
            "Brigg declined the offer and sold the quarry.", "Brigg commented on the ruling at length.",
            "Brigg would not sell the quarry.", "Hellwig wollte nach dem Spiel vor die Mikrofone treten.",
            "Ezquerra no respondió con evasivas, sino con cifras."})
    void aSentenceWithWordsOfHisOrNoRefusalIsNone(String sentence) {
        assertFalse(Refusals.reportsOnlyRefusal(sentence));
    }
}
