package dev.briefs.engine.extractive;

import dev.briefs.brief.NextStep;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Next steps rule by rule, on short articles with invented names; the first paragraph is the lede. */
class NextStepExtractorTest {

    private static final String LEDE = "The Harlow council closed the old market hall on Monday after a fire inspection.";

    private static List<NextStep> steps(String... paragraphs) {
        return steps(SegmentedArticle.of(TestFiles.article("", paragraphs)));
    }

    /** The steps of a text, read with its cast and quotes as the engine reads them. */
    static List<NextStep> steps(SegmentedArticle text) {
        Cast cast = CastBuilder.build(text, "");
        return NextStepExtractor.extract(text, cast, QuoteExtractor.extract(text, cast));
    }

    @Test
    void aPlanInsideAQuotationWithATimeIsAStepEndingWithTheQuotation() {
        List<NextStep> steps = steps("Die Stadt Lindau hat die Markthalle am Montag nach einer Prüfung geschlossen.",
                "»Der Rat wird am 12. Februar über einen Hilfsfonds entscheiden«, sagte Bürgermeister Jonas Velden.");
        assertEquals(1, steps.size(), steps::toString);
        assertEquals("wird am 12. Februar über einen Hilfsfonds entscheiden", steps.getFirst().action());
        assertEquals("12. Februar", steps.getFirst().when());
    }

    @Test
    void aStepToldInARelativeClauseIsItsAntecedentsInEachLanguage() {
        List<NextStep> english = steps(LEDE, "Harbour Rovers won the county title on Sunday, a point ahead of Millbrook"
                + " Athletic, which will appeal the result to the league board.");
        assertEquals(1, english.size(), english::toString);
        assertEquals("Millbrook Athletic", english.getFirst().actor());
        assertEquals("appeal the result to the league board", english.getFirst().action());
        assertEquals("", english.getFirst().when(), "Sunday is when the title was won, not when the appeal comes");
        List<NextStep> portuguese = steps("A câmara de Vale Fundo encerrou o mercado municipal na segunda-feira após uma vistoria.",
                "A Unidos do Vale somou 270,1 pontos na quarta-feira, um décimo à frente da Estrela do Porto, que vai"
                        + " recorrer do resultado junto da liga.");
        assertEquals(1, portuguese.size(), portuguese::toString);
        assertEquals("Estrela do Porto", portuguese.getFirst().actor());
        assertEquals("vai recorrer do resultado junto da liga", portuguese.getFirst().action());
    }

    @Test
    void aPlanAQuoteTellsInTheFirstPersonIsItsSpeakers() {
        List<NextStep> english = steps(LEDE, "“We will publish the new rota for traders on March 1,” said council leader Ana Ruiz.");
        assertEquals(1, english.size(), english::toString);
        assertEquals("Ana Ruiz", english.getFirst().actor());
        assertEquals("publish the new rota for traders on March 1", english.getFirst().action());
        List<NextStep> german = steps("Die Stadt Lindau hat die Markthalle am Montag nach einer Prüfung geschlossen.",
                "„Wir werden am 12. Februar über einen Hilfsfonds entscheiden“, sagte Bürgermeister Jonas Velden.");
        assertEquals(1, german.size(), german::toString);
        assertEquals("Jonas Velden", german.getFirst().actor());
    }

    @Test
    void aDatedPlanInAParagraphThatIsAllQuotationIsAStepUnlessTheBodyRepeatsIt() {
        String quotation = "« Les écoles resteront fermées jeudi, a indiqué le préfet, Didier Bertolani. Nous ferons le point"
                + " demain à midi. »";
        List<NextStep> steps = steps("La tempête a frappé la côte bretonne dans la nuit de mardi à mercredi.", "> " + quotation);
        assertEquals(2, steps.size(), steps::toString);
        assertEquals("Didier Bertolani", steps.getLast().actor());
        assertEquals("demain", steps.getLast().when());
        List<NextStep> pulled = steps("La tempête a frappé la côte bretonne dans la nuit de mardi à mercredi.",
                "> « Nous ferons le point demain à midi. »", quotation.replace("« ", "").replace(" »", ""));
        assertTrue(pulled.stream().allMatch(step -> step.evidence() == null), pulled::toString);
        assertEquals(1, pulled.stream().filter(step -> step.action().contains("ferons le point")).count(), pulled::toString);
    }

