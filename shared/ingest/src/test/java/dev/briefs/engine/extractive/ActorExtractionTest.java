package dev.briefs.engine.extractive;

import dev.briefs.brief.Actor;
import dev.briefs.brief.BriefContent;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ActorExtractionTest {

    private static List<String> names(BriefContent brief) {
        return brief.actors().stream().map(Actor::name).toList();
    }

    private static Optional<Actor> actor(BriefContent brief, String name) {
        return brief.actors().stream().filter(a -> a.name().equals(name)).findFirst();
    }

    /** Whether the brief of the paragraphs, under a headline that names no one, lists the actor. */
    private static boolean listed(String name, String... paragraphs) {
        return actor(TestFiles.brief("News of the day", paragraphs), name).isPresent();
    }

    @Test
    void sentenceInitialWordsSubheadsAndDatesAreNotActors() {
        BriefContent brief = TestFiles.brief("Headline",
                "Earlier in May, officials met Maria Lopez in Madrid.",
                "## Leaders React",
                "Unlike Lopez, nobody else spoke on Monday. Asked about it, Lopez smiled.");
        assertEquals(List.of("Maria Lopez"), names(brief));
        assertEquals(3, actor(brief, "Maria Lopez").orElseThrow().mentions());
    }

    @Test
    void aServiceDistrictOrAConservancyIsAnOrganisationThatSpeaksAndADistrictOfPlacesIsNot() {
        BriefContent brief = TestFiles.brief("Reservoir falls to record low",
                "DENTON FALLS — Two towns ordered water rationing on Monday after the main reservoir fell to a fifth "
                        + "of its capacity.",
                "The Marrow Valley Irrigation District, which runs the reservoir, said in a statement that releases "
                        + "to farms would be cut by half. \"Every gallon we hold back is water a town can drink in "
                        + "winter,\" the district said.",
                "The Tansy Creek Conservancy said its crews would inspect the dam on Thursday.",
                "Farmers in the Upper Lake District said they would meet next week.");
        assertEquals(List.of("Marrow Valley Irrigation District", "Tansy Creek Conservancy"), names(brief));
        assertEquals(Actor.ORGANISATION, actor(brief, "Marrow Valley Irrigation District").orElseThrow().type());
        assertEquals("Marrow Valley Irrigation District", brief.quotes().getFirst().speaker(),
                "\"the district\" stands for the one district that acts");
    }

    @Test
    void aSingleNameThatATitleGivesOnceIsAPersonWhereverItActsAlone() {
        BriefContent brief = TestFiles.brief("",
                "Voters in two states went to the polls on Tuesday after weeks of rallies.",
                "Halvorsen campaigned in both states and Halvorsen won neither.",
                "President Halvorsen said the results were a surprise. \"We will be back,\" Halvorsen said.");
        assertEquals(Actor.PERSON, actor(brief, "Halvorsen").orElseThrow().type());
    }

    @Test
    void aCompetitionWhoseNameOpensWithItsNounIsNoActor() {
        BriefContent pt = TestFiles.brief("",
                "O técnico Rui Saldanha disse que conta com o atacante para a estreia no Campeonato Serrano.",
                "\"Ele chega para jogar\", declarou Rui Saldanha.");
        assertEquals(List.of("Rui Saldanha"), names(pt));
        BriefContent fr = TestFiles.brief("",
                "Paul Rivet veut gagner la Coupe de Bretagne avec son club cette saison.",
                "« Nous jouerons pour la gagner », a déclaré Paul Rivet.");
        assertEquals(List.of("Paul Rivet"), names(fr));
    }

    @Test
    void peopleListedEachWithTheirOrganisationShareTheVerbAfterTheLastOneAndItsPlace() {
        BriefContent brief = TestFiles.brief("Rare allergy traced to a pillow",
                "A man who could not climb stairs for months was allergic to his feather pillow, a case report says.",
                "For the report, Ilse Marant of Dunmore Hospital and Teodor Vasko, Rhea Quill and Lionel Barr of the "
                        + "Kestrel Clinic in the UK described how the patient recovered within a year.",
                "Doctors now ask about pillows.");
        List<String> names = names(brief);
        assertTrue(names.containsAll(List.of("Ilse Marant", "Teodor Vasko", "Rhea Quill", "Lionel Barr")), names::toString);
    }

    @Test
    void aMiddleNameWrittenAsInitialsWithoutPointsOrInTwoCapitalisedPartsIsPartOfThePersonsName() {
        BriefContent brief = TestFiles.brief("Clinic to reopen after flood",
                "The flooded clinic in Dunmore will reopen next month, its owners said on Monday.",
                "Ilse WA Marant, who runs it, told reporters the ground floor had been rebuilt.",
                "Teodor RuiWen Vasko said the pharmacy would follow in the spring.");
        List<String> names = names(brief);
        assertTrue(names.containsAll(List.of("Ilse WA Marant", "Teodor RuiWen Vasko")), names::toString);
    }

    @Test
    void aPersonNamedOnceActsThroughACompoundPastOrAGermanStrongPast() {
        List<String> french = names(TestFiles.brief("Nouvel accord à Vallerive",
                "Le conseil municipal a approuvé le plan mardi soir avec les voix de la majorité.",
                "Paulin Rocheteau a signé l'accord avec l'entreprise. Le texte entre en vigueur en mars."));
        List<String> italian = names(TestFiles.brief("Nuovo accordo a Vallerosa",
                "Il consiglio comunale ha approvato il piano martedì sera con i voti della maggioranza.",
                "Marco Bellandi ha firmato l'accordo con l'azienda. Il testo entra in vigore a marzo."));
        List<String> german = names(TestFiles.brief("Neuer Vertrag in Torfeld",
                "Der Gemeinderat hat den Plan am Dienstag beschlossen.",
                "Jonas Wendeler unterschrieb den Vertrag mit der Firma. Ausschussvorsitzende Sabine Krailhuber ließ "
                        + "das nicht gelten. Er gilt ab März."));
        assertEquals(List.of("Paulin Rocheteau"), french);
        assertEquals(List.of("Marco Bellandi"), italian);
        assertTrue(german.containsAll(List.of("Jonas Wendeler", "Sabine Krailhuber")), german::toString);
    }

    @Test
    void aGermanNounItsArticleGovernsBeforeAPersonsNameIsTheirDescriptionNotTheirFirstName() {
        BriefContent brief = TestFiles.brief("Streit um das Hallenbad in Torfeld",
                "Seit Jänner fährt die Pensionistin Hermine Waldacher zum Schwimmen in die Nachbargemeinde.",
                "„Das ist doch kein Zustand“, sagte der Bevollmächtigte Thorsten Engelbrecht am Dienstag.",
                "«Die Regierung löst kein Problem», schreibt der Verein Wolfsschutz Torfeld in einer Mitteilung.");
        assertEquals("Pensionistin", actor(brief, "Hermine Waldacher").orElseThrow().role());
        assertEquals("Bevollmächtigte", actor(brief, "Thorsten Engelbrecht").orElseThrow().role());
        assertEquals(Actor.ORGANISATION, actor(brief, "Verein Wolfsschutz Torfeld").orElseThrow().type());
        assertEquals("Thorsten Engelbrecht", brief.quotes().getFirst().speaker());
    }

    @Test
    void aCompanyActsPastItsLegalFormWrittenInLowerCase() {
        List<String> names = names(TestFiles.brief("Zwei Molkereien wollen fusionieren",
                "Die Milchpreise im Allgäu sind seit dem Frühjahr um zwölf Prozent gefallen.",
                "Am Donnerstag hat die Molkerei Hochtal eine Absichtserklärung vorgestellt. Käsereiwerke Lindach eG "
                        + "haben sie ebenfalls unterzeichnet."));
        assertTrue(names.contains("Käsereiwerke Lindach"), names::toString);
    }

    @Test
    void aPersonActsPastTheirPartyInBracketsAndIsASourceBeforeAPostpositionOfReport() {
        List<String> names = names(TestFiles.brief("Hochwasser an der Wiesel",
                "Die Stadt hat am Montag drei Ortsteile an der Wiesel evakuiert.",
                "Im Ausschuss sprach man über die Kosten. Stadträtin Hanna Brodersen (Grüne Liste Torfeld) ließ das nicht "
                        + "gelten.",
                "Für die Nacht ist weiterer Regen angesagt. Kreisbrandmeister Ulf Rademann zufolge sind 400 Kräfte im "
                        + "Einsatz."));
        assertTrue(names.containsAll(List.of("Hanna Brodersen", "Ulf Rademann")), names::toString);
    }

    @Test
    void aStockIndexThatMovesIsNoActor() {
        List<String> names = names(TestFiles.brief("Asian markets mixed",
                "Asian shares were mixed on Tuesday as traders awaited the Federal Reserve's decision.",
                "China's Shanghai Composite (SHCOMP) slumped 0.2%, but recovered those losses."));
        assertFalse(names.contains("Shanghai Composite"), names::toString);
    }

    @Test
    void placesAreNotActorsUnlessACountryClearlyActs() {
        BriefContent passive = TestFiles.brief("", "Aid reached Ukraine and Poland via the Black Sea and Washington DC.");
        assertEquals(List.of(), names(passive));
        BriefContent acting = TestFiles.brief("", "Russia launched drones overnight. Officials in Kyiv said Russia has "
                + "warned it would continue. Aid reached Ukraine.");
        assertEquals(List.of("Russia"), names(acting));
        assertEquals(Actor.ORGANISATION, acting.actors().getFirst().type());
    }

    @Test
    void titlesAndAppositionsBecomeRolesAndFormsOfAddressDoNot() {
        BriefContent brief = TestFiles.brief("",
                "Mr. Alan Grey met former US envoy Sara Bell and Jane Doe, head of the Port Authority, on Monday.",
                "President Okoro later joined them. Grey left first.");
        assertEquals("", actor(brief, "Alan Grey").orElseThrow().role());
        assertEquals("former US envoy", actor(brief, "Sara Bell").orElseThrow().role());
        assertEquals("head of the Port Authority", actor(brief, "Jane Doe").orElseThrow().role());
        assertEquals("President", actor(brief, "Okoro").orElseThrow().role(), "a title makes a lone surname a person");
        assertEquals(Actor.ORGANISATION, actor(brief, "Port Authority").orElseThrow().type());
    }

    @Test
    void anOrganisationNamedOnceWithItsInitialsIsAnActorThroughItsWords() {
        BriefContent brief = TestFiles.brief("",
                "Three hundred homes in Harlow were left without water on Monday.",
                "Engineers from the Harlow Water Board (HWB) found a burst main under the high street.",
                "\u201cThe pipes are too old to hold the pressure,\u201d the board said in a statement.");
        assertTrue(actor(brief, "Harlow Water Board (HWB)").isPresent(), brief::toString);
    }

    @Test
    void organisationsByKeywordSuffixAcronymAndMetonym() {
        BriefContent brief = TestFiles.brief("",
                "The World Health Organization (WHO) said Acme Widgets Ltd. and the Kremlin must cooperate.",
                "WHO officials repeated the warning. The Times sued Acme Widgets over the claim.");
        assertEquals(3, actor(brief, "World Health Organization (WHO)").orElseThrow().mentions(),
                "the name, the acronym in brackets and the acronym alone; named by the initials more, it keeps both");
        assertEquals(2, actor(brief, "Acme Widgets Ltd").orElseThrow().mentions(), "“Acme Widgets” without the suffix");
        assertTrue(actor(brief, "Kremlin").isPresent());
        assertTrue(actor(brief, "The Times").isPresent());
    }

    @Test
    void anOrganisationThatGivesItsInitialsInBracketsIsNamedWithThem() {
        BriefContent portuguese = TestFiles.brief("",
                "A Agência Florestal do Norte (AFN) fechou na segunda-feira três trilhos da serra por causa da seca.",
                "A AFN pede aos caminhantes que não acendam fogueiras. Segundo a AFN, o risco é muito elevado.");
        assertEquals(List.of("Agência Florestal do Norte (AFN)"), names(portuguese));
        BriefContent french = TestFiles.brief("",
                "La Régie des Transports Lacustres (RTL) a supprimé mardi deux traversées du soir faute de personnel.",
                "La RTL promet un retour à la normale en juin. Selon la RTL, douze capitaines manquent.");
        assertEquals(List.of("Régie des Transports Lacustres (RTL)"), names(french), "one organisation, not a person and its initials");
        BriefContent english = TestFiles.brief("",
                "The Coastal Rescue Trust (CRT) opened a new lifeboat station in Marbury on Monday.",
                "The station will be run by volunteers, the CRT said.");
        assertEquals(List.of("Coastal Rescue Trust (CRT)"), names(english));
    }

    @Test
    void productsAndHeadlineCasedLinesAreNotPeople() {
        BriefContent brief = TestFiles.brief("",
                "Apple AirPods and the MacBook Pro sold out, said analyst Tom Reyes.",
                "Best Deals On Games And Gadgets This Week");
        assertEquals(List.of("Apple", "Tom Reyes"), names(brief), "one mention each: first named first");
    }

    @Test
    void aPersonNamedOnlyOnceInsideAQuotationIsNotAnActor() {
        BriefContent brief = TestFiles.brief("", "“Ask Peter Wolfe about it,” said Nora Quist.");
        assertEquals(List.of("Nora Quist"), names(brief));
    }

    @Test
    void aShortNameEndingALongerOneIsTheSamePerson() {
        BriefContent brief = TestFiles.brief("", "Eriksson Ek scored twice.", "Joel Eriksson Ek said he was tired.");
        assertEquals(List.of("Joel Eriksson Ek"), names(brief));
        assertEquals(2, brief.actors().getFirst().mentions());
    }

    @Test
    void aNameActsThroughTheOfficeOrOfficialsThatSpeakForIt() {
        BriefContent brief = TestFiles.brief("Fines ruled unlawful",
                "Fines on street traders were unlawful, a court found on Monday.",
                "Ombudsman Lena Moor’s office said the fines had been issued without notice.",
                "Harlow County Health Department officials said the market would reopen.");
        assertEquals("Ombudsman", actor(brief, "Lena Moor").orElseThrow().role(), "the office speaks for her");
        assertTrue(actor(brief, "Harlow County Health Department").isPresent(), "its officials speak for it");
        BriefContent passing = TestFiles.brief("Fines ruled unlawful",
                "Fines on street traders were unlawful, a court found on Monday.",
                "Lena Moor’s plan was not discussed.");
        assertEquals(List.of(), names(passing), "a possessive that only qualifies a noun is a mention in passing");
    }

    @Test
    void aRunWithASmallWordInTitleCaseIsAWorkNotAPerson() {
        BriefContent brief = TestFiles.brief("",
                "Grey Tide Into Morning was directed by K.T. Marsh. Marsh said a third Grey Tide film is planned.",
                "Critics liked Grey Tide. An R-rated Grey Tide is also in the works.");
        assertEquals(List.of("K.T. Marsh"), names(brief), "initials with points stay in the name");
    }

    @Test
    void aRomanceTitleWithItsDepartmentSetOffByACommaIsTheRoleOfTheNameAfterIt() {
        BriefContent spanish = TestFiles.brief("",
                "El Concejo de Villaseca aprobó el jueves el cierre del mercado municipal durante seis meses.",
                "La secretaria de Obras, Laura Méndez, explicó que la licitación se abrirá en enero.",
                "El intendente, Marcelo Quiroga, defendió la decisión ante los puesteros.");
        assertEquals("secretaria de Obras", actor(spanish, "Laura Méndez").orElseThrow().role());
        assertEquals("intendente", actor(spanish, "Marcelo Quiroga").orElseThrow().role());
        BriefContent portuguese = TestFiles.brief("",
                "A câmara de Vale Fundo fechou na segunda-feira o mercado municipal por seis meses.",
                "O presidente da Câmara de Vale Fundo, Artur Meireles, explicou que o concurso abre em janeiro.");
        assertEquals("presidente da Câmara de Vale Fundo", actor(portuguese, "Artur Meireles").orElseThrow().role());
        BriefContent bare = TestFiles.brief("",
                "El Concejo de Villaseca aprobó el jueves el cierre del mercado municipal durante seis meses.",
                "La secretaria Laura Méndez explicó que la licitación se abrirá en enero.");
        assertEquals("secretaria", actor(bare, "Laura Méndez").orElseThrow().role(), "the article is no part of the role");
    }

    @Test
    void aTitleEndingASentenceGivesNoRoleToTheNextSentencesFirstWord() {
        BriefContent brief = TestFiles.brief("",
                "Ana Vell threw against a below average quarterback. Fortunately, Vell will play again on Sunday.",
                "Employee Tom Reyes said he saw the game.");
        assertEquals(List.of("Ana Vell", "Tom Reyes"), names(brief));
        assertEquals("Employee", actor(brief, "Tom Reyes").orElseThrow().role());
    }

    @Test
    void aPersonSpeaksThroughTheVerbAfterTheirOrganisation() {
        assertTrue(listed("Ann Roe", "A sixth death was reported on Monday.",
                "Dr. Ann Roe of the Harlow Department of Health says the risk continues."));
    }

    @Test
    void aVerbOfSpeechBeforeAListIsEveryListedPersonsButAnotherVerbNamesThemInPassing() {
        BriefContent brief = TestFiles.brief("",
                "A bar that sells clean air has opened in the mall.",
                "The brains behind it are said to be Aryn Kale and Mira Dostal.",
                "Its owners danced for judges Len Ode, Bo Tam and Cy Rhee on Monday.");
        assertTrue(names(brief).containsAll(List.of("Aryn Kale", "Mira Dostal")), names(brief).toString());
        assertTrue(actor(brief, "Bo Tam").isEmpty() && actor(brief, "Cy Rhee").isEmpty(), names(brief).toString());
    }

    @Test
    void aStateActsThroughItsOfficeHoldersAndItsWords() {
        BriefContent brief = TestFiles.brief("",
                "The house will become a police station, Norway’s interior minister said on Tuesday.",
                "Norway argued for years that the building should stay empty.");
        assertTrue(actor(brief, "Norway").isPresent());
        BriefContent passing = TestFiles.brief("", "The house will become a police station, Norway’s press reported.",
                "Norway argued for years that the building should stay empty.");
        assertTrue(actor(passing, "Norway").isEmpty(), "speaking once is not enough for a state");
    }

    @Test
    void theWordsBeforeAnOrganisationWordNameItAlone() {
        BriefContent brief = TestFiles.brief("",
                "Corvane Bank ordered thirty jets on Monday.",
                "Corvane said it would expand its fleet.");
        assertEquals(List.of("Corvane Bank"), names(brief));
        assertEquals(2, brief.actors().getFirst().mentions());
    }

    @Test
    void aNameBeforeANounOfPlacesIsAPlace() {
        BriefContent brief = TestFiles.brief("",
                "Cases appeared in Barry, Calhoun and Van Buren counties, health officials said.");
        assertEquals(List.of(), names(brief));
    }

    @Test
    void placesWithAScoreAreTeamsAndSoIsThePlaceThatBeatThem() {
        BriefContent brief = TestFiles.brief("",
                "Ana Vell threw for three touchdowns and Eastern Michigan rolled past Northern Illinois, 45-17, on Tuesday.",
                "Vell said the win was for Eastern Michigan.");
        assertEquals(Actor.ORGANISATION, actor(brief, "Eastern Michigan").orElseThrow().type());
        assertEquals(2, actor(brief, "Eastern Michigan").orElseThrow().mentions());
        assertTrue(actor(brief, "Northern Illinois").isPresent());
        BriefContent travel = TestFiles.brief("", "Ana Vell flew from Northern Illinois to Eastern Michigan on Tuesday.",
                "Vell said the trip took 45 minutes.");
        assertEquals(List.of("Ana Vell"), names(travel), "without a score a place is a place");
    }

    @Test
    void anAdverbOfTimeBetweenACopulaAndItsVerbKeepsTheSubject() {
        BriefContent brief = TestFiles.brief("",
                "Three scripts are in contention, so it is possible Corvane is still deciding on one.",
                "Corvane is also still working on a second film.");
        assertEquals(List.of("Corvane"), names(brief));
        assertFalse(listed("Corvane TV", "Shops opened early on Friday.",
                "I rushed over to find the lowest priced Corvane TV just to try."), "alone after a name, no verb");
    }

    @Test
    void aNameInAppositionToAnObjectIsActedOn() {
        String lede = "Trains on the Brackley line were late again on Monday.";
        assertTrue(listed("Dunmere Lines Group", lede,
                "In May the government stripped the previous operator, Dunmere Lines Group, of the franchise."));
        assertFalse(listed("Dunmere Lines Group", lede,
                "The report named no one at the previous operator, Dunmere Lines Group."), "no verb of action before it");
    }

    @Test
    void aFirstNameThatIsAFunctionWordOfAnotherLanguageOpensANameInEnglish() {
        BriefContent titled = TestFiles.brief("",
                "Interim Harbour Police Chief Ed Morrow told reporters the ferry was searched within minutes.",
                "Morrow said two men were detained.");
        assertEquals("Interim Harbour Police Chief", actor(titled, "Ed Morrow").orElseThrow().role());
        BriefContent opening = TestFiles.brief("", "Ed Lindqvist, the ferry line's owner, said on Monday that fares would rise.",
                "Lindqvist said the fuel bill had doubled.");
        assertEquals(List.of("Ed Lindqvist"), names(opening));
    }

    @Test
    void aMakerBeforeAModelDesignationIsTheActorAndTheModelNoPartOfItsName() {
        BriefContent brief = TestFiles.brief("",
                "Ferry operator Norsund said on Monday it had ordered six Kestrel K40-200 hydrofoils worth $90 million.",
                "The operator already sails two of the Kestrel K30, and Kestrel's chief executive Mara Jensen said the "
                        + "order secured jobs at its yard.");
        assertTrue(actor(brief, "Kestrel").isPresent());
        assertFalse(actor(brief, "Kestrel K40-200").isPresent());
    }

    @Test
    void anAdjectiveThatOpensTheSentenceIsNoPartOfTheNameAfterIt() {
        SegmentedArticle text = SegmentedArticle.of(TestFiles.article("",
                "Velda Foods will buy the Harlow grocery chain for $2 billion, the companies said on Monday.",
                "Rival GR&T said it would not bid. Later GR&T said it had no plans.",
                "Fellow grocer Harrow Mills said it would wait."));
        Cast cast = CastBuilder.build(text, null);
        assertEquals(List.of("Velda Foods", "GR&T", "GR&T", "Harrow Mills"), cast.mentionsBetween(0, text.body().length())
                .stream().map(mention -> cast.name(mention.member())).toList());
    }

    @Test
    void aCapitalParticleBetweenNameWordsOpensTheSurname() {
        SegmentedArticle text = SegmentedArticle.of(TestFiles.article("",
                "Il vicesindaco Marco De Santis ha chiuso la scuola di via Roma.",
                "Ieri anche Giulia Lo Presti ha firmato la richiesta dei genitori."));
        Cast cast = CastBuilder.build(text, null);
        assertEquals(List.of("Marco De Santis", "Giulia Lo Presti"), cast.mentionsBetween(0, text.body().length())
                .stream().map(mention -> cast.name(mention.member())).toList());
    }

    @Test
    void thePlaceThatEndsARolesComplementIsNoPartOfTheNameAfterIt() {
        assertTrue(listed("Ana Ruiz", "El pleno aprobó el presupuesto el lunes.",
                "«No cerraremos la escuela», dijo el alcalde de Villanueva Ana Ruiz."));
        assertTrue(listed("Marco De Santis", "Il fuoco ha raggiunto le prime case nella notte.",
                "«Il vento non ci aiuta», ha spiegato il comandante dei vigili del fuoco di Valdarno Marco De Santis."));
        assertTrue(listed("Ana Ruiz Gómez", "Los vecinos firmaron la carta de Ana Ruiz Gómez el lunes.",
                "Ana Ruiz Gómez la leyó en el pleno."), "a run after no role's complement stays whole");
    }

    @Test
    void aRussianPersonIsTheFirstNameAndSurnameAfterTheNamesThatQualifyThem() {
        assertTrue(listed("Мария Волкова", "Автобус в деревню не ходит с января.",
                "«Мы ждём его каждое утро», — говорит учительница из деревни Нижние Луга Мария Волкова."));
        assertTrue(listed("Олег Иванович Сафин", "Мост через реку закрыли на ремонт.",
                "Глава района Олег Иванович Сафин пообещал открыть его к осени."), "a patronymic stands inside the name");
    }

    @Test
    void anHonorificIsNoPartOfTheNameAndWithTheFirstNameNamesThePersonIntroduced() {
        BriefContent brief = TestFiles.brief("",
                "Doña Remedios Alcaraz vive desde 1990 en la misma casa de la calle Olivos.",
                "El dueño le anunció en enero que la renta subirá en abril.",
                "Mientras tanto, Doña Remedios ya empezó a empacar. «No me voy porque quiera, me están sacando», dice.");
        assertEquals(List.of("Remedios Alcaraz"), names(brief));
        assertEquals(List.of("Remedios Alcaraz: No me voy porque quiera, me están sacando"), TestFiles.attributed(brief));
        BriefContent french = TestFiles.brief("", "Le procès du chantier naval s'est ouvert lundi à Brest.",
                "L'avocate des familles, Me Ana Roche, plaide depuis 2019. « Nous irons jusqu'au bout pour les "
                        + "familles », a déclaré Me Roche.");
        assertEquals(List.of("Ana Roche: Nous irons jusqu'au bout pour les familles"), TestFiles.attributed(french));
        assertTrue(listed("Don Marlow", "Don Marlow opened the ferry office on Monday.",
                "“We will sail again in May,” Don Marlow said."), "in English, Don is a first name");
    }
    @Test
    void theAgencyOfAnItemsDatelineIsNoActor() {
        BriefContent brief = TestFiles.brief("Dockers end strike at Puerto Dunlow",
                "PUERTO DUNLOW, 4 dic (APD).– Los estibadores del muelle sur volvieron al trabajo este jueves, dijo Marta Quiroga.",
                "PUERTO DUNLOW, 4 dic (APD).– La feria de artesanos abrirá el lunes en la costanera, anunció Tomás Riquelme.",
                "PUERTO DUNLOW, 4 dic (APD).– El mercado municipal cerrará el viernes por obras, informó Julia Ferrada.",
                "PUERTO DUNLOW, 4 dic (APD).– El puente de la avenida Costa reabrirá el martes, según la municipalidad.",
                "Prohibida su reproducción sin autorización de APD.");
        assertTrue(actor(brief, "Tomás Riquelme").isPresent());
        assertTrue(actor(brief, "APD").isEmpty(), names(brief).toString());
    }
}
