package dev.briefs.engine.extractive;

import dev.briefs.brief.Actor;
import dev.briefs.brief.BriefContent;
import dev.briefs.brief.NextStep;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Articles in the languages the engine reads, briefed in their own language. Every name here is invented. */
class MultilingualBriefTest {

    private static List<String> actors(BriefContent brief) {
        return brief.actors().stream().map(Actor::name).toList();
    }

    @Test
    void germanLowQuotesAndInvertedAttribution() {
        BriefContent brief = TestFiles.brief("Stadt Lindau sperrt die Alte Brücke",
                "Die Stadtverwaltung von Lindau hat die Alte Brücke am Montag für den Verkehr gesperrt, nachdem "
                        + "Gutachter Risse in zwei Pfeilern gefunden hatten.",
                "„Wir gehen kein Risiko ein“, sagte Bürgermeisterin Henrike Vosskamp am Dienstag. "
                        + "»Die Prüfung dauert mindestens drei Wochen«, fügte sie hinzu.");
        assertEquals(List.of("Henrike Vosskamp: Wir gehen kein Risiko ein",
                "Henrike Vosskamp: Die Prüfung dauert mindestens drei Wochen"), TestFiles.attributed(brief));
        assertTrue(actors(brief).contains("Henrike Vosskamp"), actors(brief)::toString);
    }

    @Test
    void germanVerbsOfRetortAndAssuranceAttributeAQuote() {
        BriefContent brief = TestFiles.brief("Streit um das Hallenbad in Torfeld",
                "Der Gemeinderat hat die Sanierung am Dienstag gestoppt.",
                "Bürgermeisterin Sabine Krailhuber wies die Kritik zurück. „Gemeldet ist nicht gleich erklärt“, "
                        + "entgegnete sie. „Wir prüfen weiter“, beteuerte Krailhuber.");
        assertEquals(List.of("Sabine Krailhuber: Gemeldet ist nicht gleich erklärt",
                "Sabine Krailhuber: Wir prüfen weiter"), TestFiles.attributed(brief));
    }

    @Test
    void frenchGuillemetsWithNoBreakSpacesAndInversion() {
        BriefContent brief = TestFiles.brief("",
                "La maire de Vallorin, Odette Charmasse, a fermé le marché couvert après une inspection.",
                "«\u00a0La sécurité passe avant tout\u00a0», a déclaré Odette Charmasse. «\u00a0Nous rouvrirons "
                        + "dès que possible\u00a0», a-t-elle ajouté.");
        assertEquals(List.of("Odette Charmasse: La sécurité passe avant tout",
                "Odette Charmasse: Nous rouvrirons dès que possible"), TestFiles.attributed(brief));
    }

    @Test
    void portugueseSpeakerAfterTheVerbAndTheFutureTense() {
        BriefContent brief = TestFiles.brief("",
                "A prefeitura de Serra Azul interditou o viaduto central na segunda-feira.",
                "«Não há outra saída», disse o prefeito Joaquim Valadares. A prefeitura apresentará um novo "
                        + "laudo em 12 de março.");
        assertEquals(List.of("Joaquim Valadares: Não há outra saída"), TestFiles.attributed(brief));
        assertTrue(brief.nextSteps().stream().map(NextStep::when).anyMatch(w -> w.contains("12 de março")),
                brief.nextSteps()::toString);
    }

    @Test
    void anElidedArticleIsNoPartOfTheNameAfterIt() {
        BriefContent brief = TestFiles.brief("",
                "Le conseil de Vallorin a fermé le marché couvert après une inspection.",
                "L'équipe d'Odile Charmasse prévoit une nouvelle inspection en septembre, a indiqué Odile Charmasse.");
        assertTrue(actors(brief).contains("Odile Charmasse"), actors(brief)::toString);
        assertTrue(actors(brief).stream().noneMatch(name -> name.startsWith("d'")), actors(brief)::toString);
    }

