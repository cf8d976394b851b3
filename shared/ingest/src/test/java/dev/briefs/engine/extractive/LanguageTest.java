package dev.briefs.engine.extractive;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LanguageTest {

    @Test
    void tellsEachLanguageOfTheLexiconsFromItsCommonestWords() {
        assertEquals("en", Language.detect("The council said that it will vote on the plan for the new bridge."));
        assertEquals("es", Language.detect("El alcalde dijo que la obra del puente no se reanudará hasta marzo."));
        assertEquals("it", Language.detect("Il sindaco ha detto che il ponte resta chiuso per tutti e che non ci sono rischi."));
        assertEquals("fr", Language.detect("La maire a déclaré que le pont sera fermé pour les voitures et que les travaux dureront."));
        assertEquals("de", Language.detect("Der Bürgermeister sagte, die Brücke bleibe bis zum Frühjahr für den Verkehr gesperrt."));
        assertEquals("pt", Language.detect("O prefeito disse que a ponte não vai reabrir antes do fim do ano e que os testes continuam."));
        assertEquals("ru", Language.detect("Мэр сказал, что мост будет закрыт до весны и что работы уже начались."));
    }

    @Test
    void aNounHeavyRussianReportIsStillRussian() {
        // A court's and a ministry's news, 60 words with few of the commonest function words.
        assertEquals("ru", Language.detect("Арбитражный суд Северной области оштрафовал строительную компанию «Дом "
                + "Плюс» на пять миллионов рублей за срыв сроков сдачи жилого комплекса. Ранее застройщик дважды "
                + "переносил сдачу домов. Жильцы комплекса создали инициативную группу. Председатель группы Марина "
                + "Кузнецова заявила, что люди ждут квартиры три года. Прокуратура области проверит законность "
                + "договоров долевого участия до конца года. Министерство строительства планирует взять объект под "
                + "особый контроль на весь период работ."));
    }

    @Test
    void aScriptWithoutALexiconHasNoLanguage() {
        assertEquals("", Language.detect("港湾局は夜間フェリーの運航を承認した。"));
        assertEquals("", Language.detect(""));
    }
}