    @Test
    void aQuotedPromiseWithoutATimeIsNoStep() {
        assertEquals(List.of(), steps(LEDE, "“We will rebuild it, whatever it costs,” said the mayor, Ana Ruiz."));
    }

    @Test
    void aPlanInAnInterviewAnswerIsAStep() {
        List<NextStep> steps = steps(LEDE, "Q: What happens to the traders?",
                "A: They move to the car park. The council will publish the new rota on March 1.");
        assertEquals(1, steps.size(), steps::toString);
        assertEquals("publish the new rota on March 1", steps.getFirst().action());
        assertEquals("on March 1", steps.getFirst().when());
    }

    @Test
    void aGermanPlanAnnouncedInThePastIsAStep() {
        List<NextStep> steps = steps("Die Stadt Lindau hat die Markthalle am Montag nach einer Prüfung geschlossen.",
                "Bürgermeister Jonas Velden, der dem Rat vorsitzt, kündigte eine Sondersitzung an.");
        assertEquals(1, steps.size(), steps::toString);
        assertEquals("Jonas Velden", steps.getFirst().actor());
        assertEquals("kündigte eine Sondersitzung an", steps.getFirst().action());
    }

    @Test
    void aReturnToldInThePresentWithItsDayIsAStep() {
        List<NextStep> portuguese = steps("A câmara de Vale Fundo encerrou o mercado municipal na segunda-feira após uma vistoria.",
                "As seis primeiras colocadas voltam à avenida no desfile final, no sábado, a partir das 21h.");
        assertEquals(1, portuguese.size(), portuguese::toString);
        assertEquals("sábado", portuguese.getFirst().when());
        List<NextStep> spanish = steps("El ayuntamiento de Valdelobos cerró el lunes el mercado municipal tras una inspección.",
                "Los puestos regresan a la plaza el próximo sábado con horario reducido.");
        assertEquals(1, spanish.size(), spanish::toString);
        assertTrue(spanish.getFirst().action().contains("regresan a la plaza"), spanish::toString);
    }

    @Test
    void theTimeAPartyIsGivenToActIsAStepInEachLanguage() {
        List<NextStep> portuguese = steps("A câmara de Vale Fundo encerrou o mercado municipal na segunda-feira após uma vistoria.",
                "A empresa concessionária tem 60 dias para apresentar um plano de obras.");
        assertEquals(1, portuguese.size(), portuguese::toString);
        // "concessionária" ends as a conditional does ("-ria"), after an accented vowel, which no conditional has
        assertTrue(portuguese.getFirst().action().contains("tem 60 dias para apresentar"), portuguese::toString);
        List<NextStep> german = steps("Die Stadt Lindau hat die Markthalle am Montag nach einer Prüfung geschlossen.",
                "Der Betreiber hat 30 Tage Zeit, einen Sanierungsplan vorzulegen.");
        assertEquals(1, german.size(), german::toString);
        assertTrue(german.getFirst().action().contains("hat 30 Tage Zeit"), german::toString);
        List<NextStep> french = steps("La commune de Brély a fermé lundi la halle du marché après une inspection des pompiers.",
                "Selon la mairie, l'exploitant de la halle a trente jours pour présenter un plan de travaux.");
    }

    @Test
    void aPortugueseMeetingInThePresentWithItsDateIsAStep() {
        List<NextStep> steps = steps("A câmara de Vale Fundo encerrou o mercado municipal na segunda-feira após uma vistoria.",
                "A assembleia municipal reúne-se a 26 de Novembro para votar um plano alternativo.");
        assertEquals(1, steps.size(), steps::toString);
        assertEquals("26 de Novembro", steps.getFirst().when());
    }

    @Test
    void aRussianMonthAloneDatesAStep() {
        List<NextStep> steps = steps("Власти Ладожска закрыли городской рынок в понедельник после проверки.",
                "Ремонт начнётся в апреле и будет стоить около десяти миллионов рублей, сообщил Пётр Сомов.");
        assertEquals(1, steps.size(), steps::toString);
        assertEquals("апреле", steps.getFirst().when());
    }

    @Test
    void aModalInAnEmbeddedQuestionIsNoStep() {
        assertEquals(List.of(), steps(LEDE, "It is unclear what the Harlow council will do with the empty hall next year.",
                "Traders asked whether the council, its lawyers and the insurers would agree on a date next month."));
    }