    @Test
    void russianHimselfIsNoPartOfTheName() {
        BriefContent brief = TestFiles.brief("",
                "Главный тренер клуба «Ладога» Пётр Сомов отправлен в отставку.",
                "Сам Сомов прокомментировал решение коротко. «Я отвечаю за результат», — сказал он.");
        assertTrue(actors(brief).stream().noneMatch(name -> name.startsWith("Сам ")), actors(brief)::toString);
    }

    @Test
    void russianAttributionBetweenDashesSplitsTheQuotation() {
        BriefContent brief = TestFiles.brief("",
                "Глава района Пётр Сомов объявил о закрытии моста на ремонт.",
                "«Мост закрыт до весны, — сказал Пётр Сомов. — Объезд уже готов».");
        assertEquals(List.of("Пётр Сомов: Мост закрыт до весны", "Пётр Сомов: Объезд уже готов"), TestFiles.attributed(brief));
    }

    @Test
    void spanishFirstOfTwoSurnamesAndTheFutureTense() {
        BriefContent brief = TestFiles.brief("",
                "La consejera de Obras, Inés Barbadillo Roig, anunció el cierre del túnel de Peñacorva.",
                "«No hay alternativa», dijo Barbadillo. La consejería encargará un estudio que se conocerá el 4 de abril.");
        assertEquals(List.of("Inés Barbadillo Roig: No hay alternativa"), TestFiles.attributed(brief));
        assertTrue(brief.nextSteps().stream().anyMatch(s -> s.when().contains("4 de abril")), brief.nextSteps()::toString);
    }

    @Test
    void germanOneWordInstitutionsAreActorsAndSentenceOpeningAdjectivesAreNoNames() {
        BriefContent brief = TestFiles.brief("Kartellamt stoppt Fusion",
                "Das Bundeskartellamt hat die Fusion der Molkereien Nordwiese und Talhof untersagt, teilte das "
                        + "Bundeskartellamt am Dienstag mit. Neue Regeln für die Branche hatte das Ministerium schon "
                        + "angekündigt.",
                "„Der Preis wäre gestiegen“, sagte Behördenchef Lutz Ebersbach. Große Teile der Branche begrüßten "
                        + "die Entscheidung, die großen Molkereien nicht.");
        assertTrue(actors(brief).contains("Bundeskartellamt"), actors(brief)::toString);
        assertTrue(actors(brief).stream().noneMatch(name -> name.startsWith("Neue") || name.startsWith("Große")),
                actors(brief)::toString);
    }

    @Test
    void aGermanInstitutionWithTheGenitiveOfWhoseItIsIsAnActor() {
        BriefContent brief = TestFiles.brief("",
                "Die Fähre nach Wörth fährt heuer nicht. Die Schifffahrtsbehörde des Bezirks hat die Zulassung nach "
                        + "einer Prüfung nicht verlängert. Der Gemeinderat sucht einen neuen Betreiber.");
        assertEquals(List.of("Schifffahrtsbehörde des Bezirks"),
                actors(brief).stream().filter(name -> name.contains("behörde")).toList(), actors(brief)::toString);
    }

    @Test
    void aRussianStepWhoseSubjectOpensWithACapitalisedAdjectiveKeepsItInTheAction() {
        BriefContent brief = TestFiles.brief("",
                "Мэрия Северска закрыла центральный рынок на ремонт.",
                "Городская дума рассмотрит смету ремонта 20 декабря.");
        assertTrue(brief.nextSteps().stream().anyMatch(s -> s.actor().isEmpty()
                && s.action().startsWith("Городская дума рассмотрит")), brief.nextSteps()::toString);
    }

    @Test
    void aSpanishPartialQuotationAfterAReportedClauseIsTheSubjectsWhenTheSentenceGoesOn() {
        BriefContent brief = TestFiles.brief("",
                "La reforma del horario comercial pasó con 50 votos a favor.",
                "Su portavoz, el diputado Anselmo Carrizo, afirmó que la reforma «se hizo sin escuchar a nadie» y "
                        + "advirtió que los comercios pequeños serán los más afectados.");
        assertEquals(List.of("Anselmo Carrizo: se hizo sin escuchar a nadie"), TestFiles.attributed(brief));
    }

