package dev.briefs.engine.extractive;

import dev.briefs.engine.extractive.TestFiles.QuoteCase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

/**
 * Quotations whose attribution names no subject of their own (stage discourse6): a verb with adverbials only, a
 * pronoun, or no attribution at all take the subject the discourse carries, the subject of the nearest sentence
 * before that agrees with them, within their live page entry; and nobody when that subject is no one the article
 * names. Every name is invented.
 */
class DiscourseSubjectsTest {

    static Stream<QuoteCase> zeroSubjects() {
        return Stream.of(
                new QuoteCase("Spanish: the verb with an adverbial after a sentence framed by its subject", List.of(
                        "El pleno votó la reforma del puerto el jueves.",
                        "Para el concejal Tomás Vidal Ortega, la reforma llega tarde. «Los muelles llevan diez años "
                                + "esperando una decisión», dijo durante la sesión."),
                        List.of("Tomás Vidal Ortega: Los muelles llevan diez años esperando una decisión")),
                new QuoteCase("Italian: the auxiliary and verb with an indirect object", List.of(
                        "Il sindaco Piero Galli ha firmato l'ordinanza.",
                        "La difesa della società, l'avvocata Chiara Monti, annuncia ricorso. «La sentenza non regge "
                                + "in appello», ha dichiarato ai cronisti."),
                        List.of("Chiara Monti: La sentenza non regge in appello")),
                new QuoteCase("Portuguese: the verb and the paper it spoke to", List.of(
                        "A prefeitura fechou a ponte velha na segunda-feira.",
                        "Marta Sousa Reis, engenheira da prefeitura, explicou como as rachaduras surgiram. \"Ninguém tinha medido "
                                + "a estrutura desde 1990\", recordou ao jornal."),
                        List.of("Marta Sousa Reis: Ninguém tinha medido a estrutura desde 1990")),
                new QuoteCase("Portuguese: the verb and the radio it spoke to, a name of two words", List.of(
                        "O fogo obrigou à retirada de moradores de duas aldeias de Sertela.",
                        "O presidente da Câmara, Rui Carvalhal, esteve no local. O autarca pediu calma. «Quem sai de casa "
                                + "ajuda os bombeiros», afirmou em declarações à Rádio Serrana."),
                        List.of("Rui Carvalhal: Quem sai de casa ajuda os bombeiros")),
                new QuoteCase("Portuguese: an article that is a preposition too opens the subject after the verb", List.of(
                        "A barragem de Serra Funda continua fechada desde março.",
                        "\"A obra só reabre com a vistoria concluída\", disse a Cooperativa Vale Verde em nota."),
                        List.of("Cooperativa Vale Verde: A obra só reabre com a vistoria concluída")),
                new QuoteCase("Spanish: the verb and the radio it spoke to, a name of two words", List.of(
                        "El temporal obligó a evacuar dos barrios de Villagrís.",
                        "Para la intendenta Marta Ibarguren, la evacuación fue un acierto. «Nadie vuelve a su casa hasta el "
                                + "lunes», dijo a Radio Cordillera."),
                        List.of("Marta Ibarguren: Nadie vuelve a su casa hasta el lunes")),
                new QuoteCase("Russian: the verb between dashes, then a prepositional phrase", List.of(
                        "Районная администрация закрыла старый мост.",
                        "Инженер Олег Сомов объяснил, откуда взялись трещины. «Мост никто не проверял с 1990 года», — "
                                + "добавил в интервью газете."),
                        List.of("Олег Сомов: Мост никто не проверял с 1990 года")),
                new QuoteCase("Spanish: the last coordinated main clause's subject", List.of(
                        "El dueño del local, la firma Rentas Norte, pidió triplicar el alquiler, y Nora Díaz Vega, "
                                + "de 70 años, dice que no puede pagarlo.",
                        "«Hice las cuentas mil veces», cuenta detrás del mostrador."),
                        List.of("Nora Díaz Vega: Hice las cuentas mil veces")),
                new QuoteCase("Spanish: the verb alone between dashes inside the quotation, after a frame", List.of(
                        "El regulador aprobó el jueves el medicamento.",
                        "Para la presidenta de la Asociación Norte, Marta Ibáñez, la aprobación llega tarde. «Hemos "
                                + "esperado años —lamentó—, pero hoy celebramos»."),
                        List.of("Marta Ibáñez: Hemos esperado años", "Marta Ibáñez: pero hoy celebramos")),
                new QuoteCase("Portuguese: the verb alone opens the sentence that introduces the quotation", List.of(
                        "A prefeitura apresentou na terça-feira o plano para a nova ponte do rio.",
                        "Rui Fagundes mostrou as contas da obra. Completou: «Fizemos mais de oito mil ciclos de "
                                + "teste»."),
                        List.of("Rui Fagundes: Fizemos mais de oito mil ciclos de teste")),
                new QuoteCase("Italian: auxiliary, adverb and verb open the sentence, whom it asked after", List.of(
                        "Il tribunale ha rinviato la sentenza al mese prossimo dopo una lunga udienza.",
                        "Marco Galli ha parlato per due ore. Ha poi chiesto ai giudici: «Non esiste "
                                + "alcuna prova contro il mio cliente»."),
                        List.of("Marco Galli: Non esiste alcuna prova contro il mio cliente")),
                new QuoteCase("German: an opening adverbial before the verb of speech, no comma after it", List.of(
                        "Die Opposition um Anna Weber kritisierte den Plan.",
                        "In der Pressekonferenz sagte Minister Paul Kern, das Land werde die Schule weiter bezahlen. "
                                + "„Das korrigieren wir jetzt“, fügte er hinzu."),
                        List.of("Paul Kern: Das korrigieren wir jetzt")),
                new QuoteCase("English: the last coordinated main clause's subject", List.of(
                        "The landlord, Castle Lettings, tripled the rent in May, and Dora Finch, who has run the shop "
                                + "since 1981, says she cannot pay it.",
                        "“I did the sums a hundred times,” she said."),
                        List.of("Dora Finch: I did the sums a hundred times")));
    }