    @Test
    void aModalWhoseObjectCameBeforeIsNoStep() {
        assertEquals(List.of(), steps(LEDE, "Nobody knows the effect the closure will have on the town centre next year.",
                "The traders need a written notice, which the council says it will send on Friday."));
    }

    @Test
    void whatWouldHaveHappenedIsNoStep() {
        assertEquals(List.of(), steps(LEDE, "Councillor Mira Tobin said she would have kept the hall open until May."));
    }

    @Test
    void aReportedClauseHasItsOwnSubject() {
        List<NextStep> steps = steps(LEDE, "Councillor Mira Tobin insisted the new hall will open on Friday.");
        assertEquals(1, steps.size(), steps::toString);
        assertFalse(steps.getFirst().actor().contains("Tobin"), steps::toString);
        assertEquals("the new hall will open on Friday", steps.getFirst().action(),
                "an actor the brief cannot name stays in the action");
    }

    @Test
    void whatSomeoneExpectsIsAClauseWithItsOwnSubject() {
        List<NextStep> steps = steps(LEDE, "The Harlow Traders Guild expects 1,200 stalls will be let by next year.");
        assertEquals(1, steps.size(), steps::toString);
        assertEquals("1,200 stalls will be let by next year", steps.getFirst().action());
    }

    @Test
    void aPronounStraightAfterTheVerbOfSpeechIsTheSpeaker() {
        List<NextStep> steps = steps(LEDE, "The Harlow council said it would publish the inspection report on Friday.");
        assertEquals(1, steps.size(), steps::toString);
        assertTrue(steps.getFirst().actor().contains("Harlow"), steps::toString);
    }

    @Test
    void aLabelledLineOfAnUpNextSectionNamesItsActor() {
        List<NextStep> steps = steps("Arlow Rovers beat Dunlow Town 3-1 on Tuesday night in the cup.", "## UP NEXT",
                "Rovers: Host Kell United on Saturday.");
        assertEquals(List.of(new NextStep("Rovers", "Host Kell United on Saturday", "on Saturday")), steps);
    }

    @Test
    void aSectionLineWithoutACueIsNeverItsOwnActor() {
        List<NextStep> steps = steps(LEDE, "## What happens next", "Talks resume at the Harlow Conciliation Service on Thursday.");
        assertEquals(1, steps.size(), steps::toString);
        assertFalse(steps.getFirst().actor().contains("Talks"), steps::toString);
    }

    @Test
    void aTimeAheadInASentenceToldInThePastIsNoStep() {
        assertEquals(List.of(), steps(LEDE, "A year ago, traders told the council that the roof needed repairs next year."));
    }

    @Test
    void theNarrativeAfterAQuotationThatEndsItsOwnSentenceIsRead() {
        List<NextStep> steps = steps("Die Stadt Lindau hat die Markthalle am Montag nach einer Prüfung geschlossen.",
                "»Das ist ein schwarzer Tag«, so Jonas Velden, Sprecher der Händler. »Wir geben nicht auf.« Der Verein "
                        + "will bis Ende Februar Unterschriften für ein Bürgerbegehren sammeln.");
        assertEquals(1, steps.size(), steps::toString);
        assertTrue(steps.getFirst().action().contains("Bürgerbegehren"), steps::toString);
    }

    @Test
    void anEventCalledForADateIsAStep() {
        List<NextStep> steps = steps(LEDE, "The traders' guild has called a public meeting at the town hall on Thursday.");
        assertEquals(1, steps.size(), steps::toString);
        assertEquals("on Thursday", steps.getFirst().when());
    }

    @Test
    void aDateBeatsTheHoursOfTheStep() {
        List<NextStep> steps = steps(LEDE, "From June 1, the Harlow market will open between 6 a.m. and noon only.");
        assertEquals(1, steps.size(), steps::toString);
        assertEquals("From June 1", steps.getFirst().when());
    }

