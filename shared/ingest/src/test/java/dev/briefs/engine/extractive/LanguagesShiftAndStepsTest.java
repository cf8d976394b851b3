package dev.briefs.engine.extractive;

import dev.briefs.brief.Actor;
import dev.briefs.brief.BriefContent;
import dev.briefs.brief.NextStep;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Headline shift, next steps and actors in es, fr, de, it, pt and ru (stage langs5): the cues those languages tell
 * the state before, the cause and a plan by, and the departments of offices. Every article and name here is invented.
 */
class LanguagesShiftAndStepsTest {

    private static List<String> actions(BriefContent brief) {
        return brief.nextSteps().stream().map(NextStep::action).toList();
    }

    /** The state before the brief of the article gives. */
    private static String before(String title, String lede, String body) {
        return TestFiles.brief(title, lede, body).headlineShift().before();
    }

    @Test
    void untilTheDayBeforeTheNewsIsTheStateBefore() {
        assertEquals("Hasta el lunes, el plan seguía bloqueado en los tribunales", before(
                "La Junta de Arlanza aprueba el plan del Tormal",
                "La Junta de Arlanza aprobó este martes el plan hidrológico de la cuenca del Tormal, después de que "
                        + "los regantes retiraran su recurso. Hasta el lunes, el plan seguía bloqueado en los tribunales.",
                "La consejera Lucía Barreda presentará el calendario de obras el 3 de marzo."));
    }

    @Test
    void theRulingAtFirstInstanceIsTheStateBeforeTheAppeal() {
        assertEquals("In erster Instanz war Wallner zu einer Geldstrafe von 40.000 Euro verurteilt worden", before(
                "Gericht spricht Bauunternehmer frei",
                "Das Oberlandesgericht Hallfurt hat den Bauunternehmer Jörg Wallner am Mittwoch freigesprochen. "
                        + "In erster Instanz war Wallner zu einer Geldstrafe von 40.000 Euro verurteilt worden.",
                "Die Staatsanwaltschaft prüft nun eine Revision."));
        assertEquals("В первой инстанции суд встал на сторону экологов", before("Суд отменил штраф для завода",
                "Апелляционный суд отменил штраф в 2 млн рублей, наложенный на завод «Озёрсталь». "
                        + "В первой инстанции суд встал на сторону экологов.",
                "Экологи намерены обжаловать решение."));
    }

    @Test
    void aRussianWeekdayInTheGenitiveDatesAStepAsInTheAccusative() {
        BriefContent brief = TestFiles.brief("В Верхнеозёрске закрыли мост", "Администрация Верхнеозёрска закрыла "
                        + "в среду пешеходный мост через Сойму из-за трещин в опорах.",
                "Подрядчик должен представить проект ремонта до пятницы.");
        assertTrue(brief.nextSteps().stream().anyMatch(step -> step.when().contains("пятницы")), brief.nextSteps()::toString);
    }

    @Test
    void theHeadlinesCauseInItsOwnLanguageIsTheTrigger() {
        BriefContent brief = TestFiles.brief("El índice de Valdemora sube un 2% tras el acuerdo de Puertos del Sur",
                "La Bolsa de Valdemora vivió este viernes su mejor jornada del año. El índice subió un 2%, hasta "
                        + "los 9.800 puntos.",
                "Las constructoras ganaron un 4% y la banca cerró mixta.");
        assertEquals("el acuerdo de Puertos del Sur", brief.headlineShift().trigger());
    }

    @Test
    void anObligationWithATimeIsAStepAndWithoutOneIsNot() {
        BriefContent spanish = TestFiles.brief("",
                "La Junta de Arlanza aprobó este martes el plan hidrológico de la cuenca del Tormal.",
                "La Comisión Europea debe dar su visto bueno al plan en las próximas semanas.");
        assertTrue(actions(spanish).contains("debe dar su visto bueno al plan en las próximas semanas"),
                actions(spanish)::toString);
        BriefContent german = TestFiles.brief("",
                "Die Molkereien Hochtal und Sandhofen haben am Donnerstag ihre Fusion beschlossen.",
                "Das Bundeskartellamt muss zustimmen. Der Aufsichtsrat muss bis Ende März über die Finanzierung "
                        + "entscheiden.");
        assertEquals(List.of("Der Aufsichtsrat muss bis Ende März über die Finanzierung entscheiden"),
                actions(german));
    }

    @Test
    void anAustrianMonthNameDatesAScheduledStep() {
        BriefContent brief = TestFiles.brief("",
                "Der Gemeinderat von Unterau hat am Dienstag die Schließung des Hallenbads beschlossen.",
                "Am 14. Jänner entscheidet der Gemeinderat über den Verkauf des Gebäudes.");
        assertEquals(List.of("Am 14. Jänner entscheidet der Gemeinderat über den Verkauf des Gebäudes"),
                actions(brief));
    }

    @Test
    void aPlanToldInThePluperfectIsHistory() {
        BriefContent brief = TestFiles.brief("",
                "Das Landgericht Hallfurt hat den Bauunternehmer Jörg Wallner am Mittwoch freigesprochen.",
                "Die Staatsanwaltschaft hatte bereits im Sommer angekündigt, das Urteil notfalls anzufechten. "
                        + "Die Kammer will die schriftliche Begründung im April veröffentlichen.");
        assertTrue(actions(brief).stream().noneMatch(action -> action.contains("angekündigt")), actions(brief)::toString);
        assertTrue(actions(brief).stream().anyMatch(action -> action.contains("im April")), actions(brief)::toString);
    }