    static Stream<QuoteCase> frames() {
        return Stream.of(
                new QuoteCase("English: the person a frame sets up, a relative clause after the name", List.of(
                        "The museum board voted on Tuesday to return the collection.",
                        "For Ann Mills, whose family kept the papers, the decision comes late. “We waited forty "
                                + "years,” she said."),
                        List.of("Ann Mills: We waited forty years")),
                new QuoteCase("French: the person a frame sets up, a relative clause after the name", List.of(
                        "Le conseil du musée a voté mardi la restitution.",
                        "Pour Hélène Marchal, dont le grand-père était sculpteur, le moment est personnel. « Ma "
                                + "grand-mère me décrivait ces masques », dit-elle."),
                        List.of("Hélène Marchal: Ma grand-mère me décrivait ces masques")),
                new QuoteCase("German: the person a frame sets up, a relative clause after the name", List.of(
                        "Der Stiftungsrat des Museums hat am Dienstag die Rückgabe beschlossen.",
                        "Für Helga Brandner, deren Großvater Schnitzer war, ist der Moment persönlich. «Meine "
                                + "Großmutter hat mir diese Masken beschrieben», sagt sie."),
                        List.of("Helga Brandner: Meine Großmutter hat mir diese Masken beschrieben")),
                new QuoteCase("English: a person as the main clause's subject goes before the frame's", List.of(
                        "For Ann Mills, whose family kept the papers, Tom Vale has acted too late. “We waited "
                                + "forty years,” he said."),
                        List.of("Tom Vale: We waited forty years")));
    }

    static Stream<QuoteCase> agreement() {
        return Stream.of(
                new QuoteCase("French: the pronoun's gender passes over a subject of the other", List.of(
                        "Mme Claire Dufour a reçu M. Paul Roux à la mairie mardi.",
                        "« Nous avons trouvé un accord sur le port », a-t-il déclaré."),
                        List.of("M. Paul Roux: Nous avons trouvé un accord sur le port")),
                new QuoteCase("German: the pronoun's gender passes over a subject of the other", List.of(
                        "Frau Jana Kolb traf Herrn Paul Weber am Hafen.",
                        "„Wir haben uns auf einen Plan geeinigt“, sagte er."),
                        List.of("Herrn Paul Weber: Wir haben uns auf einen Plan geeinigt")),
                new QuoteCase("Russian: the pronoun's gender and the names' own forms", List.of(
                        "Анна Котова и Олег Сомов вышли к рабочим завода.",
                        "«Мы не закроемся ни через год, ни через два», — сказал он."),
                        List.of("Олег Сомов: Мы не закроемся ни через год, ни через два")));
    }

    static Stream<QuoteCase> taughtGender() {
        return Stream.of(
                new QuoteCase("English: a pronoun that could stand for one person only teaches her gender", List.of(
                        "Vera Lund, 54, has sold bread on Kell Street since 1990. She opened a second shop in May.",
                        "Omar Pike runs the market hall. Vera Lund joined him there in June.",
                        "“The rent doubled in a year,” he said."),
                        List.of("Omar Pike: The rent doubled in a year")),
                new QuoteCase("English: the taught gender lets the other pronoun pass over him", List.of(
                        "Colm Birt coaches the river club. He took over from his father in 2011.",
                        "Ines Marr rows for the club. Colm Birt picked her for the final crew.",
                        "“We trained through the whole winter,” she said."),
                        List.of("Ines Marr: We trained through the whole winter")),
                new QuoteCase("French: a pronoun after the only person named teaches his gender", List.of(
                        "Théo Lasalle dirige la fromagerie depuis 2004. Il a repris l'affaire en 2010.",
                        "Claire Vautrin dirige la boulangerie voisine depuis 2015. Théo Lasalle y livre son beurre chaque matin.",
                        "« Le loyer a doublé en un an », a-t-elle déclaré."),
                        List.of("Claire Vautrin: Le loyer a doublé en un an")),
                new QuoteCase("German: a pronoun after the only person named teaches his gender", List.of(
                        "Lukas Brenner führt die Käserei seit 2004. Er übernahm sie von seinem Onkel.",
                        "Mira Ostwald betreibt die Bäckerei nebenan. Lukas Brenner liefert ihr jeden Morgen Butter.",
                        "„Die Miete hat sich in einem Jahr verdoppelt“, sagte sie."),
                        List.of("Mira Ostwald: Die Miete hat sich in einem Jahr verdoppelt")),
                new QuoteCase("French: the article of the role before a name marks her gender", List.of(
                        "La ministre Claire Roussel a reçu le maire Paul Dumas à la préfecture mardi.",
                        "« Nous avons trouvé un accord sur le port », a-t-il déclaré."),
                        List.of("Paul Dumas: Nous avons trouvé un accord sur le port")),
                new QuoteCase("Italian: the article of the role before a name marks her gender", List.of(
                        "La sindaca Lucia Ferri ha ricevuto il prefetto Marco Neri in municipio.",
                        "«Non avevamo scelta», ha detto lui."),
                        List.of("Marco Neri: Non avevamo scelta")),
                new QuoteCase("English: a pronoun after two people teaches neither, and stays with the subject",
                        List.of("Vera Lund met Omar Pike at the market hall. She said the rent had doubled.",
                                "Omar Pike runs the hall. Vera Lund joined him there in June.",
                                "“The rent doubled in a year,” he said."),
                        List.of("Vera Lund: The rent doubled in a year")));
    }