    @Test
    void whatIsExpectedOrScheduledInTheOtherLanguages() {
        assertEquals(1, steps("La cour d'assises de Vasselin a condamné vendredi l'ancien gérant à huit ans de prison.",
                "Le procès en appel devrait se tenir devant la cour de Lorvant d'ici dix-huit mois.").size());
        assertEquals(1, steps("Городская дума Ладожска во вторник проголосовала за закрытие трамвайной линии.",
                "Следующий пикет у здания думы назначен на субботу, сообщила Анна Лапина.").size());
        assertEquals(1, steps("A mineradora Serra Alta suspendeu nesta quinta-feira as operações na mina do Cafundó.",
                "O conselho fará uma nova vistoria na estrutura na próxima terça-feira.").size(),
                "an irregular future ('fará') is still the future");
        assertEquals(1, steps("A prefeitura de Vila Serena fechou nesta segunda-feira o mercado municipal.",
                "A nova feira deve abrir em março, segundo a prefeitura.").size());
        assertEquals(1, steps("Мэрия Ладожска в понедельник закрыла старый рынок на ремонт.",
                "Открытие нового рынка намечено на 1 марта.").size());
        assertEquals(1, steps("Мэрия Ладожска в понедельник закрыла старый рынок на ремонт.",
                "Ремонт планируется начать в апреле.").size());
    }

    @Test
    void anEventExpectedAtATimeIsAStepInAQuotationToo() {
        assertEquals("in January", onlyStep(LEDE, "A decision on the new stalls is expected in January.").when());
        NextStep quoted = onlyStep(LEDE, "Inspector Ray Hollis said the hall was unsafe. \"We are working with the "
                + "traders, and a decision on the stalls is expected in January,\" he said.");
        assertEquals("in January", quoted.when());
        assertTrue(quoted.action().contains("a decision on the stalls is expected in January"), quoted::toString);
        assertEquals(List.of(), steps(LEDE, "As is expected in such cases, the traders were angry."));
    }

    @Test
    void aPlanSetForATimeInThePluralAndAReportedFutureInTheSpring() {
        assertEquals("junho", onlyStep("A prefeitura de Vila Serena fechou nesta segunda-feira o mercado municipal.",
                "As primeiras bancas novas estão previstas para junho, segundo a prefeitura.").when());
        assertEquals("giugno", onlyStep("Il Comune di Valtorre ha chiuso lunedì il mercato coperto.",
                "I lavori di ristrutturazione sono previsti per giugno, secondo il Comune.").when());
        assertEquals("in the spring", onlyStep(LEDE, "Ray Hollis said the council would publish its findings in the "
                + "spring.").when());
        assertEquals("Friday", onlyStep(LEDE, "A public meeting is planned for Friday in the town library.").when());
    }

    @Test
    void aPortuguesePastVerbThatSetsADateAheadIsAStep() {
        assertEquals("domingo", onlyStep("A fábrica de Vila Serena fechou nesta segunda-feira.",
                "Os trabalhadores marcaram para domingo uma vigília à porta da fábrica.").when());
        assertEquals("março", onlyStep("A escola de Vila Serena ficou sem aquecimento.",
                "A direção agendou para março uma reunião com os pais.").when());
    }

    @Test
    void theLanguagesConjunctionOpensNoAction() {
        assertEquals("as primeiras bancas estão previstas para junho", onlyStep("A prefeitura de Vila Serena fechou "
                + "nesta segunda-feira o mercado municipal.", "As obras no edifício terminaram na semana passada, e as "
                + "primeiras bancas estão previstas para junho.").action());
    }

    @Test
    void theAttributionClosingTheSentenceIsNoPartOfTheAction() {
        assertEquals("vote again on Friday", onlyStep(LEDE, "The council will vote again on Friday, the mayor said.").action());
        assertEquals("The market will reopen in June", onlyStep(LEDE, "The market will reopen in June, according to the "
                + "council.").action());
        assertEquals("votera de nouveau vendredi", onlyStep("Le conseil municipal de Harlow a rejeté lundi le budget "
                + "après six heures de débat.", "Le conseil votera de nouveau vendredi, a indiqué le maire.").action());
        assertTrue(onlyStep("Die Gespräche zwischen der Gewerkschaft und der Bahn sind am Freitag ohne Ergebnis "
                        + "abgebrochen worden.", "Am Montag wollen die Tarifparteien erneut verhandeln, sagte ein Sprecher.")
                .action().endsWith("erneut verhandeln"));
        assertEquals("vote on Friday, when the budget is due", onlyStep(LEDE,
                "The council will vote on Friday, when the budget is due.").action());
    }

