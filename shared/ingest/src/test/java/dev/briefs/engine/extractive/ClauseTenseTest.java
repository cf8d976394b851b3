package dev.briefs.engine.extractive;

import dev.briefs.brief.BriefContent;
import dev.briefs.brief.HeadlineShift;
import dev.briefs.brief.NextStep;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The grammar of time a clause is told in (stage steps6, {@link ClauseTense}), in the seven languages: a span counted
 * back from the news and a top told in the pluperfect are the state before; a conditional that reports a future and
 * a period set ahead ("im kommenden Sommer") time a step; a recourse of the law needs no time.
 * Every article and name here is invented.
 */
class ClauseTenseTest {

    private static HeadlineShift shift(String title, String... paragraphs) {
        return TestFiles.brief(title, paragraphs).headlineShift();
    }

    @Test
    void aSpanCountedBackFromTheNewsIsTheStateBefore() {
        assertEquals("Hace dos años, la alcaldesa Rosa Peláez defendía el cierre del mercado", shift(
                "Vuelve el mercado de Tormal",
                "El mercado de abastos de Tormal reabrió este sábado tras una reforma de 3 millones de euros.",
                "Hace dos años, la alcaldesa Rosa Peláez defendía el cierre del mercado.").before());
        assertEquals("Il y a trois mois, le préfet Marc Lauzier jugeait la ligne trop chère", shift(
                "La ligne de bus rouvre",
                "La ligne de bus entre Vernoux et Saint-Aulde a rouvert lundi, après deux ans d'interruption.",
                "Il y a trois mois, le préfet Marc Lauzier jugeait la ligne trop chère.").before());
        assertEquals("Há um mês, o sindicato rejeitava qualquer acordo com a direção", shift(
                "Fábrica de Serena fecha acordo",
                "A fábrica de tecidos de Serena assinou nesta quarta-feira um acordo salarial com os operários.",
                "Há um mês, o sindicato rejeitava qualquer acordo com a direção.").before());
        assertEquals("Два года назад депутаты отклонили проект парка", shift("В Заречье появится парк",
                "Городская дума Заречья утвердила в среду проект нового парка на набережной.",
                "Два года назад депутаты отклонили проект парка.").before());
    }

    @Test
    void aTopToldInThePluperfectIsTheStateBeforeAndTheSentenceAfterItTheNews() {
        HeadlineShift german = shift("Fähre stellt Betrieb ein",
                "Noch vor zwei Monaten hatte die Reederei Oststrand versichert, die Fähre fahre weiter.",
                "Am Freitag hat das Unternehmen den Fährbetrieb nach Lenzholm eingestellt.",
                "Die Inselgemeinde prüft eine Klage.");
        assertEquals("Noch vor zwei Monaten hatte die Reederei Oststrand versichert, die Fähre fahre weiter",
                german.before(), german::toString);
        assertFalse(german.after().contains("versichert"), german::toString);
        HeadlineShift french = shift("Le festival quitte Vernoux",
                "Au printemps, la mairie de Vernoux avait promis de garder le festival de jazz.",
                "Mardi, les organisateurs ont annoncé son départ pour Saint-Aulde.",
                "Le maire a regretté une décision brutale.");
        assertEquals("Au printemps, la mairie de Vernoux avait promis de garder le festival de jazz",
                french.before(), french::toString);
        assertFalse(french.after().contains("avait promis"), french::toString);
    }

    /** Asserts that the top sentence of the article, told in the pluperfect, is its state before. */
    private static void assertTopIsBefore(String title, String top, String... rest) {
        String[] paragraphs = new String[rest.length + 1];
        paragraphs[0] = top;
        System.arraycopy(rest, 0, paragraphs, 1, rest.length);
        HeadlineShift shift = shift(title, paragraphs);
        assertEquals(top.substring(0, top.length() - 1), shift.before(), shift::toString);
    }

    @Test
    void aTopToldInThePluperfectWithBeIsTheStateBefore() {
        assertTopIsBefore("Minister sagt Besuch ab",
                "Noch im März war der Verkehrsminister Jens Krall persönlich nach Lenzholm gereist, um die Brücke zu loben.",
                "Am Dienstag hat das Ministerium die Sanierung der Brücke gestoppt.", "Die Gemeinde prüft eine Klage.");
        assertTopIsBefore("Schwimmbad bleibt zu", "Im Herbst war das Hallenbad von Ostenau wegen eines Lecks geschlossen worden.",
                "Am Montag hat der Stadtrat den Abriss des Bades beschlossen.", "Die Schwimmvereine protestieren.");
        assertTopIsBefore("La piscine de Vernoux ne rouvrira pas",
                "En juin, le maire de Vernoux était venu en personne promettre la réouverture de la piscine.",
                "Jeudi, le conseil municipal a voté sa démolition.", "Les clubs de natation dénoncent une trahison.");
        assertTopIsBefore("Chiude la funivia di Valpiana",
                "A maggio il sindaco Ettore Bressan si era impegnato a tenere aperta la funivia.",
                "Lunedì la giunta ha deciso la chiusura dell'impianto.", "I commercianti protestano.");
    }