    @Test
    void theDepartmentOfAnOfficeIsPartOfTheRoleNoActor() {
        BriefContent spanish = TestFiles.brief("",
                "La Junta de Arlanza aprobó este martes el plan hidrológico de la cuenca del Tormal.",
                "«Es un paso que llevábamos diez años esperando», dijo la consejera de Medio Ambiente, Lucía Barreda.");
        List<String> actors = spanish.actors().stream().map(Actor::name).toList();
        assertTrue(actors.contains("Lucía Barreda") && !actors.contains("Medio Ambiente"), actors::toString);
        assertEquals(List.of("Lucía Barreda: Es un paso que llevábamos diez años esperando"), TestFiles.attributed(spanish));
        BriefContent portuguese = TestFiles.brief("",
                "O metrô voltou a funcionar nesta quinta-feira, depois de um acordo com o sindicato.",
                "«Foi uma negociação difícil», afirmou o secretário de Mobilidade Urbana, Cláudio Arantes.");
        List<String> cast = portuguese.actors().stream().map(Actor::name).toList();
        assertTrue(cast.contains("Cláudio Arantes") && !cast.contains("Mobilidade Urbana"), cast::toString);
    }

    @Test
    void theDepartmentOfAnOfficeWithNoCommaBeforeItsHolderIsNoPartOfTheName() {
        BriefContent italian = TestFiles.brief("",
                "Il consiglio comunale di Roccanera ha approvato lunedì il nuovo piano dei trasporti scolastici.",
                "«Abbiamo trovato le risorse senza tagliare le corse», ha detto l'assessora alla Cultura Marta Zanin.");
        List<String> actors = italian.actors().stream().map(Actor::name).toList();
        assertTrue(actors.contains("Marta Zanin") && actors.stream().noneMatch(name -> name.contains("Cultura")),
                actors::toString);
        assertEquals(List.of("Marta Zanin: Abbiamo trovato le risorse senza tagliare le corse"), TestFiles.attributed(italian));
        BriefContent spanish = TestFiles.brief("",
                "El hospital comarcal de Villagrís abrirá en marzo su nueva unidad de urgencias pediátricas.",
                "«Las obras terminan en febrero», aseguró el consejero de Sanidad Rubén Ortega.");
        assertEquals(List.of("Rubén Ortega: Las obras terminan en febrero"), TestFiles.attributed(spanish));
    }

    @Test
    void anOrganisationNamedInGuillemetsAfterItsNounActsThroughTheVerbAfterThem() {
        BriefContent portuguese = TestFiles.brief("",
                "O metrô parou nesta quinta-feira por causa da greve dos metroviários em toda a cidade.",
                "O clube «Esporte Serena» informou que adiou o jogo de domingo.");
        assertTrue(portuguese.actors().stream().anyMatch(actor -> actor.name().equals("Esporte Serena")
                && actor.type().equals(Actor.ORGANISATION)), portuguese.actors()::toString);
        BriefContent italian = TestFiles.brief("",
                "Il sindaco di Valpiana, Ettore Bressan, ha chiuso giovedì la scuola elementare del paese.",
                "L'associazione «Genitori Insieme» ha chiesto un incontro con il sindaco.");
        assertTrue(italian.actors().stream().map(Actor::name).anyMatch("Genitori Insieme"::equals),
                italian.actors()::toString);
    }

    /**
     * steps6: a live page whose newest entry tells none of what its headline says changed takes the trigger from the
     * item of its summary box that restates the headline.
     */
    @Test
    void theSentenceThatRestatesTheHeadlineIsTheTriggerWhenTheShiftTellsNoneOfIt() {
        BriefContent italian = TestFiles.brief("Incendio a Valpiana: bruciati 300 ettari, chiusa la statale 12 - LIVE",
                "## In sintesi",
                "- L'incendio di Valpiana ha bruciato 300 ettari di bosco da martedì mattina.",
                "- La statale 12 è chiusa tra Valpiana e Borgo Alto.",
                "## 19.30 - I vigili restano sul posto",
                "Il comandante dei vigili del fuoco ha chiesto ai residenti di restare in casa. Secondo lui, 600 uomini "
                        + "sono impegnati.",
                "## 17.10 - Evacuato un campeggio",
                "Un campeggio da 200 piazzole è stato evacuato nel pomeriggio per precauzione.",
                "## 14.05 - L'inizio",
                "Finora il paese non aveva mai visto un rogo di queste dimensioni.");
        assertEquals("L'incendio di Valpiana ha bruciato 300 ettari di bosco da martedì mattina",
                italian.headlineShift().trigger(), italian.headlineShift()::toString);
        BriefContent english = TestFiles.brief("Harbour fire: 300 acres burned, coast road closed - live updates",
                "## Key points",
                "- The Dunmore harbour fire has burned 300 acres of scrub since Tuesday noon.",
                "- The coast road is closed between Dunmore and Kell.",
                "## 7:30pm - Crews stay on the ground",
                "The chief of the crews asked residents to stay indoors. He said 600 firefighters are on the lines.",
                "## 5:10pm - Campsite evacuated",
                "A campsite with 200 pitches was evacuated in the afternoon as a precaution.",
                "## 2:05pm - Where it started",
                "Until now, the town had never seen a blaze of this size.");
        assertEquals("The Dunmore harbour fire has burned 300 acres of scrub since Tuesday noon",
                english.headlineShift().trigger(), english.headlineShift()::toString);
    }
}