    @Test
    void aReportedFutureOfOneVerbKeepsItsModal() {
        NextStep step = onlyStep(LEDE, "The Harlow traders' association said it would appeal.");
        assertEquals("would appeal", step.action(), step::toString);
        assertFalse(step.actor().isEmpty(), step::toString);
    }

    @Test
    void theSubjectAfterTheVerbOfAGermanClauseOpenedByATimeIsTheActor() {
        String lede = "Die Gespräche zwischen der Gewerkschaft und der Bahn sind am Freitag ohne Ergebnis abgebrochen worden.";
        NextStep step = onlyStep(lede, "Am Montag wollen die Tarifparteien erneut verhandeln, sagte ein Sprecher.");
        assertEquals("die Tarifparteien", step.actor(), step::toString);
        assertEquals("wollen erneut verhandeln", step.action());
        assertEquals("Montag", step.when());
        assertEquals("", onlyStep(lede, "Die Tarifparteien wollen am Montag erneut verhandeln, sagte ein Sprecher.")
                .actor().replace("Die Tarifparteien", ""), "a subject before the verb stays the leading subject");
    }

    @Test
    void aPresentTenseScheduleInThePlural() {
        assertEquals("2 de março", onlyStep("A prefeitura de Vila Serena fechou nesta segunda-feira o mercado municipal.",
                "As inscrições para as novas bancas abrem a 2 de março no site da prefeitura.").when());
    }

    /** The one step an article of a lede and one more paragraph has. */
    private static NextStep onlyStep(String lede, String paragraph) {
        List<NextStep> steps = steps(lede, paragraph);
        assertEquals(1, steps.size(), steps::toString);
        return steps.getFirst();
    }

    @Test
    void aPresentTenseScheduleInTheOtherLanguagesIsAStepWhereverItsTimeStands() {
        assertEquals("Donnerstag", onlyStep("Der Stadtrat von Lindau hat am Montag die Schließung des Hallenbads beschlossen.",
                "Am Donnerstag stimmt der Kreistag über einen Zuschuss ab.").when());
        assertEquals("martes", onlyStep("El Ayuntamiento de Villalba cerró el lunes el mercado de abastos.",
                "El pleno vota el martes un plan de ayudas para los comerciantes.").when());
    }

    @Test
    void aPresentTenseSentenceSinceADateIsNoStep() {
        assertEquals(List.of(), steps("Der Stadtrat von Lindau hat am Montag die Schließung des Hallenbads beschlossen.",
                "Die Badeordnung gilt seit dem 1. März für alle städtischen Bäder."));
    }

    @Test
    void aSeasonOrAPartOfADayAheadDatesAPlan() {
        assertEquals("im Herbst", onlyStep("Der Stadtrat von Lindau hat am Montag die Schließung des Hallenbads beschlossen.",
                "Über einen Neubau soll der Bauausschuss im Herbst beraten.").when());
        assertEquals("a partir da tarde", onlyStep("A prefeitura de Vila Serena fechou nesta segunda-feira o mercado municipal.",
                "A feira prevê que as bancas estarão abertas a partir da tarde de amanhã.").when());
    }

    @Test
    void theRussianPerfectiveFutureAndAPromiseAreSteps() {
        String lede = "Мэрия Ладожска в понедельник закрыла старый рынок на ремонт.";
        assertTrue(onlyStep(lede, "Следующее заседание комиссия проведёт в четверг.").action().contains("проведёт в четверг"));
        assertTrue(onlyStep(lede, "Имя подрядчика в мэрии обещают назвать до конца марта.").when().contains("марта"));
    }

    @Test
    void aServicePutIntoUseInThePerfectiveFutureIsAStep() {
        assertEquals("3 марта", onlyStep("Мэрия Ладожска в понедельник закрыла старый рынок на ремонт.",
                "В мэрии сообщили, что с 3 марта до вокзала пустят бесплатный автобус.").when());
    }

    @Test
    void anItalianEventCalledForADateIsAStep() {
        NextStep step = onlyStep("Il Comune di Valtorre ha chiuso lunedì il mercato coperto.",
                "Il sindaco Piero Lanzi ha convocato per venerdì 14 marzo un incontro con i commercianti.");
        assertEquals("venerdì 14 marzo", step.when());
        assertTrue(step.action().startsWith("ha convocato per venerdì 14 marzo un incontro"), step::action);
    }