    /**
     * Asserts that the article's plan told in the pluperfect (the action holding {@code past}) is no step, and that
     * the plan told after it (holding {@code ahead}) is one.
     */
    private static void assertPlanIsHistory(String past, String ahead, String... paragraphs) {
        List<String> actions = actions(TestFiles.brief("", paragraphs));
        assertTrue(actions.stream().noneMatch(action -> action.contains(past)), actions::toString);
        assertTrue(actions.stream().anyMatch(action -> action.contains(ahead)), actions::toString);
    }

    @Test
    void aPlanToldInThePluperfectWithBeIsHistory() {
        assertPlanIsHistory("angekündigt", "im April", "Die Stadt Ostenau hat am Mittwoch den Bau der neuen Halle gestoppt.",
                "Die Eröffnung war bereits im Frühjahr für den kommenden Sommer angekündigt worden. "
                        + "Der Stadtrat will im April über einen neuen Standort beraten.");
        assertPlanIsHistory("annunciata", "febbraio", "Il comune di Valpiana ha sospeso mercoledì i lavori della nuova scuola.",
                "L'apertura era stata annunciata per il prossimo settembre. La giunta presenterà un nuovo progetto a febbraio.");
    }

    private static List<String> actions(BriefContent brief) {
        return brief.nextSteps().stream().map(NextStep::action).toList();
    }

    @Test
    void aConditionalThatReportsAFutureIsAStepWithATimeAndNoneWithout() {
        BriefContent french = TestFiles.brief("Les urgences de Vernoux ferment la nuit",
                "Les urgences de l'hôpital de Vernoux ferment la nuit depuis lundi, faute de médecins.",
                "Interrogée par une députée, la ministre Claire Aubin a répondu que les agences régionales présenteraient "
                        + "un plan avant la fin du mois.",
                "Elle a ajouté que la fermeture serait une erreur.");
        assertTrue(actions(french).stream().anyMatch(action -> action.contains("présenteraient un plan")), actions(french)::toString);
        assertTrue(actions(french).stream().noneMatch(action -> action.contains("erreur")), actions(french)::toString);
        BriefContent spanish = TestFiles.brief("Cierra el albergue de Tormal",
                "El albergue municipal de Tormal cerró este lunes por falta de personal.",
                "El concejal Luis Barreda dijo que la diputación reabriría el albergue antes de finales de año.");
        assertTrue(actions(spanish).stream().anyMatch(action -> action.contains("reabriría el albergue")), actions(spanish)::toString);
    }

    @Test
    void aWordWithTheEndingOfAVerbAfterAnArticleIsANoun() {
        BriefContent spanish = TestFiles.brief("Tormal vota el presupuesto",
                "El pleno de Tormal aprobó este martes el presupuesto de 2027.",
                "La mayoría de los concejales rechazó el lunes la propuesta de la alcaldesa.");
        assertEquals(List.of(), spanish.nextSteps());
        BriefContent portuguese = TestFiles.brief("Serena aprova ciclovia",
                "A Câmara de Serena aprovou nesta terça-feira a nova ciclovia da avenida central.",
                "A história da ciclovia começou na segunda-feira com um protesto de moradores.");
        assertEquals(List.of(), portuguese.nextSteps());
    }

    @Test
    void aPeriodSetAheadByTheWordForNextIsTheTimeOfAStep() {
        BriefContent german = TestFiles.brief("Radteam findet Sponsor",
                "Das Radteam Hochtal hat am Montag einen neuen Hauptsponsor vorgestellt.",
                "Im kommenden Sommer will das Team erstmals bei einer großen Rundfahrt starten.");
        assertTrue(german.nextSteps().stream().anyMatch(step -> step.when().equals("kommenden Sommer")),
                german.nextSteps()::toString);
        BriefContent italian = TestFiles.brief("La diga di Valpiana resta chiusa",
                "La diga di Valpiana resta chiusa dopo i controlli di martedì.",
                "Il consorzio presenterà il progetto di restauro l'estate prossima.");
        assertTrue(italian.nextSteps().stream().anyMatch(step -> step.when().equals("estate prossima")),
                italian.nextSteps()::toString);
    }

