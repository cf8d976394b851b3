package dev.briefs.engine.extractive;

import dev.briefs.article.Article;
import dev.briefs.brief.BriefContent;
import dev.briefs.brief.Quote;
import dev.briefs.verify.BriefVerifier;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class QuoteAttributionTest {

    @Test
    void speakerAfterTheQuotationInEitherOrderAndPronouns() {
        BriefContent brief = TestFiles.brief("",
                "Dr. Amara Osei studies ice. “The data is late,” said Dr. Amara Osei.",
                "“We need it now,” Osei said. “Every week counts,” she added.");
        assertEquals(List.of("Amara Osei: The data is late", "Amara Osei: We need it now",
                "Amara Osei: Every week counts"), TestFiles.attributed(brief));
    }

    @Test
    void aCompanysNameInGuillemetsAfterItsLegalFormSpeaksForTheDialogueLine() {
        BriefContent brief = TestFiles.brief("",
                "В понедельник в Заречинске прорвало водовод, без воды остались сорок домов.",
                "— Мы понимаем, как трудно сейчас людям, — сообщили в пресс-службе АО «Речной дом». — Вода будет "
                        + "к утру пятницы.");
        assertEquals(List.of("Речной дом: Мы понимаем, как трудно сейчас людям",
                "Речной дом: Вода будет к утру пятницы."), TestFiles.attributed(brief));
        assertEquals(List.of(), brief.actors().stream().filter(a -> a.name().equals("АО")).toList(),
                "the legal form alone is no organisation");
    }

    @Test
    void anAttributionReadsOnOverACompanysNameInGuillemets() {
        BriefContent brief = TestFiles.brief("",
                "В понедельник в Заречинске прорвало водовод, без воды остались сорок домов.",
                "«Вода будет во всех домах к утру пятницы», — сообщили в пресс-службе АО «Речной дом».");
        assertEquals(List.of("Речной дом: Вода будет во всех домах к утру пятницы"), TestFiles.attributed(brief));
    }

    @Test
    void aGermanVerbWhoseParticleClosesTheAttributionIsAVerbOfSpeech() {
        BriefContent brief = TestFiles.brief("",
                "Der frühere Bauleiter Rainer Pohl musste am Dienstag vor dem Ausschuss erklären, warum das neue "
                        + "Hallenbad um zwölf Millionen Euro teurer wird. „Ich habe jede einzelne Kostensteigerung "
                        + "schriftlich gemeldet“, sagte Pohl.",
                "Ausschussvorsitzende Sabine Kreutner ließ das nicht gelten. „Gemeldet ist noch lange nicht gleich "
                        + "erklärt“, hielt sie ihm entgegen.",
                "Bürgermeister Erwin Haspel war ebenfalls im Saal. „Niemand hat hier etwas verschwiegen, das "
                        + "Protokoll liegt vor“, stellte der Bürgermeister klar.");
        assertEquals(List.of("Rainer Pohl: Ich habe jede einzelne Kostensteigerung schriftlich gemeldet",
                "Sabine Kreutner: Gemeldet ist noch lange nicht gleich erklärt",
                "Erwin Haspel: Niemand hat hier etwas verschwiegen, das Protokoll liegt vor"),
                TestFiles.attributed(brief));
    }

    @Test
    void aRussianFirstNameAndPatronymicIsThePersonWithThatFirstName() {
        BriefContent brief = TestFiles.brief("",
                "В Озёрске в понедельник без тепла остались сорок домов. Причиной стал порыв на магистрали.",
                "Пенсионерка Нина Соколова живёт на пятом этаже дома по улице Лесной. В её квартире плюс девять, "
                        + "спит она в пальто.",
                "— Батареи ледяные с воскресенья, — рассказывает Нина Павловна. — Внуков я к дочери отправила, а "
                        + "сама никуда не поеду.");
        assertEquals(List.of("Нина Соколова: Батареи ледяные с воскресенья",
                "Нина Соколова: Внуков я к дочери отправила, а сама никуда не поеду."), TestFiles.attributed(brief));
        assertEquals(List.of("Нина Соколова"), brief.actors().stream().map(a -> a.name())
                .filter(name -> name.startsWith("Нина")).toList(), "one person, not two");
    }

    @Test
    void aPersonNamedAfterAPrepositionDoesNotTakeTheWordFromTheSpeakerGoingOn() {
        BriefContent italian = TestFiles.brief("",
                "Il consiglio comunale di Roccanera ha approvato il piano per il nuovo ponte sul torrente.",
                "«Il ponte riaprirà a settembre», ha detto il sindaco Paolo Gherardi. Ha spiegato che la proposta di "
                        + "Marta Conti costerebbe il doppio. «Non possiamo permetterci un altro anno di cantiere».");
        assertEquals(List.of("Paolo Gherardi: Il ponte riaprirà a settembre",
                "Paolo Gherardi: Non possiamo permetterci un altro anno di cantiere"), TestFiles.attributed(italian));
        BriefContent spanish = TestFiles.brief("",
                "El pleno de Villagrís aprobó el martes el presupuesto del nuevo polideportivo municipal.",
                "«Las obras empiezan en abril», dijo el alcalde Tomás Berrueco. Explicó que el proyecto de Sara "
                        + "Llorente salía demasiado caro. «No podíamos esperar otro año».");
        assertEquals(List.of("Tomás Berrueco: Las obras empiezan en abril",
                "Tomás Berrueco: No podíamos esperar otro año"), TestFiles.attributed(spanish));
    }

    @Test
    void verbsOfAttackingAttributeAQuotationWithTheSubjectDropped() {
        BriefContent italian = TestFiles.brief("",
                "Il consiglio comunale di Roccanera ha approvato martedì la nuova tassa sui rifiuti.",
                "La consigliera Irene Cattaneo ha parlato di una scelta ingiusta per le famiglie. «Avevate promesso "
                        + "di non toccare le tasse», ha attaccato.");
        assertEquals(List.of("Irene Cattaneo: Avevate promesso di non toccare le tasse"), TestFiles.attributed(italian));
        BriefContent spanish = TestFiles.brief("",
                "El pleno de Villagrís aprobó el martes la subida del impuesto de basuras.",
                "La portavoz de la oposición, Irene Cuadrado, habló de una subida injusta para las familias. "
                        + "«Prometieron que no subirían los impuestos», arremetió.");
        assertEquals(List.of("Irene Cuadrado: Prometieron que no subirían los impuestos"), TestFiles.attributed(spanish));
    }

    @Test
    void anInfinitiveAfterAPrepositionKeepsAVerbAloneWithoutASubject() {
        BriefContent italian = TestFiles.brief("",
                "Il sindaco Paolo Gherardi ha firmato lunedì la chiusura del ponte.",
                "Ha poi chiesto ai residenti di evitare la riva del fiume: «Il ponte può crollare da un momento "
                        + "all'altro».");
        assertEquals(List.of("Paolo Gherardi: Il ponte può crollare da un momento all'altro"),
                TestFiles.attributed(italian));
        BriefContent spanish = TestFiles.brief("",
                "El alcalde Tomás Berrueco firmó el lunes el cierre del puente.",
                "Advirtió a los vecinos de evitar la orilla del río: «El puente puede caer en cualquier momento».");
        assertEquals(List.of("Tomás Berrueco: El puente puede caer en cualquier momento"),
                TestFiles.attributed(spanish));
        BriefContent portuguese = TestFiles.brief("",
                "O prefeito Rui Tavares assinou na segunda-feira o fecho da ponte.",
                "Insistiu com os moradores para evitar a margem do rio: “A ponte pode cair a qualquer momento”.");
        assertEquals(List.of("Rui Tavares: A ponte pode cair a qualquer momento"), TestFiles.attributed(portuguese));
    }

    @Test
    void anAdverbOrAConjunctionThatOpensTheClauseIsNoSpeaker() {
        BriefContent french = TestFiles.brief("",
                "La commune de Brély a annoncé lundi la fermeture de la piscine municipale pour deux ans de travaux.",
                "Le maire, Alain Derval, a défendu la décision. « Nous n'avions pas le choix », a-t-il déclaré. "
                        + "Puis il a ajouté : « La toiture menace de s'effondrer. »");
        assertEquals(List.of("Alain Derval: Nous n'avions pas le choix", "Alain Derval: La toiture menace de s'effondrer."),
                TestFiles.attributed(french));
        BriefContent german = TestFiles.brief("",
                "Die Gemeinde Lindau hat am Montag das Hallenbad für zwei Jahre geschlossen.",
                "Bürgermeister Jonas Velden verteidigte die Entscheidung im Gemeinderat. Dann sagte er: „Das Dach "
                        + "kann jederzeit einstürzen.“");
        assertEquals(List.of("Jonas Velden: Das Dach kann jederzeit einstürzen."), TestFiles.attributed(german));
        BriefContent spanish = TestFiles.brief("",
                "El Concejo de Villaseca aprobó el jueves el cierre del mercado municipal durante seis meses.",
                "La concejala Rosa Benítez votó en contra. «Es una decisión improvisada», dijo a la prensa. "
                        + "Y agregó: «Nadie consultó a los puesteros».");
        assertEquals(List.of("Rosa Benítez: Es una decisión improvisada", "Rosa Benítez: Nadie consultó a los puesteros"),
                TestFiles.attributed(spanish), "a conjunction that opens the clause is no speaker either");
    }

    @Test
    void complainingIsAVerbOfSpeech() {
        BriefContent spanish = TestFiles.brief("",
                "El Concejo de Villaseca aprobó el jueves el cierre del mercado municipal durante seis meses.",
                "\"No había otra salida\", sostuvo el intendente, Marcelo Quiroga, tras la sesión.",
                "\"Nos dejan sin trabajo en plena temporada\", se quejó Rosa Benítez, que vende verduras en el mercado.");
        assertEquals(List.of("Marcelo Quiroga: No había otra salida", "Rosa Benítez: Nos dejan sin trabajo en plena temporada"),
                TestFiles.attributed(spanish));
    }

    @Test
    void anInfinitiveOfSpeechAfterAPeriphrasisIsTheAttributionsVerb() {
        BriefContent portuguese = TestFiles.brief("",
                "A câmara de Valdoura fechou ontem a piscina municipal por causa de uma avaria na caldeira.",
                "Muitos pais não aceitaram a decisão. Rosa Amaral, de 41 anos, esperou uma hora à porta com os filhos. "
                        + "«Pagámos o ano inteiro e ninguém nos avisou», acabou por dizer aos funcionários.");
        assertEquals(List.of("Rosa Amaral: Pagámos o ano inteiro e ninguém nos avisou"), TestFiles.attributed(portuguese));
        BriefContent spanish = TestFiles.brief("",
                "El ayuntamiento de Valdeloma cerró ayer la piscina municipal por una avería en la caldera.",
                "La directora de la instalación, Marta Cifuentes, habló durante una hora con los padres. «No abriremos "
                        + "hasta que el agua vuelva a estar caliente», acabó por admitir ante todos.");
        assertEquals(List.of("Marta Cifuentes: No abriremos hasta que el agua vuelva a estar caliente"),
                TestFiles.attributed(spanish));
        BriefContent italian = TestFiles.brief("",
                "Il comune di Valdastra ha chiuso ieri la piscina comunale per un guasto alla caldaia.",
                "Il direttore dell'impianto, Marco Benvenuti, ha parlato a lungo con i genitori. «Riapriremo solo "
                        + "quando l'acqua sarà di nuovo calda», ha finito per ammettere davanti a tutti.");
        assertEquals(List.of("Marco Benvenuti: Riapriremo solo quando l'acqua sarà di nuovo calda"),
                TestFiles.attributed(italian));
        BriefContent french = TestFiles.brief("",
                "La commune de Valmoreuil a fermé hier la piscine municipale après une panne de la chaudière.",
                "La directrice de l'établissement, Claire Vaudrin, a longuement parlé avec les parents. « Nous ne "
                        + "rouvrirons pas tant que l'eau ne sera pas chaude », a fini par lâcher la directrice.");
        assertEquals(List.of("Claire Vaudrin: Nous ne rouvrirons pas tant que l'eau ne sera pas chaude"),
                TestFiles.attributed(french));
    }

    @Test
    void aRoleWhoseComplementJoinsTwoNounsStillReachesTheNameInApposition() {
        BriefContent portuguese = TestFiles.brief("",
                "O rio galgou as margens durante a noite e obrigou à retirada de quarenta famílias de Vale Seco.",
                "«A água subiu muito depressa durante a madrugada», explicou o coordenador de socorro e proteção "
                        + "civil, Rui Tavares, num ponto de situação.");
        assertEquals(List.of("Rui Tavares: A água subiu muito depressa durante a madrugada"),
                TestFiles.attributed(portuguese));
        BriefContent spanish = TestFiles.brief("",
                "El ayuntamiento de Valdeloma suspendió ayer las fiestas del barrio alto por la ola de calor.",
                "«No podemos arriesgar la salud de los mayores», dijo la concejala de cultura y festejos, Elena "
                        + "Marqués, tras la reunión.");
        assertEquals(List.of("Elena Marqués: No podemos arriesgar la salud de los mayores"), TestFiles.attributed(spanish));
        BriefContent french = TestFiles.brief("",
                "La commune de Valmoreuil a reporté hier la fête du quartier haut à cause de la canicule.",
                "« Nous ne pouvons pas risquer la santé des aînés », a déclaré l'adjointe à la culture et aux fêtes, "
                        + "Claire Vaudrin, après la réunion.");
        assertEquals(List.of("Claire Vaudrin: Nous ne pouvons pas risquer la santé des aînés"), TestFiles.attributed(french));
    }

    @Test
    void aFrenchIncisesInvertedPronounAttributesWhateverItsVerb() {
        BriefContent french = TestFiles.brief("",
                "La compagnie ferroviaire a annoncé hier la fermeture du guichet de la gare de Valmoreuil en juin.",
                "Le maire de Valmoreuil, Paul Gendron, parle d'une décision brutale. « On nous retire le dernier service "
                        + "public du village », s'emporte-t-il. Il a écrit au ministre.",
                "Claire Vaudrin, pharmacienne du village, attend le train de 7h12. « Je prendrai le bus, voilà tout », "
                        + "sourit-elle.");
        assertEquals(List.of("Paul Gendron: On nous retire le dernier service public du village",
                "Claire Vaudrin: Je prendrai le bus, voilà tout"), TestFiles.attributed(french));
    }

    @Test
    void frenchVerbsOfMannerAttributeInAnInciseAfterTheQuotation() {
        BriefContent french = TestFiles.brief("",
                "La compagnie ferroviaire a annoncé hier la fermeture du guichet de la gare de Valmoreuil en juin.",
                "« Sans les voyageurs, je ferme en septembre », soupire Nadia Collet, qui tient la buvette du port.",
                "« On nous retire le dernier service public », s'indigne le maire, Paul Gendron.");
        assertEquals(List.of("Nadia Collet: Sans les voyageurs, je ferme en septembre",
                "Paul Gendron: On nous retire le dernier service public"), TestFiles.attributed(french));
    }

    @Test
    void anInciseThatInvertsItsNominalSubjectAttributesWhateverItsVerb() {
        BriefContent french = TestFiles.brief("",
                "La mairie de Saint-Aubrac a fermé lundi le dernier bureau de poste du village.",
                "Sur la place, Lucien Dorval, 70 ans, attend le car de 8h10. « Il me faut deux heures pour aller en "
                        + "ville », calcule le retraité.");
        BriefContent spanish = TestFiles.brief("",
                "La helada del lunes destruyó la cosecha de almendra en Vallejuelo, según el gobierno provincial.",
                "Inés Barrales, de 52 años, recorre sus tres hectáreas con su hermano. «No queda nada en los árboles», "
                        + "suspira la productora.");
        BriefContent italian = TestFiles.brief("",
                "L'azienda sanitaria ha chiuso lunedì il reparto di ostetricia dell'ospedale di Valdoria.",
                "Davanti all'ingresso, Serena Pagliai, 31 anni, aspetta il suo primo figlio. «Dovrò fare cento "
                        + "chilometri per partorire», sospira la futura mamma.");
        assertEquals(List.of("Lucien Dorval: Il me faut deux heures pour aller en ville"),
                TestFiles.attributed(french));
        assertEquals(List.of("Inés Barrales: No queda nada en los árboles"), TestFiles.attributed(spanish));
        assertEquals(List.of("Serena Pagliai: Dovrò fare cento chilometri per partorire"),
                TestFiles.attributed(italian));
    }

    @Test
    void aNameWithADescriptionSetOffAfterItIsTheSubjectOfTheAuxiliaryAndVerbAfterThem() {
        BriefContent italian = TestFiles.brief("",
                "La Regione ha deciso di chiudere il punto nascita dell'ospedale di Valdoria entro giugno.",
                "Il comitato Mamme di Valdoria ha raccolto quattromila firme. La presidente, Ornella Brugnoli, "
                        + "maestra elementare, ha chiesto un incontro al Consiglio di Stato: «Non ci fermeremo "
                        + "davanti a una delibera scritta in un ufficio».");
        BriefContent french = TestFiles.brief("",
                "La préfecture a autorisé lundi la nouvelle carrière de granit au-dessus du village de Saint-Aubrac.",
                "Les riverains ont manifesté devant la mairie. Leur porte-parole, Julien Castagné, agriculteur à la "
                        + "retraite, a annoncé un recours devant le Conseil d'État : « Nous irons jusqu'au bout pour "
                        + "protéger la source du village. »");
        assertEquals(List.of("Ornella Brugnoli: Non ci fermeremo davanti a una delibera scritta in un ufficio"),
                TestFiles.attributed(italian));
        assertEquals(List.of("Julien Castagné: Nous irons jusqu'au bout pour protéger la source du village."),
                TestFiles.attributed(french));
    }

    @Test
    void spanishPresentPerfectParticiplesOfSpeechAttribute() {
        BriefContent spanish = TestFiles.brief("",
                "El ayuntamiento de Villagrís cerrará en verano la piscina municipal por obras.",
                "La alcaldesa, Pilar Montoya, compareció el lunes ante la prensa. «La piscina volverá a abrir en "
                        + "septiembre», ha dicho. «Las obras eran urgentes», ha explicado el arquitecto municipal Héctor Vidal.");
        assertEquals(List.of("Pilar Montoya: La piscina volverá a abrir en septiembre",
                "Héctor Vidal: Las obras eran urgentes"), TestFiles.attributed(spanish));
    }

    @Test
    void speakerBeforeTheQuotationAndAccordingTo() {
        BriefContent brief = TestFiles.brief("",
                "Mayor Helen Ward said: “The road will reopen in a week.”",
                "According to Ward, “the contractor has been paid in full.”");
        assertEquals(List.of("Helen Ward: The road will reopen in a week.",
                "Helen Ward: the contractor has been paid in full."), TestFiles.attributed(brief));
    }

    @Test
    void descriptionsResolveToTheCastMemberWithThatRole() {
        BriefContent brief = TestFiles.brief("",
                "Finance Minister Lars Holm presented the budget on Monday.",
                "“There is no money left for tax cuts this year,” the minister told parliament.");
        assertEquals(List.of("Lars Holm: There is no money left for tax cuts this year"), TestFiles.attributed(brief));
    }

    @Test
    void aQuotationIntroducedByTheParagraphBeforeOrRunningOn() {
        BriefContent brief = TestFiles.brief("",
                "Union leader Rosa Kline warned:",
                "> “We will strike if the offer does not change before Friday.",
                "> “And we will not be the last union to do so.”",
                "“Nobody wants that,” said Kline.");
        assertEquals(List.of("Rosa Kline: We will strike if the offer does not change before Friday.",
                "Rosa Kline: And we will not be the last union to do so.", "Rosa Kline: Nobody wants that"),
                TestFiles.attributed(brief));
    }

    @Test
    void aColonAfterAClauseWithNoVerbOfSpeechIntroducesItsSubjectsWords() {
        BriefContent french = TestFiles.brief("",
                "La laiterie a rappelé ses fromages jeudi.",
                "Sa directrice, Claire Vaneau, se veut rassurante : « Les doses relevées sont faibles et nous suivons "
                        + "chaque famille. »");
        BriefContent spanish = TestFiles.brief("",
                "El ayuntamiento cerró el puente el lunes.",
                "El alcalde, Tomás Irigoyen, fue tajante: «Nadie cruzará hasta que los ingenieros lo revisen».");
        assertEquals(List.of("Claire Vaneau: Les doses relevées sont faibles et nous suivons chaque famille."),
                TestFiles.attributed(french));
        assertEquals(List.of("Tomás Irigoyen: Nadie cruzará hasta que los ingenieros lo revisen"),
                TestFiles.attributed(spanish));
    }

    @Test
    void aColonAfterAClauseAboutNoPersonIntroducesNobodysWords() {
        BriefContent brief = TestFiles.brief("",
                "La ministre Ana Lefort a visité l'usine lundi.",
                "Puis, plus sombre : « Personne ne sait combien de temps cela va durer dans la vallée. »");
        assertEquals(List.of(": Personne ne sait combien de temps cela va durer dans la vallée."),
                TestFiles.attributed(brief));
    }

    @Test
    void aColonAfterAnOrganisationsClauseIntroducesItsWordsOnlyInADocument() {
        BriefContent report = TestFiles.brief("",
                "El banco central bajó la tasa el jueves.",
                "La consultora Marvesta fue más cauta en su informe mensual: \"La inflación todavía no cede en los "
                        + "alimentos\".");
        BriefContent wonder = TestFiles.brief("",
                "Northgate Partners sold its stake in the Harwell mill on Monday, its chief executive Ray Dunmore said.",
                "Northgate Partners will be left to wonder: \"What if the mill had stayed open one more winter?\"");
        assertEquals(List.of("Marvesta: La inflación todavía no cede en los alimentos"), TestFiles.attributed(report));
        assertEquals(List.of(": What if the mill had stayed open one more winter?"), TestFiles.attributed(wonder));
    }

    @Test
    void anElidedCliticBeforeTheAuxiliaryLeavesThePronounTheSubject() {
        BriefContent french = TestFiles.brief("",
                "Le conseil municipal de Valbrune a résilié mardi le contrat de déneigement.",
                "Le chef de l'opposition, Paul Vérane, a voté pour. Il l'a dit sans détour : « On a perdu un hiver "
                        + "entier. »");
        assertEquals(List.of("Paul Vérane: On a perdu un hiver entier."), TestFiles.attributed(french));
    }

    @Test
    void aVerbOfJokingAttributesLikeOneOfSaying() {
        BriefContent spanish = TestFiles.brief("",
                "La actriz Rosa Quiñones recibió el premio del público el sábado en Guadalajara.",
                "Quiñones subió al escenario sin zapatos. \"Me pagaron por cansarme y esta vez me aplaudieron\", "
                        + "bromeó.");
        BriefContent italian = TestFiles.brief("",
                "Il tecnico Paolo Serra ha rinnovato il contratto con il Lavello fino al 2028.",
                "«Resto qui finché non mi cacciano», ha scherzato Serra davanti ai tifosi.");
        assertEquals(List.of("Rosa Quiñones: Me pagaron por cansarme y esta vez me aplaudieron"),
                TestFiles.attributed(spanish));
        assertEquals(List.of("Paolo Serra: Resto qui finché non mi cacciano"), TestFiles.attributed(italian));
    }

    @Test
    void scareQuotesWithoutASpeakerAreLeftOutButSpokenFragmentsKept() {
        BriefContent brief = TestFiles.brief("",
                "The so-called “reform” was dropped.",
                "Envoy Mark Tally called the deal “historic”, adding that talks would go on.");
        assertEquals(List.of("Mark Tally: historic"), TestFiles.attributed(brief));
    }

    @Test
    void theSubjectOfTheNearestVerbSpeaks() {
        BriefContent brief = TestFiles.brief("",
                "Anna Berg said that Tom Ruiz called the plan “a disaster for everyone involved”.");
        assertEquals(List.of("Tom Ruiz: a disaster for everyone involved"), TestFiles.attributed(brief));
    }

    @Test
    void aPronounsQuoteCitesTheSentenceNamingItsSpeakerAndSurvivesVerification() {
        Article article = TestFiles.article("",
                "Harbour master Ines Duval closed the port on Monday.",
                "“The swell is too high for the tugs,” Duval said.",
                "She said the ferries would wait at anchor. Two cargo ships turned back.",
                "“We will look again at dawn,” she added.");
        BriefContent brief = new BriefVerifier().verify(article, new ExtractiveBriefEngine().brief(article));

        Quote dawn = brief.quotes().getLast();
        assertEquals("Ines Duval: We will look again at dawn", dawn.speaker() + ": " + dawn.text());
        assertEquals(List.of(2, 5), dawn.evidence(), "Duval's sentence, then the quotation's");
    }

    @Test
    void anInterviewWithoutMarksQuotesTheAnswersOfThePersonIntroducedAndSurvivesVerification() {
        Article article = TestFiles.article("",
                "The ferry operator's new chief, Mara Lund, took over in March. We met her at the harbour office.",
                "Why did you cancel the winter timetable?",
                "Because we had two boats for a timetable that needs three. I would not run it unsafely.",
                "Your predecessor, Ole Brandt, promised a third boat. What happened?",
                "The boat was never ordered. My first job was to order it.",
                "How did the crews take it?",
                "Most of them agreed with the decision, and they said so.");
        BriefContent brief = new BriefVerifier().verify(article, new ExtractiveBriefEngine().brief(article));

        assertEquals(List.of("Mara Lund: Because we had two boats for a timetable that needs three. I would not run it "
                        + "unsafely.", "Mara Lund: The boat was never ordered. My first job was to order it."),
                TestFiles.attributed(brief), "the third answer has no first person: the crews speak in it");
        assertEquals(List.of(1, 8, 9), brief.quotes().getLast().evidence(), "the introduction names her");
    }

    @Test
    void anInterviewsAnswerSpeaksInTheFirstPersonByItsVerbsEndingWhereTheLanguageDropsThePronoun() {
        Article article = TestFiles.article("",
                "La nueva directora del puerto, Lucía Ferrán, llegó en marzo. Hablamos con ella en su despacho.",
                "¿Por qué cerró el muelle norte?",
                "Porque estaba hundido desde hace años. Lo cerramos el primer día.",
                "¿Cuándo abrirá de nuevo?",
                "Cuando llegue el dinero de la región. Estamos esperando la firma.",
                "¿Qué dicen los pescadores?",
                "La mayoría está de acuerdo con el cierre, y lo dijeron en la asamblea.");
        BriefContent brief = new BriefVerifier().verify(article, new ExtractiveBriefEngine().brief(article));

        assertEquals(List.of("Lucía Ferrán: Porque estaba hundido desde hace años. Lo cerramos el primer día.",
                        "Lucía Ferrán: Cuando llegue el dinero de la región. Estamos esperando la firma."),
                TestFiles.attributed(brief), "'cerramos', 'estamos': the speaker without 'nosotros'; the fishermen's "
                        + "answer is told in the third person");
    }

    @Test
    void anInterviewsAnswerToWhyOpensWithBecauseThoughItHasNoFirstPerson() {
        Article article = TestFiles.article("",
                "Il nuovo direttore del porto, Dario Pellizzer, è arrivato a marzo. Lo abbiamo incontrato in ufficio.",
                "Direttore, perché chiudere il molo nord?",
                "Perché il cemento cede da anni e le navi grandi non possono più attraccare.",
                "Quando riaprirà?",
                "Quando arrivano i fondi della Regione. Contiamo di firmare a giugno.",
                "Cosa dicono i pescatori?",
                "La maggior parte è d'accordo, e lo hanno detto in assemblea.");
        BriefContent brief = new BriefVerifier().verify(article, new ExtractiveBriefEngine().brief(article));

        assertEquals(List.of("Dario Pellizzer: Perché il cemento cede da anni e le navi grandi non possono più "
                        + "attraccare.", "Dario Pellizzer: Quando arrivano i fondi della Regione. Contiamo di firmare a "
                        + "giugno."),
                TestFiles.attributed(brief), "'Perché…' answers the why; 'contiamo' is his first person");
    }

    @Test
    void anExplainersBecauseAnswersAreNoInterviewWithoutAnAnswerInTheFirstPerson() {
        BriefContent brief = TestFiles.brief("",
                "Mara Lund runs the ferry operator.",
                "Why was the winter timetable cancelled?",
                "Because the operator had two boats for a timetable that needs three.",
                "Why is there no third boat?",
                "Because nobody ordered it when the contract was signed.");
        assertEquals(List.of(), brief.quotes());
    }

    @Test
    void anInterviewsAnswersAreThePersonTheIntroductionIsAboutNotTheVoiceItQuotesLast() {
        Article article = TestFiles.article("",
                "Die Gemeinde Unterau sperrt ihr Freibad. Ortschefin Helga Wendtner über den Sommer ohne Becken.",
                "Das Freibad bleibt heuer zu, ein neues Becken würde 900.000 Euro kosten. Bürgermeisterin Helga "
                        + "Wendtner hat im Gemeinderat dafür gestimmt. Der Schwimmverein protestiert: „Wir haben "
                        + "keinen Platz mehr zum Trainieren“, sagt Obmann Kurt Aigner.",
                "Frau Bürgermeisterin, wie geht es Ihnen damit?",
                "Nicht gut. Ich habe in diesem Becken schwimmen gelernt, aber ich kann das Geld nicht ausgeben.",
                "Was sagen Sie dem Schwimmverein?",
                "Ich verstehe den Ärger. Wir suchen mit dem Verein eine Lösung im Hallenbad.");
        BriefContent brief = new BriefVerifier().verify(article, new ExtractiveBriefEngine().brief(article));

        assertEquals(List.of("Kurt Aigner: Wir haben keinen Platz mehr zum Trainieren",
                        "Helga Wendtner: Nicht gut. Ich habe in diesem Becken schwimmen gelernt, aber ich kann das Geld "
                                + "nicht ausgeben.",
                        "Helga Wendtner: Ich verstehe den Ärger. Wir suchen mit dem Verein eine Lösung im Hallenbad."),
                TestFiles.attributed(brief).stream().map(q -> q.replace("Obmann ", "")).toList(),
                "the introduction names her twice and the club's chair once, last");
    }

    @Test
    void anInterviewsAnswersAreThePersonItsHeadlineNames() {
        Article article = TestFiles.article("Ines Carvel: \"I stopped because I no longer knew myself\"",
                "For nine years, Ines Carvel played the lead in the country's most watched soap. Her new film, a small "
                        + "drama directed by Tomas Rudd, opens on Friday.",
                "\"She read the last scene from memory at the casting. I knew then,\" Rudd said at the premiere.",
                "We met the actress in a cafe near the theatre.",
                "Why did you leave the soap?",
                "Because I no longer knew myself. I worked fourteen hours a day, six days a week.",
                "What did you do during that year?",
                "Nothing, and that was the hardest part. I learnt to bake bread.");
        BriefContent brief = new BriefVerifier().verify(article, new ExtractiveBriefEngine().brief(article));

        assertEquals(List.of("Ines Carvel: Because I no longer knew myself. I worked fourteen hours a day, six days a "
                        + "week.", "Ines Carvel: Nothing, and that was the hardest part. I learnt to bake bread."),
                TestFiles.attributed(brief).subList(1, 3), "the director is named twice, last, but the headline is hers");
    }

    @Test
    void anInterviewRunsOnOverAPromptPutAsAStatement() {
        Article article = TestFiles.article("",
                "Une crue a noyé les vergers de Saint-Aubel. Le président de la coopérative, Paul Vernhes, nous a reçus.",
                "Quel est le bilan ?",
                "Il est lourd. Je compte deux cents arbres perdus. Le verger du bas est sous l'eau. Les racines pourrissent.",
                "La récolte était pourtant rentrée…",
                "Oui, heureusement. Les pommes sont en chambre froide. Elles seront vendues. Le problème, c'est l'an "
                        + "prochain.",
                "Qu'attendez-vous de l'État ?",
                "Nous demandons la reconnaissance de catastrophe naturelle, et vite.");
        BriefContent brief = new BriefVerifier().verify(article, new ExtractiveBriefEngine().brief(article));

        assertEquals("Paul Vernhes: Nous demandons la reconnaissance de catastrophe naturelle, et vite.",
                TestFiles.attributed(brief).getLast(), "the introduction before the first question names him");
    }

    @Test
    void aPressConferenceTranscriptsNameLineSaysWhoAnswersTheQuestionsUnderIt() {
        Article article = TestFiles.article("Venn calls time on his career",
                "Captain Dario Venn will retire at the end of the season. Venn, coach Mira Castell and striker Olu "
                        + "Brandt spoke to reporters after the 3-1 win over Kessford.",
                "MIRA CASTELL (head coach)",
                "Q: Mira, when did he tell you?",
                "A: Dario came to my office on Monday. He had made up his mind, and I knew better than to argue.",
                "Q: Will you change the team for the cup?",
                "A: Not at all. We have a job to do and we will do it. Why would we change now?",
                "OLU BRANDT (striker)",
                "Q: Olu, was the second goal for him?",
                "A: Every goal this season is for him. He drove me to training every day in my first year.",
                "Q: How did the players take the news?",
                "A: Quiet at first. Then someone put music on and we got on with it, as Dario would want.");
        BriefContent brief = new BriefVerifier().verify(article, new ExtractiveBriefEngine().brief(article));

        assertEquals(List.of("Mira Castell", "Mira Castell", "Olu Brandt", "Olu Brandt"),
                brief.quotes().stream().map(Quote::speaker).toList(),
                "each line of capitals names who answers under it, not the one the introduction is about; a "
                        + "question closing an answer is no interviewer's");
    }

    @Test
    void aNameLineHeadsTheAnswersInAnyLanguage() {
        BriefContent brief = TestFiles.brief("",
                "Der Verein hat am Sonntag seinen neuen Trainer vorgestellt. Präsident Ulrich Hanke und Trainer "
                        + "Jonas Werle stellten sich den Fragen der Presse.",
                "JONAS WERLE (Trainer)",
                "Frage: Herr Werle, warum dieser Verein?",
                "Antwort: Ich kenne die Mannschaft seit Jahren und ich glaube an diese jungen Spieler.",
                "ULRICH HANKE (Präsident)",
                "Frage: Wie lange haben Sie verhandelt?",
                "Antwort: Zwei Wochen. Ich wollte nur ihn und ich habe nie an einen anderen gedacht.");
        assertEquals(List.of("Jonas Werle", "Ulrich Hanke"), brief.quotes().stream().map(Quote::speaker).toList());
    }

    @Test
    void aVerbOfSpeechOpeningItsSentenceIsNoSpeakerButTheSubjectTheDiscourseCarries() {
        BriefContent it = TestFiles.brief("",
                "Il regista Carlo Fenzi ha presentato il suo nuovo film al festival di Bologna. «È il lavoro più "
                        + "difficile della mia vita», ha detto Fenzi ai giornalisti.",
                "Aggiunge di non aver mai chiesto un rinvio ai produttori: «Il cinema è la mia casa e non la lascio.»");
        BriefContent es = TestFiles.brief("",
                "La alcaldesa Marta Oyarzún inauguró el lunes la nueva biblioteca del barrio. «Es un día para la "
                        + "ciudad», dijo Oyarzún a los vecinos.",
                "Añade que nunca admitió un error ante la oposición: «Hicimos lo que prometimos en campaña.»");
        assertEquals("Carlo Fenzi: Il cinema è la mia casa e non la lascio.", TestFiles.attributed(it).getLast());
        assertEquals("Marta Oyarzún: Hicimos lo que prometimos en campaña.", TestFiles.attributed(es).getLast());
    }

    @Test
    void aPartysNameBeforeARoleNounDescribesThePersonAndIsNoSpeaker() {
        BriefContent brief = TestFiles.brief("",
                "Green councillor Hester Quarry tabled the motion to keep the Millbeck library open on Sundays. The "
                        + "Green group on the council backed it, and the Alliance abstained.",
                "“Every family in this ward uses that library at the weekend,” the Green councillor said.");
        assertEquals(List.of("Hester Quarry: Every family in this ward uses that library at the weekend"),
                TestFiles.attributed(brief));
    }

    @Test
    void anExplainersQuestionsAnsweredByTheReporterAreNoInterview() {
        BriefContent brief = TestFiles.brief("",
                "Mara Lund runs the ferry operator.",
                "Why was the winter timetable cancelled?",
                "The operator had two boats for a timetable that needs three.",
                "What happens next?",
                "A third boat is due in May, and the timetable returns after it.");
        assertEquals(List.of(), brief.quotes());
    }

    @Test
    void anExplainersAnswersAreNoInterviewThoughAnAdjectiveEndsLikeAFirstPersonVerb() {
        BriefContent es = TestFiles.brief("",
                "El ayuntamiento de Varela cerró el muelle norte.",
                "¿Por qué se cerró el muelle?",
                "Los últimos informes técnicos lo daban por hundido desde hace años.",
                "¿Qué pasará ahora?",
                "Los próximos meses serán de obras, y los mismos pescadores ayudarán.");
        BriefContent pt = TestFiles.brief("",
                "A câmara de Varela fechou o cais norte.",
                "Porque é que o cais fechou?",
                "Os últimos relatórios técnicos davam-no como afundado.",
                "O que acontece agora?",
                "Os próximos meses serão de obras, e os mesmos pescadores vão ajudar.");
        assertEquals(List.of(), es.quotes(), "'los últimos', 'los próximos': adjectives after an article");
        assertEquals(List.of(), pt.quotes(), "'os últimos', 'os próximos'");
    }

    @Test
    void anItalianExplainersAnswersAreNoInterviewThoughTheirArticleIsWrittenLikeTheEnglishI() {
        BriefContent brief = TestFiles.brief("",
                "Il comune di Varela ha chiuso il molo nord.",
                "Perché il molo è stato chiuso?",
                "I rapporti tecnici lo davano per affondato da anni.",
                "Cosa succede adesso?",
                "I lavori dureranno tutta l'estate, e il molo riaprirà in autunno.");
        assertEquals(List.of(), brief.quotes(), "'I rapporti', 'I lavori': the article, not the first person");
    }

    @Test
    void aLongArticleKeepsMoreQuotesThanAShortOne() {
        String[] names = {"Ada Brill", "Ben Corra", "Cleo Dunne", "Dev Ermin", "Eli Farrow", "Fay Gorse", "Gil Hame",
                "Hal Ister", "Ivo Jarl", "Jan Kell", "Kit Lorne", "Lev Marsh", "Mae Norr", "Ned Orme", "Ona Pell",
                "Pia Quill", "Rex Sallow", "Sol Tarn", "Tam Urwin", "Una Vell"};
        List<String> paragraphs = new java.util.ArrayList<>();
        for (String name : names) {
            paragraphs.add("“The " + name.split(" ")[1] + " plan is the one this town should fund before the spring "
                    + "floods,” said " + name + ". The council heard every plan in turn on a long evening that ran "
                    + "past midnight, and the public gallery stayed full until the last speaker had finished. "
                    + "Several residents brought maps of the streets that flooded last year and of the drains that "
                    + "failed. Engineers from the county answered questions about pumps, culverts and the cost of "
                    + "raising the river wall along the old mill race, which the town last repaired in the years "
                    + "after the great storm, when the water reached the steps of the church and the market hall.");
        }
        int longArticle = TestFiles.brief("", paragraphs.toArray(String[]::new)).quotes().size();
        int shortArticle = TestFiles.brief("", paragraphs.subList(0, 16).stream()
                .map(p -> p.substring(0, p.indexOf(". ") + 1)).toArray(String[]::new)).quotes().size();
        assertEquals(20, longArticle, "over 2,000 words: a quote per 100 words");
        assertEquals(14, shortArticle);
    }

    @Test
    void quotationsAreVerbatim() {
        String paragraph = "“It’s  not over,” said Jo Park, “not by a long way.”";
        BriefContent brief = TestFiles.brief("", paragraph);
        for (Quote quote : brief.quotes()) {
            assertEquals(true, paragraph.contains(quote.text()), quote.text());
        }
        assertEquals(List.of("Jo Park: It’s  not over", "Jo Park: not by a long way."), TestFiles.attributed(brief));
    }

    @Test
    void aGerundClauseAfterTheVerbNamesNoSubjectSoTheSubjectOfTheDiscourseSpeaks() {
        BriefContent italian = TestFiles.brief("",
                "La sindaca Paola Serra ha visitato il cantiere martedì.",
                "«Riapriremo la piscina entro l'estate», ha aggiunto, indicando il nuovo tetto dell'impianto.");
        assertEquals(List.of("Paola Serra: Riapriremo la piscina entro l'estate"), TestFiles.attributed(italian));
    }

    @Test
    void aClauseAfterTheLastCommaOfAPartialQuotationsSentenceClosesItWithTheAttribution() {
        BriefContent pronoun = TestFiles.brief("",
                "Governor Lena Marsh visited the Harwick jail on Monday.",
                "“We cannot keep these cells open” through another winter, she said.");
        assertEquals(List.of("Lena Marsh: We cannot keep these cells open"), TestFiles.attributed(pronoun));
        BriefContent named = TestFiles.brief("",
                "The Harwick jail will close in March.",
                "“We cannot keep these cells open” through another winter, Governor Lena Marsh said.");
        assertEquals(List.of("Lena Marsh: We cannot keep these cells open"), TestFiles.attributed(named));
    }
    @Test
    void theNextSentenceAttributesAQuotationThatIsASentenceOfItsOwnNotAPhraseEndingOne() {
        BriefContent own = TestFiles.brief("",
                "The Harwick council voted on Monday to close the river bridge for a year.",
                "“We will rebuild it before the floods.” Mayor Dana Crane said. “Nobody will be cut off for long”. "
                        + "Tom Reyes said.");
        assertEquals(List.of("Dana Crane: We will rebuild it before the floods.", "Tom Reyes: Nobody will be cut off for long"),
                TestFiles.attributed(own));
        BriefContent english = TestFiles.brief("",
                "The Harwick council voted on Monday to close the river bridge for a year.",
                "The opposition called the vote “a disaster for the valley and its farms”. Ann Roe said the "
                        + "council would appeal.");
        assertEquals(List.of(), TestFiles.attributed(english).stream().filter(q -> q.startsWith("Ann Roe")).toList());
        BriefContent german = TestFiles.brief("",
                "Der Stahlkonzern Nordwerk hat am Dienstag seine Jahreszahlen vorgelegt.",
                "Die Finanzchefin sprach von einem „Übergangsjahr für alle Werke im Norden“. Lars Ekholm kündigte "
                        + "an, zwei Hochöfen zu schließen.");
        assertEquals(List.of("Übergangsjahr für alle Werke im Norden"), german.quotes().stream()
                .filter(q -> !q.speaker().equals("Lars Ekholm")).map(Quote::text).toList());
        BriefContent title = TestFiles.brief("",
                "Der Stahlkonzern Nordwerk hat am Dienstag seine Jahreszahlen vorgelegt. Konzernchef Lars Ekholm "
                        + "stellte sie in Hamburg vor.",
                "Die Finanzchefin Petra Lunde sprach von einem „Übergangsjahr für alle Werke im Norden“. Der "
                        + "Konzernchef kündigte an, die Sparte zu verkaufen.");
        assertEquals(List.of("Petra Lunde: Übergangsjahr für alle Werke im Norden"), TestFiles.attributed(title),
                "a title opening the next sentence takes the phrase no more than a name does");
    }

    @Test
    void aDecksQuotationWithItsSpeakersNameGivesHimTheBodysQuotationDescribingHim() {
        Article article = TestFiles.article("",
                "## Il Borgorosso vince 3-0 e torna in zona salvezza",
                "Doppietta di Ferri, chiude Lanza. Bertolani: «Nessuno credeva più in noi»",
                "di Carla Neri",
                "ROCCAVERDE – Dopo sette giornate senza vittoria e con la panchina di Ugo Bertolani in bilico, il "
                        + "Borgorosso batte 3-0 il Sant'Elmo e lascia la zona retrocessione.",
                "Il vantaggio arriva al 12' con un tiro dal limite. Al 40' il raddoppio di testa su calcio d'angolo. "
                        + "Nella ripresa gli ospiti protestano per un rigore negato. All'88' il terzo gol in "
                        + "contropiede. Il pubblico applaude a lungo la squadra.",
                "«Abbiamo giocato con il cuore», ha detto il tecnico a fine gara. «Fuori di qui nessuno credeva "
                        + "più in noi. Oggi abbiamo risposto in campo.»");
        BriefContent brief = new BriefVerifier().verify(article, new ExtractiveBriefEngine().brief(article));

        assertEquals(List.of("Ugo Bertolani: Nessuno credeva più in noi", "Ugo Bertolani: Abbiamo giocato con il cuore",
                        "Ugo Bertolani: Fuori di qui nessuno credeva più in noi. Oggi abbiamo risposto in campo."),
                TestFiles.attributed(brief), "the deck names whom 'il tecnico' describes, for the words it repeats");
    }

    @Test
    void aHeadlinesQuotationWithItsSpeakersNameGivesHerTheBodysUnattributedQuotation() {
        Article article = TestFiles.article("Ann Roe: “We will not close the harbour”",
                "The port authority's board met on Monday after the storm damaged the north pier. Chair Ann Roe "
                        + "chaired the meeting, and the board voted to repair the pier by spring.",
                "The repairs will cost four million pounds.",
                "“We will not close the harbour, whatever the insurers say,” was the message to the fishermen.");
        BriefContent brief = new BriefVerifier().verify(article, new ExtractiveBriefEngine().brief(article));

        assertEquals(List.of("Ann Roe: We will not close the harbour, whatever the insurers say"),
                TestFiles.attributed(brief));
    }

    @Test
    void aHeadingUnderAKickerQuotesLikeAHeadline() {
        Article article = TestFiles.article("SPORT | Coastal League",
                "## Kalvik coach Ann Roe: “Everybody had written us off”",
                "Kalvik beat Norrby 2-1 on Saturday and climbed out of the relegation places for the first time. Ann "
                        + "Roe had been under pressure after six games without a win.",
                "The winner came in the last minute from a corner.",
                "“Everybody had written us off after six defeats. Today we answered on the pitch,” was the coach's "
                        + "verdict afterwards.");
        BriefContent brief = new BriefVerifier().verify(article, new ExtractiveBriefEngine().brief(article));

        assertEquals(List.of("Ann Roe: Everybody had written us off after six defeats. Today we answered on the pitch"),
                TestFiles.attributed(brief));
    }

    @Test
    void aNameInMarksOverTheStoryGivesNoSpeaker() {
        BriefContent brief = TestFiles.brief("Ann Roe joins the “Save Our Harbour Pier” campaign",
                "Singer Ann Roe joined the campaign against the sale of the north pier on Friday.",
                "The campaign's leaflets went up across the town. “Save our harbour pier before the storms take it,” "
                        + "the leaflets read.");
        assertEquals(List.of(": Save our harbour pier before the storms take it"), TestFiles.attributed(brief));
    }
}