    @Test
    void aNumberWordOpeningTheSentenceIsNoActor() {
        assertEquals("", onlyStep("Il Comune di Valtorre ha chiuso lunedì il mercato coperto.",
                "Due consiglieri potranno presentare ricorso entro trenta giorni.").actor());
    }

    @Test
    void anOpenAppositionLeavesTheActionToTheCue() {
        List<NextStep> steps = steps(LEDE, "The council is building a new hall called Ferro House, which is scheduled to "
                + "open in 2027.");
        assertEquals(1, steps.size(), steps::toString);
        assertEquals("is scheduled to open in 2027", steps.getFirst().action());
    }

    @Test
    void anUntimedPlanOfNobodyNamedFillsABriefWithTooFewSteps() {
        List<NextStep> steps = steps(LEDE, "The traders also plan to open a stall at the station.",
                "Some were prepared to fight the closure in court.");
        assertEquals(2, steps.size(), steps::toString);
        assertEquals("The traders also plan to open a stall at the station", steps.get(0).action());
        assertEquals("Some were prepared to fight the closure in court", steps.get(1).action());
    }

    @Test
    void anUntimedPlanGivesWayToEnoughFirmSteps() {
        List<NextStep> steps = steps(LEDE, "The traders also plan to open a stall at the station.",
                "Mayor Ana Ruiz will meet the traders on Friday.", "The insurers will inspect the hall next week.",
                "The hall is due to reopen in June.");
        assertEquals(3, steps.size(), steps::toString);
        assertTrue(steps.stream().noneMatch(step -> step.action().contains("stall")), steps::toString);
    }

    @Test
    void aScheduleToldInThePresentIsAStepFromItsVerb() {
        List<NextStep> steps = steps(LEDE, "The Harlow council hosts a public meeting at 7 p.m. on Thursday.");
        assertEquals(1, steps.size(), steps::toString);
        assertEquals("hosts a public meeting at 7 p.m. on Thursday", steps.getFirst().action());
    }

    @Test
    void aTeamsScheduleInThePluralIsAStep() {
        List<NextStep> steps = steps("Marlow Town beat Fenwick 2-1 on Saturday with a late header.",
                "Marlow travel to Ostley Park next Saturday.");
        assertEquals(1, steps.size(), steps::toString);
        assertEquals("travel to Ostley Park next Saturday", steps.getFirst().action());
        assertEquals(List.of(), steps(LEDE, "The traders want to meet on Friday, but the council refused.",
                "Mayor Ruiz's visit to the hall on Friday drew a crowd.", "A power play at 19:40 settled the game."),
                "an infinitive, or the noun after a possessive or a lower-case word, is no schedule");
    }

    @Test
    void anAdverbBetweenTheVerbAndItsCueOfSchedule() {
        List<NextStep> steps = steps(LEDE, "The hall's licence, which is now set to expire in March, was renewed twice.");
        assertEquals(1, steps.size(), steps::toString);
        assertEquals("March", steps.getFirst().when().replaceFirst("^in ", ""));
    }

    @Test
    void aPluralNounOrAPastScheduleIsNoStep() {
        assertEquals(List.of(), steps(LEDE, "The reports on Thursday blamed the old wiring for the fire.",
                "A week ago the council hosts a meeting on Thursday, the traders said."));
    }

    @Test
    void theAttributionAfterAQuotationMayLookAhead() {
        List<NextStep> steps = steps(LEDE, "“Who pays for the repairs?” asked Councillor Mira Tobin, who will meet "
                + "the insurers on Friday.");
        assertEquals(1, steps.size(), steps::toString);
        assertEquals("Mira Tobin", steps.getFirst().actor());
        assertEquals("meet the insurers on Friday", steps.getFirst().action());
    }

    @Test
    void aBlockQuotationCountsForItsNarrativeAndForAPlanNothingElseTells() {
        List<NextStep> flyer = steps(LEDE, "> “The council will reopen the hall on Friday,” the flyer said.");
        assertEquals(1, flyer.size(), flyer::toString);
        assertEquals("The council", flyer.getFirst().actor());
        List<NextStep> steps = steps(LEDE, "> “Who pays?” asked Mira Tobin, who will meet the insurers on Friday.");
        assertEquals(1, steps.size(), steps::toString);
        assertEquals("meet the insurers on Friday", steps.getFirst().action());
    }

