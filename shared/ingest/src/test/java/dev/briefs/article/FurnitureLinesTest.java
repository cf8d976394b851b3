package dev.briefs.article;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Furniture told by the shape of its line, in the seven languages, with invented lines that share a shape. */
class FurnitureLinesTest {

    private final PlainTextArticleParser text = new PlainTextArticleParser();
    private final MarkdownArticleParser markdown = new MarkdownArticleParser();

    @ParameterizedTest
    @ValueSource(strings = {"Home > News > Appeals", "Inicio / Nacional / Consumo", "Accueil › Société › Transports",
            "Startseite » Politik » Landtag", "Главная / Новости / Общество", "Sport | Football",
            "Home > World News > Middle East", "Notizie · Cronaca · Torino", "Início > Economia",
            "Economía › Economías regionales", "Accueil › Vie locale", "Sport | Handball | 1. Bundesliga",
            "RUGBY | PREMIER CUP ROUND TWO", "HANDBALL | LIGUE DU NORD OUEST", "FUSSBALL | REGIONALLIGA SÜD ZWEITER SPIELTAG"})
    void aTrailOfCapitalisedItemsBetweenSeparatorsIsABreadcrumb(String line) {
        assertTrue(FurnitureLines.isTrail(line));
        assertTrue(BoilerplateFilter.isFurniture(line));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Liveticker | Bahnstreik im Norden", "Brexit | What it means for you", "9.30 A.M. / 7.00 P.M.",
            "2a etapa: 8 de abril – Curitiba / Alternativa", "Live results | 2-1 | Daleby",
            "The vote > the council said it would wait"})
    void aLabelAndAHeadlineOrASentenceIsNoTrail(String line) {
        assertFalse(FurnitureLines.isTrail(line));
    }

    @ParameterizedTest
    @ValueSource(strings = {"SPERRFRIST: 12. März 2026, 10:00 Uhr", "EMBARGOED UNTIL 00:01 GMT THURSDAY 12 MARCH",
            "PRESSEMITTEILUNG", "COMMUNIQUÉ DE PRESSE", "NOTA DE PRENSA", "For immediate release", "Comunicato stampa",
            "Пресс-релиз", "Comunicado de imprensa – 3 de março de 2026"})
    void aReleaseCueAloneOrWithItsDateIsAReleaseLine(String line) {
        assertTrue(FurnitureLines.isRelease(line));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Press release: Acme buys the Daleby plant", "Embargo on steel imports lifted"})
    void aReleaseCueBeforeAHeadlineIsNoReleaseLine(String line) {
        assertFalse(FurnitureLines.isRelease(line));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Publié le 12 mars 2026 à 08h15 Mis à jour le 12 mars 2026 à 11h02",
            "Aktualisiert am 11.03.2026, 18:40 Uhr", "Actualizado: 14/03/2026 09:12", "Обновлено 12 марта 2026, 10:15",
            "Updated 14:02 GMT", "Updated Thursday, November 19, 2026 at 5:32 p.m. ET",
            "Publicado el 12 de marzo de 2026 a las 09:12", "Pubblicato il 3 aprile 2026 alle 18:30",
            "AGGIORNAMENTO ORE 18.40", "MISE À JOUR 18h40", "ACTUALIZACIÓN 18.40", "UPDATE 14:02 GMT",
            "Atualização 18h40", "Aktualisierung 18.40 Uhr", "Обновление 18:40"})
    void aStampCueWithADateIsAPublicationStamp(String line) {
        assertTrue(FurnitureLines.isStamp(line));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Published in 2019, the report found that the plan had failed.",
            "Updated in 2020, the law bans smoking.", "Aktualisiert wurde der Plan zuletzt 2024, sagte die Stadt.",
            "Update 2-Acme shares slump after profit warning", "Mise à jour en 2024, la loi interdit le tabac."})
    void aSentenceThatOpensWithAStampWordIsNoStamp(String line) {
        assertFalse(FurnitureLines.isStamp(line));
    }

    @ParameterizedTest
    @ValueSource(strings = {"12 min read", "34 min", "Lecture 4 min", "Lesezeit: 3 Minuten", "Tempo di lettura: 5 minuti",
            "Время чтения: 4 минуты", "Tiempo de lectura: 6 minutos"})
    void aDurationWithReadingWordsOnlyIsAReadingTime(String line) {
        assertTrue(FurnitureLines.isDuration(line));
    }

    @ParameterizedTest
    @ValueSource(strings = {"90 minutes of chaos", "In 12 minutes the hall was empty."})
    void aDurationInAHeadlineOrASentenceIsNoReadingTime(String line) {
        assertFalse(FurnitureLines.isDuration(line));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Leggi anche: Il sindaco Rota lascia la giunta", "Lire aussi : « Une réforme nécessaire », estime Marc Roy",
            "Lesen Sie auch: Bürgermeister Jonas Albrecht kritisiert den Landkreis", "Read more: Ann Roe quits the board",
            "Ver también: El Gobierno aprueba el plan", "Leia também – Prefeito anuncia obras", "Читайте также: Мэр ушёл в отставку",
            "Related episodes: Ep. 40: The bridge nobody crosses", "Related videos | Ann Roe quits the board",
            "More from Business: Why cheap loans are back, according to banker Ann Roe"})
    void aRelatedCueBeforeAHeadlineIsARelatedLink(String line) {
        assertTrue(FurnitureLines.isRelatedLink(line));
        assertTrue(BoilerplateFilter.isFurniture(line));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Read more about the plan in the council's report, which was published on Monday.",
            "Related charges were dropped on Friday.", "More from the council is expected on Friday."})
    void aSentenceThatOpensWithARelatedWordIsStory(String line) {
        assertFalse(FurnitureLines.isRelatedLink(line));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Listen on Apple Podcasts, Spotify or wherever you get your podcasts.",
            "Escucha en Spotify y en todas las plataformas", "Écoutez sur Deezer ou sur notre site",
            "Ascolta su Spreaker", "Слушайте на всех платформах", "Support our work: become a member.",
            "Unterstützen Sie uns mit einem Abo", "Soutenez-nous : abonnez-vous à la lettre"})
    void aCallToListenElsewhereIsFurniture(String line) {
        assertTrue(FurnitureLines.isCall(line));
    }

    @ParameterizedTest
    @ValueSource(strings = {"This transcript was produced from the broadcast and may contain errors.",
            "An earlier version of this story misstated the plant's output.",
            "Cet article a été mis à jour à 18 h.", "Este artículo fue actualizado el lunes con la versión del club.",
            "Questo articolo è stato aggiornato alle 19.", "Dieser Artikel wurde nachträglich korrigiert.",
            "Esta reportagem foi atualizada às 14h.", "Эта статья была обновлена в 12:00."})
    void aNoticeAboutThePageIsFurniture(String line) {
        assertTrue(FurnitureLines.isNotice(line));
    }

    @ParameterizedTest
    @ValueSource(strings = {"This story began in a garage in Vell, where the brothers edited their first film.",
            "This page of the ledger was never produced in court, \u201cnot once\u201d, updated filings show.",
            "Cet article de loi interdit la pêche au filet.", "Este texto legal obliga a los ayuntamientos a publicar."})
    void aSentenceAboutAStoryOrAnArticleOfLawIsNoNotice(String line) {
        assertFalse(FurnitureLines.isNotice(line));
    }

    @Test
    void aCallInsideAQuotationIsSpeech() {
        assertFalse(FurnitureLines.isCall("Listen to the \u201cpeople of Daleby\u201d, she told the council."));
    }

    @ParameterizedTest
    @ValueSource(strings = {"— Слушайте, это решение приняли без нас.", "Hören Sie, das hat der Rat nie beschlossen.",
            "Síguenos: la cooperativa no cerrará, dijo Gil."})
    void anAnswerThatOpensWithAnImperativeIsNoCall(String line) {
        assertFalse(FurnitureLines.isCall(line));
    }

    @Test
    void theLinesAboveAPlainTextHeadlineAreNoTitleAndStampsNoBody() {
        Article article = text.parse("""
                Inicio / Nacional / Consumo
                NOTA DE PRENSA
                La cooperativa Ribera retira un lote de quesos
                Actualizado: 14/03/2026 09:12
                La cooperativa Ribera ha retirado del mercado un lote de quesos frescos, según informó este martes la agencia.
                """);
        assertEquals("La cooperativa Ribera retira un lote de quesos", article.title());
        assertEquals(List.of("La cooperativa Ribera ha retirado del mercado un lote de quesos frescos, según informó este"
                + " martes la agencia."), article.blocks().stream().map(Block::text).toList());
    }

    @Test
    void anUpdateLineAboveTheHeadlineIsNoTitle() {
        Article article = text.parse("""
                AGGIORNAMENTO ORE 18.40
                Incendio sulle colline, evacuate duecento famiglie
                Il fuoco ha raggiunto le prime case nel pomeriggio e i vigili del fuoco hanno fatto evacuare la frazione.
                """);
        assertEquals("Incendio sulle colline, evacuate duecento famiglie", article.title());
        assertEquals(1, article.blocks().size());
    }

    @Test
    void aRubricOverTheHeadlineIsNoTitle() {
        Article german = text.parse("""
                POLITIK
                Stadtrat beschließt neuen Haushalt für Kelbach
                Der Stadtrat von Kelbach hat am Dienstag den Haushalt für das kommende Jahr beschlossen, teilte die Stadt mit.
                """);
        assertEquals("Stadtrat beschließt neuen Haushalt für Kelbach", german.title());
        Article english = text.parse("""
                Ferry fares rise
                The ferry operator raised its fares on Monday, the second rise this year, and said more would follow.
                """);
        assertEquals("Ferry fares rise", english.title(), "a short headline over prose is the headline");
    }

    @Test
    void theLinesAboveAMarkdownHeadingAreNoTitle() {
        Article article = markdown.parse("""
                Accueil › Société › Transports

                COMMUNIQUÉ DE PRESSE

                # Les trains régionaux reprennent lundi

                Publié le 12 mars 2026 à 08h15 Mis à jour le 12 mars 2026 à 11h02

                Lecture 4 min

                Le trafic reprendra normalement lundi après trois jours de grève, a annoncé la direction régionale.
                """);
        assertEquals("Les trains régionaux reprennent lundi", article.title());
        assertEquals(List.of("Le trafic reprendra normalement lundi après trois jours de grève, a annoncé la direction"
                + " régionale."), article.blocks().stream().map(Block::text).toList());
    }

    @Test
    void aBoxOfRelatedHeadlinesInsideTheStoryLeavesIt() {
        // Paragraphs of some length, as a story's are, so that the box is not taken for the page's trailing links.
        String before = ("Die Stadtwerke Kelbach senken zum 1. April den Strompreis für Haushalte um acht Prozent, und"
                + " ein Haushalt mit drei Personen spart damit im Jahr rund neunzig Euro. ").repeat(3).strip();
        String after = ("Der Stadtrat soll im Mai über den neuen Tarif für Gewerbekunden beraten, sagte eine Sprecherin,"
                + " und die Betriebe hoffen auf eine ähnliche Senkung im Sommer. ").repeat(3).strip();
        Article article = text.parse("Kelbach senkt den Strompreis\n" + before + "\nLesen Sie auch\n"
                + "Bürgermeister Albrecht kritisiert den Landkreis\nNeue Buslinie für Oberkelbach\n" + after + "\n"
                + after + "\n");
        assertEquals(List.of(before, after, after), article.blocks().stream().map(Block::text).toList());
    }

    @Test
    void aBoxOfOneLinkBeforeTheStorysLastParagraphLeavesTheParagraph() {
        String lede = "Il consiglio comunale di Valdera ha approvato ieri il nuovo piano per il traffico del centro storico.";
        String last = "Tornando al piano, la prima fase partirà a giugno e riguarderà le strade intorno alla stazione, mentre"
                + " la seconda fase, più discussa, sarà votata dal consiglio solo dopo l'estate e dopo un incontro con i"
                + " commercianti.";
        Article article = text.parse("Valdera, via libera al piano del traffico\n" + lede
                + "\nLeggi anche\nIl sindaco Rota lascia la giunta: chi prenderà il suo posto in consiglio comunale?\n"
                + last + "\n");
        assertEquals(List.of(lede, last), article.blocks().stream().map(Block::text).toList());
    }

    @ParameterizedTest
    @ValueSource(strings = {"12 | O CORREIO DA VILA LOCAL", "A4 THE DALEBY COURIER Tuesday, March 3, 2026",
            "SEITE 7 · LOKALES", "— 14 — LE PETIT RIVERAIN", "Page 3 of 8", "LA GAZZETTA DI VALLE | 21",
            "14 | O CORREIO DA VILA LOCAL Quinta-feira, 3 de dezembro de 2026", "Стр. 5", "PÁGINA 9 · SOCIEDAD"})
    void aPageLabelBesideATitleInCapitalsIsARunningHead(String line) {
        assertTrue(FurnitureLines.isPageHead(line));
        assertTrue(BoilerplateFilter.isFurniture(line));
    }

    @ParameterizedTest
    @ValueSource(strings = {"12 HURT AS BUS OVERTURNS", "2026: THE YEAR AHEAD", "12", "A4 paper prices rose by 12 percent.",
            "1 — THE PLAN", "Page 3 girls are history, the editor said.", "B52 BOMBERS RETURN", "G7 LEADERS MEET IN ROME"})
    void aCountBeforeAHeadlineOrASentenceIsNoRunningHead(String line) {
        assertFalse(FurnitureLines.isPageHead(line));
    }

    @Test
    void aRunningHeadAtAPageBreakIsNeitherTitleNorBody() {
        Article article = text.parse("12 | O CORREIO DA VILA LOCAL          Quinta-feira, 3 de dezembro de 2026\n\n"
                + "Feira do livro volta ao largo\n\n"
                + "A feira do livro regressa ao largo da igreja em maio, anunciou ontem a junta de freguesia.\n\n"
                + "\f13 | O CORREIO DA VILA LOCAL          Quinta-feira, 3 de dezembro de 2026\n\n"
                + "A junta prevê quarenta bancas e um programa de leituras para as escolas do concelho.\n");
        assertEquals("Feira do livro volta ao largo", article.title());
        assertEquals(List.of("A feira do livro regressa ao largo da igreja em maio, anunciou ontem a junta de freguesia.",
                "A junta prevê quarenta bancas e um programa de leituras para as escolas do concelho."),
                article.blocks().stream().map(Block::text).toList());
    }

    @Test
    void aRunningHeadInsideAParagraphAtAPageBreakLeavesTheParagraphWhole() {
        Article article = text.parse("""
                Feira do livro volta ao largo

                A feira do livro regressa ao largo da igreja em maio, anunciou ontem a junta de
                freguesia, que prevê quarenta bancas e um programa de leituras para as escolas
                do concelho e para os
                \f13 | O CORREIO DA VILA LOCAL          Quinta-feira, 3 de dezembro de 2026
                leitores mais novos, disse o presidente da junta, que quer repetir a festa no
                verão e levar a feira a outras freguesias do concelho no próximo ano.
                """);
        assertEquals(List.of("A feira do livro regressa ao largo da igreja em maio, anunciou ontem a junta de freguesia,"
                + " que prevê quarenta bancas e um programa de leituras para as escolas do concelho e para os leitores"
                + " mais novos, disse o presidente da junta, que quer repetir a festa no verão e levar a feira a outras"
                + " freguesias do concelho no próximo ano."), article.blocks().stream().map(Block::text).toList());
    }
    @ParameterizedTest
    @ValueSource(strings = {"SOCIÉTÉ | Vie d'ici", "Cronaca | Corte d'appello", "Accueil › Régions › Chambre d'agriculture"})
    void aSectionWithAnElidedParticleIsATrailItem(String line) {
        assertTrue(FurnitureLines.isTrail(line));
    }

    @Test
    void aTrailOfSectionsInSentenceCaseOverTheHeadlineIsNoTitle() {
        Article article = text.parse("""
                Tarvin Rovers | Club news | Match day reports
                Rovers edge Dunmore to reach the county final
                Tarvin Rovers beat Dunmore 2-1 on Saturday and will play the county final next month, the club said.
                """);
        assertEquals("Rovers edge Dunmore to reach the county final", article.title());
        assertFalse(FurnitureLines.isTrail("Tarvin Rovers | Club news | Match day reports"), "alone it may label a headline");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ANV | Agence Nordique de Vérification", "Agenzia Stampa Meridionale – ASM",
            "DPN · Deutscher Pressedienst Nord", "ANP | Agência Noticiosa do Planalto"})
    void anAgencysInitialsBesideTheNameTheySpellAreItsMasthead(String line) {
        assertTrue(BoilerplateFilter.isFurniture(line));
    }

    @ParameterizedTest
    @ValueSource(strings = {"EU | Brussels Talks Stall", "UEFA | Final moved to Lisbon", "Agenzia Stampa Meridionale"})
    void initialsThatDoNotSpellTheNameAreNoMasthead(String line) {
        assertFalse(BoilerplateFilter.isFurniture(line));
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "Official website of Dunmore County Council;Council opens winter shelter in the old library;"
                    + "The council opened a winter shelter in the old library on Monday, the mayor said.",
            "Sito ufficiale del Comune di Valbruna;Nevicata, chiuse le scuole della valle;"
                    + "Il sindaco ha chiuso le scuole della valle per la nevicata di questa notte, ha detto il Comune.",
            "Официальный сайт администрации Озерного района;Паводок отрезал от района три села;"
                    + "Вода поднялась ночью, и три села остались без дороги, сообщили в администрации района."})
    void aSitesMastheadOverTheHeadlineIsNoTitle(String masthead, String headline, String body) {
        Article article = text.parse(masthead + "\n" + headline + "\n" + body + "\n");
        assertEquals(headline, article.title());
    }

    @Test
    void aHeadlineThatOpensOnAMastheadCueOverProseIsTheHeadline() {
        Article article = text.parse("""
                Official website of the council hacked
                The council's website was taken offline on Monday after an attack, and it will stay closed this week.
                """);
        assertEquals("Official website of the council hacked", article.title());
    }
}
