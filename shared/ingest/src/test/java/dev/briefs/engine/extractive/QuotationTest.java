package dev.briefs.engine.extractive;

import dev.briefs.article.Block;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class QuotationTest {

    private static List<String> quoted(String paragraph, boolean blockQuote) {
        return Quotation.find(paragraph, 0, 0, paragraph.length(), blockQuote ? Block.Kind.QUOTE : Block.Kind.PARAGRAPH,
                        Language.detect(paragraph)).stream()
                .map(q -> q.text(paragraph)).toList();
    }

    @Test
    void pairsCurlyAndStraightMarksAndDropsTheTrailingComma() {
        assertEquals(List.of("We will win", "It is late."),
                quoted("“We will win,” she said. \"It is late.\" He left.", false));
    }

    @Test
    void anAttributionBetweenDashesSplitsTheQuotationEvenAfterADashOfTheWords() {
        assertEquals(List.of("Мост — это наша дорога в город", "Без него мы отрезаны"),
                quoted("«Мост — это наша дорога в город, — сказала Анна Орлова. — Без него мы отрезаны».", false));
    }

    @Test
    void aNameInGuillemetsInsideAQuotationNeitherEndsItNorHidesTheAttribution() {
        assertEquals(List.of("Спрос растёт", "Но цены падают"),
                quoted("«Спрос растёт, — считает аналитик банка «Северный» Пётр Волков. — Но цены падают».", false));
        assertEquals(List.of("Завод «Искра» закроют к лету"), quoted("«Завод «Искра» закроют к лету», — сказал он.", false));
        assertEquals(List.of("Мы ждём.", "Ответа нет"), quoted("«Мы ждём. «Ответа нет», — сказал он.", false),
                "a second opening mark with one close after it: the first quotation was left open");
    }

    @Test
    void aSpanishOrPortugueseInciseBetweenDashesSetCloseSplitsTheQuotation() {
        assertEquals(List.of("Hemos esperado años", "pero hoy celebramos"),
                quoted("«Hemos esperado años —lamentó—, pero hoy celebramos».", false));
        assertEquals(List.of("Não vamos parar", "A obra continua."),
                quoted("«Não vamos parar —disse ele—. A obra continua.»", false));
        assertEquals(List.of("El plan —que costó millones— fracasó"),
                quoted("«El plan —que costó millones— fracasó».", false), "an aside between dashes is no incise");
    }

    @Test
    void aFrenchInciseInsideTheGuillemetsSplitsTheQuotation() {
        assertEquals(List.of("Le pont est fermé", "Il rouvrira en mai."),
                quoted("« Le pont est fermé, a-t-elle déclaré devant le conseil. Il rouvrira en mai. »", false));
        assertEquals(List.of("Nous partons", "Personne ne reste."),
                quoted("« Nous partons, explique-t-il. Personne ne reste. »", false));
        assertEquals(List.of("Le mot, dit-on, est juste"), quoted("« Le mot, dit-on, est juste »", false),
                "no pronoun of a speaker, no incise");
    }

    @Test
    void anInciseWithTheSpeakerAfterItsVerbSplitsTheQuotation() {
        assertEquals(List.of("Ce chantier détruit nos haies", "Nous demandons une étude."),
                quoted("« Ce chantier détruit nos haies, explique Ana Roux, porte-parole du collectif. Nous demandons "
                        + "une étude. »", false), "the speaker's role after the name belongs to the incise");
        assertEquals(List.of("No vamos a cerrar", "porque no hace falta"),
                quoted("«No vamos a cerrar, dijo Ocaña, porque no hace falta».", false));
        assertEquals(List.of("Non possiamo rischiare", "e il ponte resta chiuso"),
                quoted("«Non possiamo rischiare, ha detto il sindaco, e il ponte resta chiuso».", false));
        assertEquals(List.of("Lo que dijo la ministra, según parece, es falso"),
                quoted("«Lo que dijo la ministra, según parece, es falso».", false), "a verb inside the words is no incise");
    }

    @Test
    void dialogueDashesQuoteTheWordsAroundTheNarratorsIncise() {
        assertEquals(List.of("No cerramos la planta", "Lo que haremos es cambiar los turnos."),
                quoted("—No cerramos la planta —dijo Ocaña—. Lo que haremos es cambiar los turnos.", false));
        assertEquals(List.of("Non è una scelta facile", "ma la sicurezza viene prima."),
                quoted("Il sindaco ha parlato. – Non è una scelta facile – ha dichiarato – ma la sicurezza viene "
                        + "prima.", false));
        assertEquals(List.of(), quoted("– Reduce the rates – and cut the waiting lists", false),
                "a dash without a verb of speech after it opens no incise");
        String item = "Non è una scelta facile – ha dichiarato il sindaco – ma la sicurezza viene prima.";
        assertEquals(List.of("Non è una scelta facile", "ma la sicurezza viene prima."),
                Quotation.find(item, 0, 0, item.length(), Block.Kind.LIST_ITEM, Language.detect(item)).stream()
                        .map(q -> q.text(item)).toList(),
                "a list item whose dash the parser read as a bullet");
        assertEquals(List.of("Мост построили, а дорогу — нет"),
                quoted("— Мост построили, а дорогу — нет, — сказала Анна Орлова.", false),
                "a dash inside the words, a verb of speech only after the next comma and dash, opens no incise");
    }

    @Test
    void aDialogueLineWithACompanysNameInGuillemetsIsStillOne() {
        assertEquals(List.of("Мы понимаем, как трудно сейчас людям", "Вода будет к утру пятницы."),
                quoted("— Мы понимаем, как трудно сейчас людям, — сообщили в пресс-службе ООО «Речной дом». — Вода "
                        + "будет к утру пятницы.", false));
        assertEquals(List.of("Мы работаем с компанией «Бор» третий год"),
                quoted("— Мы работаем с компанией «Бор» третий год, — сказала Анна Орлова.", false),
                "the name may stand in the words too");
        assertEquals(List.of("Мы всё починим"), quoted("— Мы всё починим, сообщили в АО «Речной дом».", false),
                "nor does the name stop an attribution after a comma");
        assertEquals(List.of("Это позор"), quoted("— Нет, — сказала Анна Орлова. Сосед ответил: «Это позор».", false),
                "marks around words, not a name, are the quotation");
    }

    @Test
    void aDialogueLineWhoseAttributionClosesItAfterACommaIsAQuotation() {
        assertEquals(List.of("J'ai vu le canal changer de couleur. Je m'en souviendrai toujours"),
                quoted("— J'ai vu le canal changer de couleur. Je m'en souviendrai toujours, confie-t-il.", false));
        assertEquals(List.of("Non è finita qui"), quoted("— Non è finita qui, ha detto il sindaco.", false));
        assertEquals(List.of("No vamos a cerrar"), quoted("— No vamos a cerrar, dijo Ana Ocaña.", false));
        assertEquals(List.of(), quoted("— Les travaux, prévus en mai, dureront trois mois.", false),
                "no verb of speech after the last comma: a dash line, no quotation");
        String item = "— Nous partons demain, dit-elle.";
        assertEquals(List.of(), Quotation.find(item, 0, 0, item.length(), Block.Kind.LIST_ITEM, Language.detect(item)),
                "a list item is no dialogue line");
        String heading = "— La ville se vide, raconte un habitant";
        assertEquals(List.of(),
                Quotation.find(heading, 0, 0, heading.length(), Block.Kind.HEADING, Language.detect(heading)));
    }

    @Test
    void apostrophesAreNotQuotationMarks() {
        assertEquals(List.of(), quoted("Zelenskyy’s push and the players’ union won’t stop.", false));
    }

    @Test
    void singleMarksCountOnlyWithoutDoubleOnes() {
        assertEquals(List.of("We are ready"), quoted("‘We are ready,’ the minister said of Kyiv’s plan.", false));
        assertEquals(List.of("fine"), quoted("He said “fine” to the ‘plan’.", false));
    }

    @Test
    void twoSingleMarksSetAsADoubleMarkCloseTheQuotation() {
        assertEquals(List.of("The bridge is safe", "It will stay open."),
                quoted("“The bridge is safe,’’ the engineer said. “It will stay open.”", false));
        assertEquals(List.of("We are late"), quoted("‘‘We are late,’’ she said, and the crew’s van left.", false));
    }

    @Test
    void aQuotationLeftOpenRunsToTheEndOfItsParagraph() {
        String paragraph = "“This is the first part of a long statement.";
        List<Quotation> found = Quotation.find(paragraph, 0, 0, paragraph.length(), Block.Kind.PARAGRAPH,
                Language.detect(paragraph));
        assertEquals(1, found.size());
        assertFalse(found.getFirst().closed());
        assertEquals("This is the first part of a long statement.", found.getFirst().text(paragraph));
    }

    @Test
    void aBlockQuotationWithoutMarksIsQuotedWholeWithoutItsCredit() {
        assertEquals(List.of("We will not back down."), quoted("We will not back down. — Jane Doe", true));
    }

    @Test
    void readsAsSpeechOnlyWhenLongAndSentenceLike() {
        String paragraph = "He called it “game-changing” and said “We will be there on Monday.”";
        List<Quotation> found = Quotation.find(paragraph, 0, 0, paragraph.length(), Block.Kind.PARAGRAPH,
                Language.detect(paragraph));
        assertFalse(found.get(0).readsAsSpeech(paragraph));
        assertTrue(found.get(1).readsAsSpeech(paragraph));
    }
}