    @Test
    void aQuestionIsNoStep() {
        assertEquals(List.of(), steps(LEDE, "But will the traders still come back once the hall reopens next year?"));
    }

    @Test
    void anEventNamedWithItsDateFillsABriefWithTooFewSteps() {
        List<NextStep> steps = steps(LEDE, "All the stallholders are lobbying hard ahead of the Dec. 12 vote on the budget.");
        assertEquals(1, steps.size(), steps::toString);
        assertEquals("All the stallholders are lobbying hard ahead of the Dec. 12 vote on the budget",
                steps.getFirst().action(), "a subject the brief cannot name stays in the action");
        assertEquals("Dec. 12", steps.getFirst().when());
        assertEquals(List.of(), steps(LEDE, "The traders lost the Dec. 12 vote last year by a wide margin."),
                "a dated event of the past is no step");
    }

    @Test
    void aPlanAsANounAReadinessOrAForeignFutureIsNoUntimedStep() {
        assertEquals(List.of(), steps(LEDE, "The traders drew up a plan to open a stall at the station.",
                "The old stalls were ready to be carried out of the hall.",
                "One worry of planning to move the stalls is the cost."));
        assertEquals(List.of(), steps("Власти Ладожска закрыли городской рынок в понедельник после проверки.",
                "Торговцы будут искать новое место для своих палаток."), "an untimed future of nobody named is no plan");
    }

    @Test
    void aPlanAQuotationTellsWithoutATimeFillsABriefWithTooFewSteps() {
        List<NextStep> steps = steps(LEDE,
                "“We aim to reopen the hall as a covered market, starting with the east wing,” said Ana Ruiz, the mayor.");
        assertEquals(1, steps.size(), steps::toString);
        assertEquals("Ana Ruiz", steps.getFirst().actor(), "who says 'we' acts");
        assertTrue(steps.getFirst().action().startsWith("aim to reopen the hall"), steps::toString);
        assertEquals(List.of(), steps(LEDE, "“We will reopen the hall whatever it costs,” said Ana Ruiz, the mayor."),
                "a quoted bare future without a time is a promise, no plan");
        assertEquals(List.of(), steps(LEDE, "The hall was built in 1901 with an aim to shelter forty stalls."),
                "the noun is no cue");
        assertEquals(List.of(), steps(LEDE, "Her client did not intend to damage the hall, the lawyer said."),
                "a past intent denied is no plan");
        List<NextStep> alone = steps(LEDE, "> “We aim to reopen the hall as a covered market, starting with the east wing.”");
        assertEquals(1, alone.size(), "a paragraph that is all quotation tells its plan too");
        String pulled = "We aim to reopen the hall as a covered market, starting with the east wing";
        assertEquals(1, steps(LEDE, "> “" + pulled + ".”", "“" + pulled + ",” said Ana Ruiz, the mayor.").size(),
                "a pull quote repeats the body's plan");
    }

    @Test
    void aCourtsNextStepIsAStepThoughToldWithAModalOfSpeculation() {
        String verdict = "A jury on Friday ordered the Tamsin Quarry company to pay $2 million to the family of a worker.";
        List<NextStep> appeal = steps(verdict, "The company's owner, Gregor Valdane, said the firm would appeal.");
        assertEquals(1, appeal.size(), appeal::toString);
        assertEquals("the firm would appeal", appeal.getFirst().action(), "nobody named acts: the subject stays");
        List<NextStep> made = steps(verdict, "She added that an appeal against the ruling could be made to the state court.");
        assertEquals(1, made.size(), made::toString);
        assertTrue(made.getFirst().action().startsWith("an appeal against the ruling could be made"), made::toString);
        assertEquals(List.of(), steps(verdict, "The owner said the ruling would hurt the quarry's forty workers."),
                "a reported guess about anything else is still no step");
    }

    @Test
    void aHearingSetForADateAndADeadlineToActAreSteps() {
        List<NextStep> steps = steps("A jury on Friday ordered the Tamsin Quarry company to pay $2 million to a family.",
                "Judge Nora Pell set a hearing for May 4 on the family's request for legal costs.",
                "The company has 30 days to file a notice of appeal.");
        assertEquals(2, steps.size(), steps::toString);
        assertEquals("Nora Pell", steps.get(0).actor());
        assertEquals("set a hearing for May 4 on the family's request for legal costs", steps.get(0).action());
        assertEquals("May 4", steps.get(0).when());
        assertTrue(steps.get(1).action().endsWith("has 30 days to file a notice of appeal"), steps::toString);
    }