    @Test
    void theSecondHalfOfAFrenchQuotationSplitByItsAttributionIsTheSameSpeakers() {
        BriefContent brief = TestFiles.brief("",
                "La préfecture de Vallorin a suspendu le chantier de l'autoroute.",
                "« Nous avons entendu les riverains », a déclaré le préfet Alain Berthoud, « et le chantier est "
                        + "suspendu jusqu'au printemps. »");
        assertEquals(List.of("Alain Berthoud: Nous avons entendu les riverains",
                "Alain Berthoud: et le chantier est suspendu jusqu'au printemps."), TestFiles.attributed(brief));
    }

    @Test
    void anOrganisationInAppositionToANounOfOrganisationsIsAnActor() {
        BriefContent brief = TestFiles.brief("",
                "A câmara de Vale Fundo suspendeu as obras do mercado municipal.",
                "A empresa visada, a Construtora Ribeirinha Lda., recusou comentar a decisão.");
        assertTrue(actors(brief).stream().anyMatch(name -> name.startsWith("Construtora Ribeirinha")),
                actors(brief)::toString);
    }

    @Test
    void anAcronymNamedOnceAsASourceAndANameOpeningAViewAreActors() {
        BriefContent brief = TestFiles.brief("",
                "Le groupe Textiloire a annoncé la fermeture de son usine de Vallorin.",
                "Pour la CFDT, la décision est une trahison. Selon la DREETS, le plan social sera examiné en mars.");
        assertTrue(actors(brief).containsAll(List.of("CFDT", "DREETS")), actors(brief)::toString);
    }

    @Test
    void russianPerfectiveFuturesAndTheNeuterOfMustMakeSteps() {
        BriefContent brief = TestFiles.brief("",
                "Мэрия Северска закрыла центральный рынок на ремонт.",
                "Строительство нового павильона должно завершиться весной. Прокуратура проверит законность "
                        + "договоров до конца года.");
        List<String> when = brief.nextSteps().stream().map(NextStep::when).toList();
        assertTrue(when.containsAll(List.of("весной", "до конца года")), brief.nextSteps()::toString);
    }

    @Test
    void wordsInGuillemetsAfterANounOfWorksOrGroupsAreATitleNotAQuotation() {
        BriefContent spanish = TestFiles.brief("",
                "La película «Todo lo que quedó en la orilla», de la directora Lucía Marqués, ganó el festival.",
                "«Es un premio para todo el equipo», dijo Marqués.");
        assertEquals(List.of("Lucía Marqués: Es un premio para todo el equipo"), TestFiles.attributed(spanish));
        BriefContent italian = TestFiles.brief("",
                "Il romanzo «La casa sul fiume che non c'era più» di Sara Contini ha vinto il premio.",
                "«Non me lo aspettavo», ha detto Contini.");
        assertEquals(List.of("Sara Contini: Non me lo aspettavo"), TestFiles.attributed(italian));
    }

    @Test
    void aRussianOrganisationInGuillemetsAfterItsNounInAnyCaseIsAnActor() {
        BriefContent club = TestFiles.brief("",
                "Главный тренер хоккейного клуба «Северная Заря» Валерий Крутов отправлен в отставку.",
                "Об этом клуб сообщил в среду.");
        assertTrue(actors(club).contains("Северная Заря"), actors(club)::toString);
        BriefContent company = TestFiles.brief("",
                "Арбитражный суд оштрафовал компанию «СтройДом» на пять миллионов рублей.",
                "Решение суда компания намерена обжаловать, сообщил её директор Павел Орлов.");
        assertTrue(actors(company).contains("СтройДом"), actors(company)::toString);
    }

