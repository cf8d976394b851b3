package dev.briefs.engine.extractive;

import dev.briefs.brief.HeadlineShift;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The headline shift rule by rule, on short articles with invented names. */
class HeadlineShiftExtractorTest {

    private static HeadlineShift shift(String title, String... paragraphs) {
        return HeadlineShiftExtractor.extract(SegmentedArticle.of(TestFiles.article(title, paragraphs)));
    }

    /** A rule, the start of the trigger it gives, and the article's paragraphs (no headline). */
    static Stream<Arguments> triggers() {
        return Stream.of(
                Arguments.of("a bare 'after' below the lede is not the trigger", "The Dunlow council closed the public pool",
                        new String[] {"The Dunlow council closed the public pool on Monday for the rest of the summer season.",
                                "The pool reopened in May after a two-year refit of its roof and changing rooms.",
                                "Swimmers were told to use the pool in Harrow Green, nine miles away."}),
                Arguments.of("a lede with its own day is the event", "The Harlow rowing club signed a deal",
                        new String[] {"The Harlow rowing club signed a deal on Monday with the Kell boatyard for a new racing eight.",
                                "The club on Tuesday thanked its members for their patience during the long search."}),
                Arguments.of("a lede's tally of votes is its circumstance, not its change", "the Dunlow council approved",
                        new String[] {"With 28 votes in favour, 11 against and three abstentions, the Dunlow council approved a plan "
                                + "on Thursday to close the public pool in Harrow Green for the whole of the next two summer seasons.",
                                "Swimmers were told to use the pool in Kell, nine miles away."}),
                Arguments.of("a tally of votes in Spanish", "el concejo de Dunlow aprobó",
                        new String[] {"Con 28 votos a favor, 11 en contra y tres abstenciones, el concejo de Dunlow aprobó este jueves "
                                + "en primera lectura la reforma que cierra la piscina municipal de Harrow durante los dos próximos veranos.",
                                "Los bañistas deberán usar la piscina de Kell, a quince kilómetros."}),
                Arguments.of("a circumstance in French", "le conseil municipal de Dunlow a adopté",
                        new String[] {"Avec 28 voix pour, 11 contre et trois abstentions, le conseil municipal de Dunlow a adopté jeudi "
                                + "soir en première lecture la réforme qui ferme la piscine de Harrow pendant les deux prochains étés.",
                                "Les nageurs devront aller à la piscine de Kell, à quinze kilomètres."}),
                Arguments.of("how long a debate took is no cause", "the Dunlow council voted",
                        new String[] {"After nine hours of debate, the Dunlow council voted on Thursday to close the public pool.",
                                "Swimmers were told to use the pool in Kell, nine miles away."}),
                Arguments.of("how long a debate took is no cause, in French", "le conseil municipal de Dunlow a adopté",
                        new String[] {"Après trois heures de débat, le conseil municipal de Dunlow a adopté jeudi la fermeture de la piscine.",
                                "Les nageurs devront aller à la piscine de Kell, à quinze kilomètres."}),
                Arguments.of("a scene-setting question gives way to the finding told in the perfect",
                        "A team at the Dunlow institute has built",
                        new String[] {"The life of a river is a slow exchange between water and stone, spread over thousands of years.",
                                "How the rivers we see today cut their valleys remains a puzzle for geologists.",
                                "A team at the Dunlow institute has built a model of a whole river basin, grain by grain."}));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("triggers")
    void theTriggerIsTheEventTheRuleFinds(String rule, String triggerStart, String[] paragraphs) {
        HeadlineShift shift = shift("", paragraphs);
        assertTrue(shift.trigger().startsWith(triggerStart), shift::toString);
    }

    /** A rule, the start of the state before it gives, and the article's paragraphs (no headline). */
    static Stream<Arguments> statesBefore() {
        return Stream.of(
                Arguments.of("'already' tells the state before when nothing stronger does", "The company wants longer weekend shifts",
                        new String[] {"Bus drivers at Corrin Transit voted on Tuesday to strike for three days next month.",
                                "The company wants longer weekend shifts; drivers say they already work too many hours."}),
                Arguments.of("a sentence opening on its own date tells an earlier step", "On March 3",
                        new String[] {"Tamsin Roe won the Arlow marathon on Sunday in a course record of two hours and five minutes.",
                                "She thanked the crowd and her coach at the finish line.",
                                "On March 3, she finished fifth in the Kell half marathon after a fall."}),
                Arguments.of("an irregular pluperfect tells the state before", "The board had kept every route",
                        new String[] {"The Harbor City transit board voted on Monday to cut service on six bus routes.",
                                "Riders who came to the meeting booed the chair.",
                                "The board had kept every route running through the winter."}),
                Arguments.of("the pluperfect of an irregular verb", "Harlow had gone eleven matches",
                        new String[] {"The Harlow rowing club signed a deal on Monday with the Kell boatyard for a new racing eight.",
                                "The club thanked its members for their patience during the long search.",
                                "Harlow had gone eleven matches without a win before the deal."}),
                Arguments.of("how long the old state lasted", "The vote was six to three after a year of debate",
                        new String[] {"The Corlin school board voted on Monday to move the start of high school to 8:45.",
                                "The vote was six to three after a year of debate."}),
                Arguments.of("where the story began", "Cases of the virus first appeared",
                        new String[] {"Health officials in Tamsin County are reporting a sixth death from the Kell virus.",
                                "The victim was one of two people who caught it in the same week.",
                                "Cases of the virus first appeared in the county at the end of August."}),
                Arguments.of("a clause of the lede when nothing else tells it", "which had previously rejected the tower",
                        new String[] {"The Harlow council, which had previously rejected the tower twice, approved a smaller one on Monday.",
                                "The developer, Mira Okon, thanked the councillors."}),
                Arguments.of("what happened over the past weeks", "Sensors at the dam recorded",
                        new String[] {"The Serra Alta mining company halted work at its Cafundo dam on Thursday after a state alert.",
                                "Engineers from the company met state inspectors at the site in the morning.",
                                "Sensors at the dam recorded rising water pressure over the past two weeks."}),
                Arguments.of("the past weeks in Portuguese", "Os sensores da barragem",
                        new String[] {"A mineradora Serra Alta suspendeu nesta quinta-feira as operações na mina do Cafundó, informou a empresa.",
                                "Os sensores da barragem registraram um aumento da pressão da água nas últimas duas semanas."}),
                Arguments.of("a state that held since, in Portuguese", "O prédio estava fechado",
                        new String[] {"A prefeitura de Vila Serena reabriu nesta segunda-feira o mercado municipal.",
                                "O prédio estava fechado desde junho de 2023 por causa de infiltrações."}),
                Arguments.of("as late as a month", "The mayor, Ana Ruiz, said as late as March",
                        new String[] {"The Dunlow council closed the public pool on Monday after engineers found cracks in its roof.",
                                "The mayor, Ana Ruiz, said as late as March that the pool was safe for swimmers."}),
                Arguments.of("as late as a month, in Russian", "Ещё в январе Сомов",
                        new String[] {"Министр транспорта Ладожской области Пётр Сомов подал в отставку в среду.",
                                "Губернатор подписал указ в тот же день, сообщила пресс-служба.",
                                "Ещё в январе Сомов называл положение на дорогах «стабильным»."}),
                Arguments.of("as late as a day and month, in French", "Encore le 3 mars, la mairie",
                        new String[] {"La mairie de Saint-Aubel a fermé lundi la piscine municipale après la découverte de fissures.",
                                "Encore le 3 mars, la mairie assurait que le bassin était sûr."}),
                Arguments.of("since a year, in German", "Seit 2019 waren die Tarife",
                        new String[] {"Der Tarifverbund Lindau erhöht die Preise für Einzelbillette ab Dezember um fünf Prozent, wie er am Montag mitteilte.",
                                "Ein Jahresabonnement für zwei Zonen kostet neu 1020 statt 975 Franken.",
                                "Seit 2019 waren die Tarife im Verbund unverändert geblieben."}),
                Arguments.of("up to the last, in German", "Die Stadt hatte bis zuletzt",
                        new String[] {"Die Stadt Lindau schließt das Hallenbad zum Jahresende, wie der Bürgermeister am Montag mitteilte.",
                                "Die Stadt hatte bis zuletzt einen Käufer für das Bad gesucht."}),
                Arguments.of("until this morning, in Italian", "Fino a stamattina l'incendio",
                        new String[] {"È salito a trecento il numero delle persone evacuate dalle frazioni di Valtorre, dove da ieri brucia la pineta.",
                                "Fino a stamattina l'incendio era confinato al versante nord della collina.",
                                "Il vento ha poi spinto il fronte verso le case."}),
                Arguments.of("until this morning, in Spanish", "Hasta esta mañana, el fuego",
                        new String[] {"Ya son trescientas las personas evacuadas de las aldeas de Valtorre, donde arde el pinar desde ayer.",
                                "Hasta esta mañana, el fuego se limitaba a la ladera norte de la colina."}),
                Arguments.of("last year, in Russian", "Ещё в прошлом году",
                        new String[] {"Мэрия Ладожска в понедельник открыла новый рынок на набережной.",
                                "Ещё в прошлом году чиновники называли проект слишком дорогим."}),
                Arguments.of("the Italian pluperfect", "Il sindaco aveva promesso",
                        new String[] {"Il comune di Vellora ha chiuso la biblioteca civica lunedì per lavori urgenti al tetto.",
                                "Il sindaco aveva promesso di tenerla aperta tutto l'anno."}),
                Arguments.of("an earlier step told in the passive with its month", "Arlow was arrested in April",
                        new String[] {"A Dunlow man pleaded guilty on Monday to threatening the town's mayor in a series of letters.",
                                "Piet Arlow, 44, faces up to five years in prison.",
                                "Arlow was arrested in April after a neighbour found the letters in a shed."}),
                Arguments.of("history, when nothing else tells it", "La palestra, costruita nel 1971",
                        new String[] {"La giunta di Dunello ha chiuso ieri la scuola media per lavori antisismici di almeno un anno.",
                                "I 300 studenti seguiranno le lezioni in un villaggio di container nel parcheggio del palazzetto.",
                                "La scuola fu inaugurata nel 1968 e restaurata nel 2021.",
                                "La palestra, costruita nel 1971, resterà aperta."}),
                Arguments.of("what scientists had believed before a finding", "Scientists had long suspected",
                        new String[] {"Astronomers at the Dunlow observatory have confirmed the presence of ice on the far side of the moon Kell.",
                                "The find means the moon may hold liquid water under its crust.",
                                "Scientists had long suspected that the dark craters of Kell held frozen water."}));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("statesBefore")
    void theStateBeforeIsTheSentenceTheRuleFinds(String rule, String beforeStart, String[] paragraphs) {
        HeadlineShift shift = shift("", paragraphs);
        assertTrue(shift.before().startsWith(beforeStart), shift::toString);
    }

    @Test
    void aClauseOfTheLedeThatUndoesTheOldStateIsTheStateBeforeAndItsCauseNoTrigger() {
        HeadlineShift shift = shift("", "The Harlow council on Tuesday lifted its ban on rental scooters, reversing a decision "
                + "it made in March after a string of crashes.", "Scooters return to the streets from June 1 under a permit scheme.");
        assertEquals("reversing a decision it made in March after a string of crashes", shift.before());
        assertEquals("The Harlow council on Tuesday lifted its ban on rental scooters", shift.trigger());
        HeadlineShift run = shift("", "The Kell central bank kept its main rate at 4.5% on Thursday, pausing after five straight "
                + "increases since last spring.", "Governor Tomas Ekberg said inflation was easing but remained too high.");
        assertEquals("pausing after five straight increases since last spring", run.before());
        assertTrue(run.trigger().startsWith("The Kell central bank kept its main rate"), run::toString);
    }

    @Test
    void aLedeOpeningOnTheStateBeforeGivesTheNewsToTheSentenceAfterIt() {
        HeadlineShift french = shift("", "Il y a encore quinze jours, le ministère assumait la fermeture de sept maternités "
                + "d'ici à l'été.", "Mardi, devant les députés, la ministre de la Santé a annoncé un moratoire de six mois sur "
                + "les fermetures.", "Les élus de la majorité ont salué une décision de bon sens.");
        assertTrue(french.before().startsWith("Il y a encore quinze jours, le ministère assumait"), french::toString);
        assertTrue(french.trigger().startsWith("Mardi, devant les députés"), french::toString);
        HeadlineShift english = shift("", "As recently as March, the Dunlow council insisted that the public pool was safe "
                + "for swimmers.", "On Monday the council closed the pool after engineers found cracks in its roof.",
                "Swimmers were told to use the pool in Harrow Green.");
        assertTrue(english.before().startsWith("As recently as March, the Dunlow council insisted"), english::toString);
        assertEquals("On Monday the council closed the pool", english.after(), english::toString);
    }

    @Test
    void aSentenceOpeningOnSinceADayTellsTheStateSinceTheNewsAndTheEventIsTheSentenceAfterIt() {
        HeadlineShift french = shift("", "Il y a encore trois jours, la médiathèque de Vernoux se vantait de prêter tous ses "
                + "livres en ligne.", "Depuis lundi, ses quarante bibliothécaires notent les prêts sur des fiches en carton.",
                "Dans la nuit de dimanche à lundi, un virus a effacé le catalogue de la médiathèque.",
                "La mairie a porté plainte auprès de la gendarmerie.");
        assertTrue(french.before().startsWith("Il y a encore trois jours"), french::toString);
        assertTrue((french.trigger() + " " + french.after()).contains("un virus a effacé le catalogue"), french::toString);
        assertFalse(french.trigger().startsWith("Depuis lundi"), french::toString);
        HeadlineShift english = shift("", "Until last week, the Harlow primary school boasted the newest classrooms in the county.",
                "Since Monday its 300 pupils have been taught in tents on the playing field.",
                "On Sunday night a fire destroyed the main building and the school hall.",
                "The head teacher thanked the firefighters for saving the library.");
        assertTrue((english.trigger() + " " + english.after()).contains("a fire destroyed the main building"), english::toString);
        assertFalse(english.trigger().startsWith("Since Monday"), english::toString);
    }

    @Test
    void anItalianDaBeforeADayOpensAStateHeldSinceTheNewsAsDalDoes() {
        HeadlineShift italian = shift("", "Fino a poco tempo fa la biblioteca di Brello prestava tutti i suoi libri online.",
                "Da lunedì i suoi quaranta bibliotecari annotano i prestiti su schede di cartone.",
                "Nella notte tra domenica e lunedì un virus ha cancellato il catalogo della biblioteca.",
                "Il Comune ha sporto denuncia ai carabinieri.");
        assertTrue((italian.trigger() + " " + italian.after()).contains("un virus ha cancellato il catalogo"), italian::toString);
        assertFalse(italian.trigger().startsWith("Da lunedì"), italian::toString);
    }

    @Test
    void aHeadlinesAsClauseThatTellsAPeriodComingIsTheNewsTimeNotItsCause() {
        HeadlineShift strike = shift("Harlow bus drivers walk out as school holidays begin",
                "About 400 drivers at Corrin Transit walked out at dawn on Friday, halting every route in Harlow.",
                "The union wants a rise of six per cent and shorter weekend shifts.");
        assertNotEquals("school holidays begin", strike.trigger(), strike::toString);
        assertTrue((strike.trigger() + " " + strike.after()).contains("walked out at dawn"), strike::toString);
        HeadlineShift slide = shift("Kell Mining shares slide as copper output falls",
                "Shares in Kell Mining fell nine per cent in Dunlow on Tuesday.", "The company cut its forecast for the year.");
        assertEquals("copper output falls", slide.trigger(), slide::toString);
    }

    @Test
    void theSentenceOnTheNewsDayAfterAStateBeforeBelowTheLedeIsTheEventThatEndedIt() {
        HeadlineShift english = shift("", "Police in Harlow are asking the public to help find the driver of a blue van that hit "
                + "a cyclist on Sunday night.", "Until now, detectives had only flakes of paint and a broken wing mirror to go on.",
                "On Tuesday, police released footage from a petrol station camera that shows the van heading north.",
                "The cyclist, a nurse at the town hospital, is in a stable condition.");
        assertTrue(english.before().startsWith("Until now, detectives had only flakes of paint"), english::toString);
        assertTrue(english.trigger().startsWith("On Tuesday, police released footage"), english::toString);
        assertTrue(english.after().startsWith("Police in Harlow are asking the public"), english::toString);
        HeadlineShift portuguese = shift("", "A polícia de Vale Fundo está a pedir ajuda para identificar o condutor de uma "
                + "carrinha azul que atropelou um ciclista no domingo.", "Até agora, a investigação contava apenas com "
                + "vestígios de tinta.", "Esta terça-feira, a polícia divulgou imagens de uma câmara de vigilância.",
                "O ciclista continua internado.");
        assertTrue(portuguese.trigger().startsWith("Esta terça-feira, a polícia divulgou imagens"), portuguese::toString);
    }

    @Test
    void aRelativeClauseSetOffByCommasThatTellsTheStateBeforeIsItAndTheRestOfTheSummaryTheNews() {
        HeadlineShift english = shift("Harlow pier to come down", "The Harlow council voted on Monday to pull down the "
                + "town's pier next spring.", "The pier, which had previously carried a tram to the lifeboat station, is "
                + "fenced off.", "Anglers said they would petition the council.");
        assertEquals("which had previously carried a tram to the lifeboat station", english.before(), english::toString);
        HeadlineShift russian = shift("Последний сеанс в Верхнеозёрске", "Кинотеатр, который работал на площади с 1938 "
                + "года, закрывают после праздников.", "Текст: Анна Роева", "В половине девятого вечера киномеханик Пётр "
                + "Осипов уже заправляет плёнку в старый проектор.", "Он работает здесь сорок лет и знает каждое кресло.");
        assertEquals("который работал на площади с 1938 года", russian.before(), russian::toString);
        assertTrue((russian.trigger() + " " + russian.after()).contains("закрывают после праздников"), russian::toString);
    }

    @Test
    void aLedesSecondClauseThatUndoesAnEarlierStepIsTheStateBeforeAndItsConjunctionBelongsToNeither() {
        HeadlineShift english = shift("Harlow cuts its parking charge", "The Harlow council cut the evening parking charge "
                + "on Monday from £4 to £2 and undid the rise it voted through in March.",
                "Shop owners said the change came too late for the winter.");
        assertTrue(english.before().startsWith("undid the rise it voted through in March"), english::toString);
        assertTrue(english.after().startsWith("The Harlow council cut the evening parking charge")
                || english.trigger().startsWith("The Harlow council cut the evening parking charge"), english::toString);
        assertFalse((english.after() + english.trigger()).contains("£2 and"), english::toString);
        HeadlineShift spanish = shift("Dunlow baja la tarifa", "El concejo de Dunlow redujo este lunes la tarifa del "
                + "estacionamiento de 4 a 2 pesos y deshizo así la suba que había votado en marzo, cuando los playones estaban "
                + "vacíos.", "Los comerciantes dijeron que el cambio llega tarde para el invierno.");
        assertTrue(spanish.before().startsWith("deshizo así la suba que había votado en marzo"), spanish::toString);
        assertTrue((spanish.after() + " " + spanish.trigger()).contains("El concejo de Dunlow redujo este lunes la tarifa"),
                spanish::toString);
    }

    @Test
    void aLedeOpeningOnARunWithoutSomethingTellsTheStateBeforeNotTheCause() {
        HeadlineShift english = shift("Kellbridge end their wait", "After eleven matches without a win and a month of "
                + "talk about the manager's future, Kellbridge Rovers are smiling again.", "At a muddy Dell Lane the hosts "
                + "beat Harrow Town 3-1 and climbed out of the bottom four.");
        assertTrue(english.before().startsWith("After eleven matches without a win"), english::toString);
        assertFalse(english.trigger().startsWith("eleven matches"), english::toString);
        assertTrue((english.trigger() + " " + english.after()).contains("beat Harrow Town 3-1"), english::toString);
        HeadlineShift italian = shift("Il Brello torna a vincere", "Dopo sei giornate senza vittoria e una settimana di "
                + "polemiche sulla panchina, il Brello torna a sorridere.", "Al comunale i rossoblù battono 2-0 il Castelvetro "
                + "e lasciano l'ultimo posto.");
        assertTrue(italian.before().startsWith("Dopo sei giornate senza vittoria"), italian::toString);
        assertTrue((italian.trigger() + " " + italian.after()).contains("battono 2-0 il Castelvetro"), italian::toString);
    }

    @Test
    void aTopOpeningOnHowLongTheOldStateLastedIsTheStateBeforeAndTheNewsTheDatedSentenceAfterIt() {
        HeadlineShift french = shift("", "Depuis quarante ans, ou presque, on traverse la Semoise à Brély par le bac du village.",
                "Chaque matin, le passeur fait vingt allers-retours entre les deux rives.", "Ce sera terminé en juin.",
                "Le conseil communal a voté mardi la construction d'une passerelle et la fin du service.");
        assertTrue(french.before().startsWith("Depuis quarante ans, ou presque, on traverse"), french::toString);
        assertTrue((french.after() + " " + french.trigger()).contains("Le conseil communal a voté mardi"), french::toString);
        HeadlineShift portuguese = shift("", "Durante seis meses, os moradores de Vale Fundo esperaram pelo autocarro na berma da estrada.",
                "Na segunda-feira, a câmara inaugurou um abrigo novo junto à escola.");
        assertTrue(portuguese.before().startsWith("Durante seis meses, os moradores"), portuguese::toString);
        HeadlineShift italian = shift("", "BRELLO – Per anni la piazza del mercato è stata chiusa alle auto nei giorni di festa.",
                "Ieri la giunta ha deciso di riaprirla al traffico con un'ordinanza del sindaco.");
        assertTrue(italian.before().startsWith("Per anni la piazza del mercato"), italian::toString);
    }

    @Test
    void aLedeDatedToAYearBeforeASentenceOpeningOnTheNewsDayIsTheStateBefore() {
        HeadlineShift german = shift("", "Als der Stadtrat im Herbst 2019 die neue Brücke über die Lauter beschloss, war von neun "
                + "Millionen Euro die Rede.", "Heute steht erst ein Pfeiler, und die Kosten werden auf 17 Millionen Euro geschätzt.",
                "Der Bürgermeister will im Mai einen Bericht vorlegen.");
        assertTrue(german.before().startsWith("Als der Stadtrat im Herbst 2019"), german::toString);
        HeadlineShift english = shift("", "When the Dunlow council approved the new library in 2019, it was to cost four million pounds.",
                "On Monday the council said the bill now stands at nine million pounds.");
        assertTrue(english.before().startsWith("When the Dunlow council approved"), english::toString);
    }

    @Test
    void howLongSomeoneHasDoneAThingInsideASentenceIsNoStateBefore() {
        HeadlineShift french = shift("", "Le conseil communal de Brély a voté mardi la fin du bac sur la Semoise.",
                "Le passeur, qui travaille sur le bac depuis douze ans, sera reclassé à la voirie.");
        assertEquals("", french.before(), french::toString);
        HeadlineShift rule = shift("", "The Harlow lido reopened on Saturday with a new diving pool and a cafe.",
                "For two weeks, swimmers will have to book a slot online before they arrive.");
        assertEquals("", rule.before(), rule::toString);
        HeadlineShift edition = shift("", "The Harlow light festival opened on Friday with thirty works along the canal.",
                "For this years' festival, artists from nine countries show works on the theme of water.");
        assertEquals("", edition.before(), edition::toString);
    }

    @Test
    void aLedeOpeningOnASpanThatRunsToTheNewsIsTheStateBefore() {
        HeadlineShift english = shift("", "For nine months the tenants of Fenn Court have been told that the repair of the lifts was "
                + "\"in hand\". On Tuesday they got a date.", "The Harlow housing board found that both lifts "
                + "had failed their safety checks and ordered the landlord to replace them by June.",
                "Tenants said they had heard such promises before.");
        assertTrue(english.before().startsWith("For nine months the tenants of Fenn Court have been told"), english::toString);
        assertTrue(english.after().startsWith("The Harlow housing board found"), english::toString);
        HeadlineShift french = shift("", "Depuis deux ans, les habitants de Vernoux attendent la réouverture de leur piscine.",
                "Mardi, le conseil municipal a voté sa démolition.", "Les clubs de natation dénoncent une trahison.");
        assertTrue(french.before().startsWith("Depuis deux ans, les habitants de Vernoux attendent"), french::toString);
    }

    @Test
    void onlyInAPlaceIsNoRecentState() {
        assertEquals("", shift("", "The Harlow council on Tuesday approved a permit scheme for rental scooters in the town.",
                "Operators must park the scooters only in marked bays near the station.").before());
    }

    @Test
    void whatWaitsOnALaterEventIsNoStateBefore() {
        assertEquals("", shift("", "The Senate on Tuesday adjourned its first sitting after the summer recess.",
                "All business was suspended until the next legislative day.").before());
        assertEquals("", shift("", "The Harlow council, which will meet again until the works end, closed the bridge on Monday.",
                "Drivers were sent round by the ring road.").before(), "a clause of the lede that looks ahead");
    }

    @Test
    void theStateBeforeIsNeverAlsoTheStateAfter() {
        HeadlineShift shift = shift("Kellmoor Water raises prices by 12 percent",
                "Kellmoor Water will raise its prices by 12 percent from April for 30,000 homes.",
                "Until now, the company had ruled out any rise this year.");
        assertTrue(shift.before().startsWith("Until now"), shift::toString);
        assertNotEquals(shift.before(), shift.after());
        assertTrue(shift.after().startsWith("Kellmoor Water will raise its prices"), shift::toString);
        assertEquals("Kellmoor Water raises prices by 12 percent", shift.trigger(), "the headline names the event");
    }

    @Test
    void aLedeOpeningWithTheWireInBracketsIsTheLedeNotAnAside() {
        HeadlineShift shift = shift("",
                "(Reuters) — The Dunlow council closed the public pool on Monday for the rest of the summer season.",
                "The pool reopened in May after a two-year refit of its roof and changing rooms.");
        assertTrue(shift.trigger().contains("The Dunlow council closed the public pool"), shift::toString);
    }

    @Test
    void theHeadlineRestatedByTheLedeLeavesOutItsDateline() {
        HeadlineShift shift = shift("Harlow closes its swimming pool for two summers",
                "Repairs to the roof start in the spring.",
                "By Ana Ruiz",
                "SAN ROQUE – Engineers who were called in by the town in the spring, when the first cracks appeared in the "
                        + "ceiling of the old building on the river bank and the water began to leak into the hall below, have "
                        + "told the council of Harlow that its swimming pool must close for two summers.",
                "The council will meet again in March.");
        assertTrue(shift.trigger().startsWith("Engineers who were called in"), shift::toString);
    }

    @Test
    void aLedeOpeningWithTheOutletInBracketsAndNoDashIsTheLede() {
        HeadlineShift shift = shift("",
                "(KTV) Mayor Ana Ruiz closed the Dunlow public pool on Monday for the rest of the summer.",
                "Few swimmers will miss it.",
                "Which is not to say that the closure on Monday was welcome to all of them.");
        assertTrue(shift.trigger().startsWith("Mayor Ana Ruiz closed the Dunlow public pool"), shift::toString);
        HeadlineShift aside = shift("",
                "(The pool, built in 1961, was the town's first.) The Dunlow council closed it on Monday for the summer.",
                "The pool reopened in May after a two-year refit of its roof.");
        assertTrue(aside.trigger().startsWith("The Dunlow council closed it"), aside::toString);
    }

    @Test
    void aStrongCauseCueBelowTheLedeStillNamesTheTrigger() {
        HeadlineShift shift = shift("",
                "The Dunlow council closed the public pool on Monday for the rest of the summer season.",
                "The closure was prompted by a crack found in the main tank during a routine check.");
        assertEquals("a crack found in the main tank during a routine check", shift.trigger());
    }

    @Test
    void aCauseTooShortToTellIsSkippedForTheNextOneInTheSentence() {
        HeadlineShift shift = shift("",
                "After 20 years, Mira Tobin is leaving the Arlow choir on Sunday, days after the parish said it "
                        + "would close the hall.");
        assertEquals("the parish said it would close the hall", shift.trigger());
        assertEquals("Mira Tobin is leaving the Arlow choir on Sunday", shift.after(),
                "the state after leaves out the cause and the time that leads into it");
    }

    @Test
    void theLedesOwnCauseIsCutFromTheStateAfter() {
        HeadlineShift shift = shift("",
                "Le tribunal de Vasselin a suspendu mardi les travaux du nouveau parking, après un recours des "
                        + "riverains du quartier.");
        assertEquals("un recours des riverains du quartier", shift.trigger());
        assertEquals("Le tribunal de Vasselin a suspendu mardi les travaux du nouveau parking", shift.after());
    }

    @Test
    void aSceneToldInThePluperfectWithNoDayAfterItGivesWayToTheFirstSentenceNotInThePluperfect() {
        HeadlineShift shift = shift("", "Als Mara Feldner nach dem Schlussgong auf der Matte kniete, hatte sie die Hände vor das "
                + "Gesicht geschlagen.", "Die Ringerin hatte in der 6. Minute ihre Gegnerin aus Kelbach geschultert.",
                "In der Halle am Seeufer gewann der TSV Lindau damit den Meistertitel, den er zuletzt vor zwanzig Jahren geholt hatte.",
                "Die Trainerin lobte die Geduld ihrer Mannschaft.");
        assertTrue(shift.trigger().startsWith("In der Halle am Seeufer gewann der TSV Lindau"), shift::toString);
    }

    @Test
    void aSceneSettingLedeGivesWayToTheEventToldWithItsDay() {
        HeadlineShift shift = shift("",
                "Reaching the far side of the lake has always been the easy part for the Harlow rowing club.",
                "The club on Monday signed a deal with the Kell boatyard to build its first racing eight in decades.");
        assertTrue(shift.trigger().startsWith("The club on Monday signed a deal"), shift::toString);
        assertTrue(shift.after().startsWith("Reaching the far side of the lake"), shift::toString);
    }

    @Test
    void underAStandfirstASceneSettingLedeInAnyLanguageIsTheStateBeforeAndTheStandfirstTheStateAfter() {
        HeadlineShift shift = shift("Tarrow : le bureau de poste du village va fermer",
                "La Poste a annoncé la fermeture du bureau du village à la fin du mois de juin.",
                "Par Ann Roe",
                "Trois guichets, une boîte aux lettres jaune et une file d'attente qui déborde sur le trottoir chaque "
                        + "matin : le bureau de poste de Tarrow est le dernier service public du village.",
                "La nouvelle est tombée jeudi, dans une lettre de la direction régionale adressée au maire.");
        assertTrue(shift.trigger().startsWith("La nouvelle est tombée jeudi"), shift::toString);
        assertTrue(shift.before().startsWith("Trois guichets"), shift::toString);
        assertTrue(shift.after().startsWith("La Poste a annoncé la fermeture"), shift::toString);
    }

    @Test
    void aNutGrafOpeningOnAnEarlierStepIsTheEventAndTheSceneTheStateBefore() {
        HeadlineShift shift = shift("",
                "Crossovers may have become the car of choice for most drivers, but that does not mean the sedan is finished.",
                "After debuting the Tova crossover two months ago, Kessler Motors has taken the covers off the new Arlo sedan.",
                "The compact four-door has been redesigned from the ground up for the new model year.");
        assertTrue(shift.trigger().startsWith("After debuting the Tova crossover"), shift::toString);
        assertTrue(shift.before().startsWith("Crossovers may have become"), shift::toString);
        assertTrue(shift.after().startsWith("The compact four-door has been redesigned"), shift::toString);
        HeadlineShift ahead = shift("", "The Kell Ramblers will look to ride their old hits into one more long summer tour.",
                "The band on Monday announced forty dates across the country for its fiftieth year.",
                "Tickets for the anniversary tour go on sale through the band's website.");
        assertFalse(ahead.before().startsWith("The Kell Ramblers will look"), "a scene that looks ahead is no state before");
    }

    @Test
    void theStateAfterSkipsAnAsideThatLeansOnTheLede() {
        HeadlineShift shift = shift("", "The Harlow rowing club signed a deal with the Kell boatyard for a new racing eight.",
                "And the boat will be ready for the spring regatta.",
                "The club had rowed in a borrowed boat for three seasons.");
        assertFalse(shift.after().startsWith("And the boat"), shift::toString);
        HeadlineShift linked = shift("", "The Harlow rowing club signed a deal with the Kell boatyard for a new racing eight.",
                "Link to the club website – https://harlow-rowing.example/eight",
                "The new boat will cost the club about 40,000 pounds over four years.");
        assertTrue(linked.after().startsWith("The new boat will cost"), linked::toString);
    }

    @Test
    void aTimeAfterAfterIsNoCause() {
        HeadlineShift shift = shift("",
                "The last ferry to Gullholm will be scrapped from April 6, leaving islanders without a boat home after "
                        + "7.40pm for the first time in thirty years.");
        assertFalse(shift.trigger().startsWith("7.40pm"), shift::toString);
    }

    @Test
    void aRussianCauseWithTheCommaInsideItsConjunction() {
        HeadlineShift shift = shift("",
                "Власти Ладожска закрыли городской рынок в понедельник после того, как инспекторы нашли плесень на складах.");
        assertEquals("инспекторы нашли плесень на складах", shift.trigger());
    }

    @Test
    void whatTheLedeBreaksWithIsTheStateBefore() {
        HeadlineShift shift = shift("",
                "Breaking with forty years of free parking, the Dunlow council will charge drivers in the town centre.",
                "The first meters go up in May.");
        assertEquals("Breaking with forty years of free parking", shift.before(), shift::toString);
        assertEquals("", shift("", "Breaking news from the council, which voted to charge drivers in the town centre.",
                "The first meters go up in May.").before(), "no state is broken with");
    }

    @Test
    void aLongSentenceKeepsTheClauseThatHoldsItsCue() {
        HeadlineShift shift = shift("",
                "The Harlow board halted work on the Tensby reservoir on Tuesday after engineers found cracks.",
                "Board chair Nia Pell spoke to reporters at the board's offices in the evening and defended the "
                        + "decision, which she said was hard, but which, she admitted, delays by at least a year a "
                        + "project that the valley towns have been asking for since the early nineteen-nineties and "
                        + "had been promised for years.");
        assertTrue(shift.before().contains("had been promised for years"), shift::toString);
    }

    @Test
    void theEventThatBrokeIntoALedesSceneIsTheTrigger() {
        HeadlineShift shift = shift("",
                "About forty traders were setting up their stalls in the Dunlow market hall on Tuesday morning when "
                        + "they were told the building would close, by a council officer with a notice.",
                "Most of them had rented a stall there for years.");
        assertEquals("they were told the building would close", shift.trigger(), shift::toString);
        assertEquals("About forty traders were setting up their stalls in the Dunlow market hall on Tuesday morning",
                shift.after());
    }

    @Test
    void aWhenThatAsksIsNoTrigger() {
        HeadlineShift shift = shift("",
                "The Dunlow council has not said when the market hall will reopen to the forty traders who use it.",
                "Most of them had rented a stall there for years.");
        assertFalse(shift.trigger().startsWith("the market hall will reopen"), shift::toString);
    }

    @Test
    void aDatelineInMixedCaseIsNoPartOfTheLedeButAnAppositionIs() {
        assertTrue(shift("", "Dunlow, N.H. — The council closed the old market hall on Monday for the rest of the year.")
                .after().startsWith("The council closed"));
        assertTrue(shift("", "Kellport – Several hundred traders marched to the town hall on Monday to save the market.")
                .after().startsWith("Several hundred traders"));
        assertTrue(shift("", "Two traders — a baker and a butcher — asked the council on Monday to reopen the market hall.")
                .after().startsWith("Two traders — a baker"));
    }

    @Test
    void aLedeAfterADatelineTheSplitterPartedIsStillTheLede() {
        SegmentedArticle text = SegmentedArticle.of(TestFiles.article("",
                "DUNLOW, N.H. (Briefs Wire) — The council closed the old market hall on Monday after a fire inspection."));
        assertTrue(text.text(text.lede()).contains("The council closed the old market hall"), () -> text.text(text.lede()));
        assertTrue(shift("", "DUNLOW, N.H. (Briefs Wire) — The council closed the old market hall on Monday after a fire "
                + "inspection.").after().startsWith("The council closed"));
    }

    @Test
    void aFactChecksRatingIsTheStateAfterAndItsClaimTheStateBefore() {
        HeadlineShift shift = shift("",
                "In May, Councillor Ivo Brant said the Dunlow bypass had cut traffic in the town centre by half.",
                "Brant said the figures came from the county's own counts of cars.",
                "The county counted 41 percent fewer cars on the high street in the year after it opened.",
                "We rate the statement Mostly True.");
        assertEquals("We rate the statement Mostly True", shift.after(), shift::toString);
        assertEquals("Brant said the figures came from the county's own counts of cars", shift.before());
    }

    @Test
    void aWhenThatOpensTheSentenceOrAnIdiomIsNoTrigger() {
        HeadlineShift opening = shift("",
                "When the Dunlow council opened the market hall in 1990, it had room for forty traders and a cafe.",
                "Most of them had rented a stall there for years.");
        assertTrue(opening.trigger().startsWith("When the Dunlow council") || opening.trigger().startsWith("it had room"),
                opening::toString);
        HeadlineShift idiom = shift("",
                "The Dunlow council is the strictest in the county when it comes to the rules for market stalls.",
                "Most of them had rented a stall there for years.");
        assertFalse(idiom.trigger().startsWith("it comes to"), idiom::toString);
    }

    @Test
    void aTeaserThatCallsTheReaderElsewhereIsNotTheLede() {
        HeadlineShift shift = shift("",
                "Briefs Flash top local headlines for March 3 are here. Check out what's new today in Dunlow.",
                "The Dunlow council has closed the old market hall after a fire inspection found faulty wiring.");
        assertTrue(shift.after().startsWith("The Dunlow council has closed") || shift.trigger().startsWith(
                "The Dunlow council has closed"), shift::toString);
        assertFalse((shift.after() + shift.trigger()).contains("Check out"), shift::toString);
    }

    @Test
    void belowAStandfirstAndItsBylineTheStoryHasItsOwnLedeAndTheStandfirstSumsUpTheStateAfter() {
        HeadlineShift shift = shift("Dunlow closes its market hall",
                "Forty traders lose their stalls in the old hall, which the council wants to sell.",
                "By Ann Roe",
                "Published 03/11/2026 10:15 · Updated 03/11/2026 12:40",
                "The Dunlow council voted on Monday to close the old market hall at the end of the month.",
                "The traders will move to a tent on the quay.");
        assertTrue(shift.trigger().startsWith("The Dunlow council voted on Monday"), shift::toString);
        assertTrue(shift.after().startsWith("Forty traders lose their stalls"), shift::toString);
        SegmentedArticle italian = SegmentedArticle.of(TestFiles.article("Dunello, la giunta chiude il mercato",
                "Dopo due rinvii il progetto passa in giunta: niente banchi nella vecchia sala da maggio.",
                "di Paola Berti",
                "DUNELLO – La giunta comunale ha approvato ieri sera la chiusura del mercato coperto di piazza Roma."));
        assertTrue(italian.text(italian.storyLede()).startsWith("DUNELLO – La giunta comunale ha approvato"));
        assertTrue(italian.text(italian.lede()).startsWith("Dopo due rinvii"), "the page's first prose stays its lede");
    }

    /** A lede dated by a part of the news's own day, and a sentence below it dated by a weekday. */
    static Stream<Arguments> partsOfTheNewsDay() {
        return Stream.of(
                Arguments.of("A direção da escola estadual do bairro Vila Nova registrou nesta manhã o furto de doze "
                        + "computadores da sala de informática.", "As janelas estavam quebradas e as portas tinham marcas "
                        + "de arrombamento.", "As aulas de informática desta quinta-feira foram canceladas pela direção."),
                Arguments.of("La direction du collège de Tarrow a constaté ce matin le vol de douze ordinateurs dans la "
                        + "salle informatique.", "Les fenêtres étaient brisées et les portes portaient des traces "
                        + "d'effraction.", "Les cours d'informatique de jeudi ont été annulés par la direction du collège."),
                Arguments.of("La dirección del instituto de Tarrow denunció esta mañana el robo de doce ordenadores de la "
                        + "sala de informática.", "Las ventanas estaban rotas y las puertas tenían marcas de forcejeo.",
                        "Las clases de informática del jueves han sido suspendidas por la dirección del centro."),
                Arguments.of("La direzione del liceo di Tarrow ha denunciato questa mattina il furto di dodici computer "
                        + "dal laboratorio.", "Le finestre erano rotte e le porte avevano segni di scasso.",
                        "Le lezioni di informatica di giovedì sono state sospese dalla direzione della scuola."),
                Arguments.of("Администрация школы в Тарроу этим утром заявила о краже двенадцати компьютеров из "
                        + "кабинета информатики.", "Окна были разбиты, а на дверях остались следы взлома.",
                        "Уроки информатики в четверг отменены по решению администрации школы."));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("partsOfTheNewsDay")
    void aLedeDatedByAPartOfTheNewsDayTellsTheEventNotASentenceBelowWithAWeekday(String lede, String second, String third) {
        HeadlineShift shift = shift("", lede, second, third);
        assertTrue(shift.trigger().startsWith(lede.substring(0, 20)), shift::toString);
    }

    /** A chronicle's opening on a season or a month, its next step, and the news told with its day. */
    static Stream<Arguments> chronicles() {
        return Stream.of(
                Arguments.of("Весной управляющая компания пообещала жителям Тарроу починить лифты к началу учебного года.",
                        "К октябрю в трёх домах из пяти лифты так и не заработали.",
                        "В понедельник около двухсот жителей перекрыли улицу Садовую у здания управы."),
                Arguments.of("Im Frühjahr hat die Hausverwaltung den Mietern in Tarrow neue Aufzüge für den Herbst versprochen.",
                        "Bis Oktober lief in drei von fünf Häusern noch immer kein einziger Aufzug.",
                        "Am Montag haben rund zweihundert Mieter die Gartenstraße vor dem Rathaus blockiert."),
                Arguments.of("Au printemps, le bailleur a promis aux locataires de Tarrow de réparer les ascenseurs.",
                        "En octobre, trois immeubles sur cinq n'avaient toujours aucun ascenseur en service.",
                        "Lundi, quelque deux cents locataires ont bloqué la rue des Jardins devant la mairie."));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("chronicles")
    void aLedeOpeningOnASeasonOrAMonthGivesWayToTheNewsDayAFewSentencesOn(String lede, String step, String news) {
        HeadlineShift shift = shift("", lede, step, news);
        String newsWords = news.substring(0, 16);
        assertTrue(shift.trigger().startsWith(newsWords) || shift.after().startsWith(newsWords), shift::toString);
        assertFalse(shift.after().startsWith(lede.substring(0, 12)), shift::toString);
    }

    @Test
    void aDeckWithNoFullStopUnderThePagesHeadingIsNoLede() {
        HeadlineShift shift = shift("Tarrow Water fined £3m over burst mains",
                "## Tarrow Water fined £3m over burst mains that flooded 300 homes",
                "Regulator says the company ignored warnings for a year and was slow to repair the pipes",
                "Tarrow Water has been fined £3m by the water regulator after burst mains flooded 300 homes in the old town.",
                "Until last year the company had one of the best leakage records in the region. That changed when it cut "
                        + "its repair crews in half.");
        assertTrue(shift.after().startsWith("Tarrow Water has been fined £3m"), shift::toString);
        SegmentedArticle french = SegmentedArticle.of(TestFiles.article("Tarrow : la régie des eaux condamnée",
                "## La régie des eaux de Tarrow condamnée à une amende de 3 millions d'euros",
                "Le régulateur reproche à la régie d'avoir ignoré les alertes pendant un an",
                "La régie des eaux de Tarrow a été condamnée mardi à une amende de 3 millions d'euros pour les fuites."));
        assertTrue(french.text(french.storyLede()).startsWith("La régie des eaux de Tarrow a été condamnée"));
        SegmentedArticle closed = SegmentedArticle.of(TestFiles.article("Tarrow Water fined £3m over burst mains",
                "## Tarrow Water fined £3m over burst mains that flooded 300 homes",
                "Tarrow Water has been fined £3m by the water regulator after burst mains flooded 300 homes.",
                "Until last year the company had one of the best leakage records in the region."));
        assertEquals(closed.lede(), closed.storyLede(), "a first paragraph that closes its sentence is the lede");
    }

    @Test
    void withoutABylineUnderItTheFirstParagraphIsTheLede() {
        SegmentedArticle text = SegmentedArticle.of(TestFiles.article("Dunlow closes its market hall",
                "The Dunlow council voted on Monday to close the old market hall at the end of the month.",
                "The traders will move to a tent on the quay, said Ann Roe, who chairs their association."));
        assertEquals(text.lede(), text.storyLede());
        assertEquals(null, text.standfirst());
        SegmentedArticle pictured = SegmentedArticle.of(TestFiles.article("Dunlow closes its market hall",
                "The Dunlow council voted on Monday to close the old market hall at the end of the month.",
                "Photo: Ann Roe",
                "The traders will move to a tent on the quay, said Ann Roe, who chairs their association."));
        assertEquals(pictured.lede(), pictured.storyLede(), "a picture's credit under the lede is no byline");
    }

    /** A picture's caption over the lede, in the languages' ways of crediting it. */
    static Stream<Arguments> captions() {
        return Stream.of(
                Arguments.of("Ann Roe at the old market hall in 1987. Photograph: Bo Lind/Dunlow Courier archive",
                        "The Dunlow council voted on Monday to close the old market hall at the end of the month."),
                Arguments.of("Ann Roe giving evidence in Dunlow on Wednesday. Picture: Council TV",
                        "The Dunlow council voted on Monday to close the old market hall at the end of the month."),
                Arguments.of("Photo: Traders outside the hall on Tuesday. Credit: Bo Lind",
                        "The Dunlow council voted on Monday to close the old market hall at the end of the month."),
                Arguments.of("Les commerçants devant la halle mardi. Photo : Bo Lind",
                        "Le conseil municipal de Dunlow a voté lundi la fermeture de la vieille halle à la fin du mois."),
                Arguments.of("Die Händler vor der Markthalle am Dienstag. Foto: Bo Lind",
                        "Der Stadtrat von Dunlow hat am Montag beschlossen, die alte Markthalle Ende des Monats zu schließen."),
                Arguments.of("Los comerciantes ante el mercado, el martes. © Bo Lind / Diario de Dunlow",
                        "El concejo de Dunlow aprobó el lunes el cierre del viejo mercado municipal a final de mes."));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("captions")
    void aPicturesCaptionOverTheLedeIsNoPartOfTheShift(String caption, String lede) {
        HeadlineShift shift = shift("", "By Ann Roe", caption, lede, "The traders will move to a tent on the quay.");
        String firstWords = caption.substring(0, 12);
        assertFalse((shift.before() + shift.after() + shift.trigger()).contains(firstWords), shift::toString);
        String ledeWords = lede.substring(0, 20);
        assertTrue(shift.after().startsWith(ledeWords) || shift.trigger().startsWith(ledeWords), shift::toString);
    }

    @Test
    void aPressReleaseLedeLosesItsWireDatelineAndItsDeckTellsTheStateAfter() {
        HeadlineShift shift = shift("Dunlow Pumps Reports Second-Quarter Results",
                "## Sales up 6% to $80 million; export orders reach a record",
                "DUNLOW, Ohio, July 28, 2026 /Briefs Wire/ -- Dunlow Pumps, Inc. today reported results for the second "
                        + "quarter ended June 30, 2026.",
                "Second-quarter sales were $80.1 million, against $75.6 million a year earlier.");
        assertTrue(shift.trigger().startsWith("Dunlow Pumps, Inc. today reported results"), shift::toString);
        assertEquals("Sales up 6% to $80 million; export orders reach a record", shift.after());
    }

    @Test
    void whereNothingElseTellsTheStateBeforeAnEarlierStepDatedWithItsMonthDoes() {
        HeadlineShift shift = shift("",
                "A Dunlow man was sentenced on Friday to twelve years in prison for setting fire to the town library.",
                "The judge called the fire an attack on the whole town.",
                "After a three-day trial in September, a jury took an hour to convict Piet Arlow of arson.");
        assertTrue(shift.before().startsWith("After a three-day trial in September"), shift::toString);
        HeadlineShift ahead = shift("",
                "A Dunlow man was sentenced on Friday to twelve years in prison for setting fire to the town library.",
                "The judge called the fire an attack on the whole town.",
                "The library will reopen in September in the old school on Mill Lane.");
        assertEquals("", ahead.before(), "a month still to come tells nothing of how things stood");
    }

}