    @Test
    void chargesStillFacedAreAStepOfTheNamedPersonWithoutTheAdverb() {
        List<NextStep> steps = steps("A jury on Friday convicted a Harlow man of kidnapping a neighbour's child.",
                "The defendant, Ray Hollis, still faces two state charges of reckless endangerment.");
        assertEquals(1, steps.size(), steps::toString);
        assertEquals("Ray Hollis", steps.getFirst().actor());
        assertEquals("faces two state charges of reckless endangerment", steps.getFirst().action());
        assertEquals(List.of(), steps(LEDE, "The town faces a long wait for a new market hall, Ray Hollis said."),
                "what a town faces without a case is no step");
    }

    @Test
    void anActionJoinedToTheClauseBeforeLosesItsConjunction() {
        List<NextStep> steps = steps(LEDE, "Traders met in the car park, and the stalls will reopen in the station on Friday.");
        assertEquals(1, steps.size(), steps::toString);
        assertEquals("the stalls will reopen in the station on Friday", steps.getFirst().action());
    }

    @Test
    void whatMustBeDoneByADateIsAStepButAnUntimedMustIsNot() {
        List<NextStep> steps = steps("A former mayor of Dunlow was sentenced on Thursday to four years in prison for bribery.",
                "The former mayor, Ray Hollis, must report to the Kell prison by January 15.");
        assertEquals(1, steps.size(), steps::toString);
        assertEquals("report to the Kell prison by January 15", steps.getFirst().action());
        assertEquals(List.of(), steps(LEDE, "The council must find the traders a new home, Ray Hollis said."));
    }

    @Test
    void theNextMeetingOfARecurringEventIsAStepOfNobodyNamedByItsPossessive() {
        List<NextStep> steps = steps("The Kell central bank kept its main rate at 4.5% on Thursday.",
                "The bank's next policy meeting is on March 14.");
        assertEquals(1, steps.size(), steps::toString);
        assertEquals("", steps.getFirst().actor());
        assertEquals("The bank's next policy meeting is on March 14", steps.getFirst().action());
    }

    @Test
    void aPlanGivenUpIsNoStep() {
        assertEquals(List.of(), steps(LEDE, "The Harlow council has abandoned plans to build a car park on the site, Ray Hollis said."));
    }

    @Test
    void aCaseToldTwiceIsOneStepNamedAsTheCastNamesItsPerson() {
        List<NextStep> steps = steps("Prosecutors in Lindmark dropped an inquiry into the publisher Arne Solberg on Tuesday.",
                "Arne Solberg faces six criminal charges in Norway, including fraud.",
                "Norwegian-born Solberg faces a charge of forgery in Norway as well.");
        assertEquals(1, steps.size(), steps::toString);
        assertEquals("Arne Solberg", steps.getFirst().actor());
    }

    @Test
    void aTimeInARelativeClauseOrTodaysPresentDatesNoStep() {
        assertEquals(List.of(), steps(LEDE, "Such fires would likely recur, the inspectors wrote in their report, which was "
                + "published on Tuesday."));
        assertEquals(List.of(), steps(LEDE, "The traders would struggle to compete in today's market, Ray Hollis said."));
    }

    @Test
    void whatWaitsOnALaterSittingIsAStep() {
        List<NextStep> steps = steps("The Senate on Tuesday adjourned its first sitting after the recess.",
                "All business of the chamber was suspended until the next legislative day.");
        assertEquals(1, steps.size(), steps::toString);
        assertTrue(steps.getFirst().action().endsWith("until the next legislative day"), steps::toString);
    }

    @Test
    void aCueInCapitalsLooksAheadToo() {
        // the cues' look-ahead for a letter reads capitals as the cues do
        List<NextStep> capitals = steps(LEDE, "The Harlow council WILL vote on the new rota on Friday.");
        assertEquals(1, capitals.size(), capitals::toString);
        assertEquals("vote on the new rota on Friday", capitals.getFirst().action());
        List<NextStep> intent = steps(LEDE, "The Harlow council Intends to sell the hall in May.");
        assertEquals(1, intent.size(), intent::toString);
        assertTrue(intent.getFirst().action().startsWith("Intends to sell the hall"), intent::toString);
    }
}