    static Stream<QuoteCase> unattributed() {
        return Stream.of(
                new QuoteCase("German: reported speech with a pronoun, then the quotation", List.of(
                        "Die Stadt will das Bad im Mai öffnen.",
                        "Für Jana Kolb vom Institut Nordplan ist der Termin zu knapp. Es fehle an Fachleuten, sagt sie. "
                                + "„Ohne Monteure hilft das beste Gerät niemandem.“"),
                        List.of("Jana Kolb: Ohne Monteure hilft das beste Gerät niemandem.")),
                new QuoteCase("English: reported speech naming the speaker, then the quotation", List.of(
                        "The port reopened on Monday.",
                        "Prices would keep falling through the winter, analyst Ruth Okafor said. “We have not seen a "
                                + "drop like this in twenty years.”"),
                        List.of("Ruth Okafor: We have not seen a drop like this in twenty years.")),
                new QuoteCase("English: a pronoun that stands for no one named, and whom it spoke to", List.of(
                        "The bridge over the Tamsin closed at noon on Friday.",
                        "He told the Valley Courier: “We will reopen it when the water falls.”"),
                        List.of(": We will reopen it when the water falls.")));
    }

    static Stream<QuoteCase> liveEntries() {
        return Stream.of(
                new QuoteCase("English: a pronoun in an entry stands for no one in the entry above", List.of(
                        "20:15 - Firefighters reach the mill",
                        "Fire chief Ana Roe said the roof had fallen in.",
                        "19:40 - Bridge closed",
                        "The council closed the bridge to traffic. “We had no choice tonight,” she said.",
                        "19:05 - Smoke over the river",
                        "Residents reported smoke over the river."),
                        List.of(": We had no choice tonight")),
                new QuoteCase("Italian: a verb alone in an entry takes its own entry's subject", List.of(
                        "20:15 - I vigili raggiungono il mulino",
                        "Il comandante Marco Neri ha parlato di danni gravi.",
                        "19:40 - Chiuso il ponte",
                        "La sindaca Lucia Ferri ha chiuso il ponte. «Non avevamo scelta», ha detto ai cronisti.",
                        "19:05 - Fumo sul fiume",
                        "I residenti hanno segnalato fumo sul fiume."),
                        List.of("Lucia Ferri: Non avevamo scelta")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource({"zeroSubjects", "frames", "agreement", "taughtGender", "unattributed", "liveEntries"})
    void theSubjectTheDiscourseCarriesSpeaks(QuoteCase article) {
        assertEquals(article.quotes(), article.attributed());
    }

    @Test
    void oneArticlesDiscourseIsReadOnceAndAnotherTextsAfresh() {
        SegmentedArticle text = SegmentedArticle.of(TestFiles.article("",
                "Ana Roe opened the shop in 1990. “We stayed,” she said.",
                "Her neighbour Tom Vale closed his. “We left,” he said."));
        SegmentedArticle other = SegmentedArticle.of(TestFiles.article("", "Tom Vale closed the shop."));
        Cast cast = CastBuilder.build(text, null);
        DiscourseSubjects discourse = cast.discourse(text);
        Mention she = DiscourseSubjects.resolve(text, cast, text.body().indexOf("she"),
                DiscourseSubjects.Gender.FEMININE);
        Mention he = DiscourseSubjects.resolve(text, cast, text.body().indexOf(" he ") + 1,
                DiscourseSubjects.Gender.MASCULINE);

        assertEquals("Ana Roe", cast.name(she.member()));
        assertEquals("Tom Vale", cast.name(he.member()));
        assertSame(discourse, cast.discourse(text), "the same article's discourse is kept, not read again");
        assertNotSame(discourse, cast.discourse(other), "another text is read afresh");
    }
}