    @Test
    void anOutletNamedInGuillemetsAfterItsNounIsNoActor() {
        BriefContent brief = TestFiles.brief("",
                "Главный тренер клуба «Ладога» Пётр Сомов отправлен в отставку.",
                "«Я сама ему позвонила», — рассказала корреспонденту «Вечерней Ладоги» директор клуба Анна Орлова. "
                        + "Орлова добавила, что клуб «Ладога» назовёт нового тренера до конца декабря.");
        assertTrue(actors(brief).stream().noneMatch(name -> name.contains("Ладоги")), actors(brief)::toString);
    }

    @Test
    void aGermanCompoundOfAShortRoleIsTheTitleOfTheNameAfterIt() {
        BriefContent brief = TestFiles.brief("",
                "Die Molkerei Talheim schließt ihr Werk in Ostried, teilte das Unternehmen am Montag mit.",
                "„Wir haben keine Wahl“, sagte Konzernchef Lorenz Abendroth. Auch Projektleiterin Ilka Sommerfeld "
                        + "bestätigte den Plan. „Die Maschinen gehen nach Polen“, sagte Projektleiterin Ilka Sommerfeld.");
        assertEquals(List.of("Lorenz Abendroth: Wir haben keine Wahl",
                "Ilka Sommerfeld: Die Maschinen gehen nach Polen"), TestFiles.attributed(brief));
        assertTrue(actors(brief).contains("Lorenz Abendroth"), actors(brief)::toString);
        assertTrue(actors(brief).stream().noneMatch(name -> name.contains("chef") || name.contains("leiter")),
                actors(brief)::toString);
    }

    @Test
    void anAmountWrittenWithCapitalsIsNoName() {
        BriefContent brief = TestFiles.brief("",
                "Der Ausbau der Kläranlage von Ostried kostet nun 18 Millionen Euro statt 11 Millionen Euro.",
                "Die Mehrkosten von sieben Millionen Euro könne die Gemeinde nicht tragen, sagte Kämmerin Ute Brasch. "
                        + "„Ohne das Land geht es nicht.“");
        assertTrue(actors(brief).stream().noneMatch(name -> name.contains("Euro")), actors(brief)::toString);
        assertEquals(List.of("Ute Brasch: Ohne das Land geht es nicht."), TestFiles.attributed(brief));
    }

    @Test
    void aGermanNounOfPeopleIsNoOrganisationNorTheVoiceOfABulletin() {
        BriefContent brief = TestFiles.brief("Hochwasser an der Lauter: Rund 900 Menschen in Talbach müssen ihre Häuser verlassen",
                "In der Nacht stieg der Pegel der Lauter auf über fünf Meter. Für Menschen ohne Unterkunft hat die "
                        + "Gemeinde die Turnhalle geöffnet.",
                "Das Lagezentrum teilte mit, der Regen solle am Freitag nachlassen. »Eine Entspannung ist frühestens ab "
                        + "Samstag zu erwarten«, hieß es in der Mitteilung.");
        assertEquals(List.of(": Eine Entspannung ist frühestens ab Samstag zu erwarten"), TestFiles.attributed(brief));
    }

    @Test
    void aNameInAppositionToANounOfOrganisationsWithARelativeClauseIsThatOrganisation() {
        BriefContent english = TestFiles.brief("",
                "The county closed the Millbrook viaduct after a survey found cracked beams.",
                "The surveying firm that checked the viaduct in 2023, Corley Halvard, said in a statement that it had "
                        + "warned the county. \"Our findings were sent to the county twice,\" the firm said.");
        assertEquals(List.of("Corley Halvard: Our findings were sent to the county twice"),
                TestFiles.attributed(english));
        BriefContent french = TestFiles.brief("",
                "La commune de Vallorin a fermé le pont des Tanneurs après une inspection.",
                "L'entreprise qui a inspecté le pont en 2023, Morvan Ingénierie, a publié un communiqué. « Nos "
                        + "alertes ont été transmises à la commune », a indiqué l'entreprise.");
        assertEquals(List.of("Morvan Ingénierie: Nos alertes ont été transmises à la commune"),
                TestFiles.attributed(french));
    }
}