    @Test
    void aRecourseOfTheLawAnnouncedOrPlannedIsAStepWithoutATime() {
        BriefContent italian = TestFiles.brief("Sindaco condannato a Valpiana",
                "Il tribunale di Valpiana ha condannato lunedì il sindaco Ettore Bressan a un anno e due mesi.",
                "La difesa annuncia ricorso in appello.");
        assertEquals(List.of("La difesa annuncia ricorso in appello"), actions(italian));
        BriefContent german = TestFiles.brief("Bürgermeister verurteilt",
                "Das Amtsgericht Hallfurt hat am Montag den Bürgermeister Jörg Wallner zu einer Geldstrafe verurteilt.",
                "Sein Verteidiger kündigt Berufung an.");
        assertEquals(List.of("kündigt Berufung an"), actions(german));
        BriefContent spanish = TestFiles.brief("Condenado el alcalde de Tormal",
                "La Audiencia de Tormal condenó este lunes al alcalde Luis Barreda a dos años de inhabilitación.",
                "La defensa anuncia recurso ante el Supremo.");
        assertEquals(List.of("La defensa anuncia recurso ante el Supremo"), actions(spanish));
    }

    @Test
    void aCueThatClosesItsClauseTakesTheClauseAsItsAction() {
        BriefContent german = TestFiles.brief("Bahn streicht Linie",
                "Die Regionalbahn Ostenau streicht die Linie nach Lenzholm.",
                "Am Montag hat das Unternehmen die Stilllegung der Strecke zum Jahresende angekündigt.");
        assertEquals(List.of("Am Montag hat das Unternehmen die Stilllegung der Strecke zum Jahresende angekündigt"),
                actions(german));
    }

    /** The times of the steps of a German railway story whose second paragraph is {@code step}. */
    private static List<String> railwayStepTimes(String step) {
        return TestFiles.brief("Bahn streicht Linie", "Die Regionalbahn Ostenau streicht die Linie nach Lenzholm.", step)
                .nextSteps().stream().map(NextStep::when).toList();
    }

    @Test
    void theDayBeforeTheAuxiliaryOfAStepToldInThePerfectDatesTheAnnouncingNotTheStep() {
        assertEquals(List.of("kommenden Herbst"), railwayStepTimes(
                "Am Montag hat das Unternehmen die Stilllegung der Strecke für den kommenden Herbst angekündigt."));
        assertEquals(List.of(""), railwayStepTimes("Am Dienstag hat das Unternehmen eine Ersatzbuslinie angekündigt."));
    }

    @Test
    void theAdjectivesAfterASubjectsNounBelongToTheActor() {
        BriefContent french = TestFiles.brief("Les urgences de Vernoux ferment la nuit",
                "Les urgences de l'hôpital de Vernoux ferment la nuit depuis lundi, faute de médecins.",
                "La ministre a répondu que les agences régionales présenteraient un plan avant la fin du mois.");
        assertEquals(List.of("les agences régionales"), french.nextSteps().stream().map(NextStep::actor).toList());
        BriefContent spanish = TestFiles.brief("Cierra el albergue de Tormal",
                "El albergue municipal de Tormal cerró este lunes por falta de personal.",
                "La consejería autonómica presentará un nuevo concurso el próximo mes.");
        assertEquals(List.of("La consejería autonómica"), spanish.nextSteps().stream().map(NextStep::actor).toList());
    }

    @Test
    void anIntentOfItsSubjectIsAStepWithoutATime() {
        BriefContent german = TestFiles.brief("Bahn streicht Linie nach Lenzholm",
                "Die Regionalbahn Ostenau hat am Montag die Linie nach Lenzholm gestrichen.",
                "Die Gemeinden an der Strecke wollen dagegen klagen.");
        assertEquals(List.of("Die Gemeinden an der Strecke wollen dagegen klagen"), actions(german));
        BriefContent russian = TestFiles.brief("В Заречье закрыли рынок",
                "Власти Заречья закрыли в понедельник центральный рынок.",
                "Торговцы собираются провести митинг у мэрии.");
        assertEquals(List.of("Торговцы: собираются провести митинг у мэрии"), russian.nextSteps().stream()
                .map(step -> step.actor() + ": " + step.action()).toList());
    }
}
