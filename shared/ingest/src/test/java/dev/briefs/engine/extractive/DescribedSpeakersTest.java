package dev.briefs.engine.extractive;

import dev.briefs.article.Article;
import dev.briefs.brief.BriefContent;
import dev.briefs.verify.BriefVerifier;
import dev.briefs.engine.extractive.TestFiles.QuoteCase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Speakers the attribution describes rather than names, or names inside the marks or after a preposition of view
 * (stages speakers4 and speakers5): "the judge said" is the one person the article gives that role, title or age, in every language,
 * and nobody when none or several are; «…, a déclaré Ana Roche. …» and "Para Ana Ruiz, «…»" are theirs. Every name is
 * invented.
 */
class DescribedSpeakersTest {

    static Stream<QuoteCase> descriptions() {
        return Stream.of(
                new QuoteCase("a title before the name, others named between", List.of(
                        "Judge Ana Roe dismissed the case against the ferry company on Tuesday.",
                        "The company's lawyer, Ian Tolley, thanked the jury. Its owner, Rhea Dunn, stayed at home.",
                        "“The evidence does not support the charge,” the judge told him as the court rose."),
                        List.of("Ana Roe: The evidence does not support the charge")),
                new QuoteCase("a role of two words stands for the office's holder named before (it)", List.of(
                        "Il sindaco Piero Malvezzi ha firmato l'ordinanza sul traffico in centro.",
                        "Le proteste dei commercianti non lo hanno fermato.",
                        "«La piazza torna ai pedoni», ha detto il primo cittadino."),
                        List.of("Piero Malvezzi: La piazza torna ai pedoni")),
                new QuoteCase("a role of two words stands for the office's holder named before (fr)", List.of(
                        "Le maire Odile Sarrazin a signé lundi l'arrêté sur la circulation dans le centre.",
                        "Les commerçants ont protesté devant la mairie.",
                        "« Nous tenons parole », a ajouté le premier magistrat."),
                        List.of("Odile Sarrazin: Nous tenons parole")),
                new QuoteCase("another noun of the same office stands for its holder (es: coach, lawyer)", List.of(
                        "El entrenador del Villaverde, Ramiro Sáez, dirigió su último entrenamiento.",
                        "La abogada de la familia, Nuria Cabrales, recurrirá la sentencia.",
                        "«Nos vamos con la cabeza alta», aseguró el técnico. «El recurso ya está escrito», "
                                + "remarcó la letrada."),
                        List.of("Ramiro Sáez: Nos vamos con la cabeza alta", "Nuria Cabrales: El recurso ya está escrito")),
                new QuoteCase("another noun of the same office stands for its holder (it: coach)", List.of(
                        "L'allenatore della Pro Roccanera, Mauro Lenzi, ha lasciato lo stadio senza parlare con i tifosi.",
                        "«Abbiamo sbagliato tutto nel secondo tempo», ha detto il tecnico alla radio locale."),
                        List.of("Mauro Lenzi: Abbiamo sbagliato tutto nel secondo tempo")),
                new QuoteCase("another noun of the same office stands for its holder (pt: coach)", List.of(
                        "O treinador do Vilarense, Rui Tavares, deixou o estádio sem falar aos adeptos.",
                        "“Falhámos tudo na segunda parte”, disse o técnico à rádio local."),
                        List.of("Rui Tavares: Falhámos tudo na segunda parte")),
                new QuoteCase("French: a noun no role list holds names a kind of person by its ending and stands for "
                        + "the one the discourse is about", List.of(
                        "La compagnie ferroviaire a publié lundi sa nouvelle grille horaire pour la ligne de Vireux.",
                        "Sur le quai de Vireux, Odile Marchal attend le train de 6h52 depuis douze ans. « Six minutes, "
                                + "c'est sur le papier », raconte la navetteuse."),
                        List.of("Odile Marchal: Six minutes, c'est sur le papier")),
                new QuoteCase("Spanish: a demonym after a definite article stands for the one the sentence before is "
                        + "about", List.of(
                        "La federación suspendió el martes por dos años al delantero Mateo Irigoyen.",
                        "Irigoyen, de 27 años, habló por la tarde en sus redes. «Nunca tomé nada para rendir más», "
                                + "escribió el santafesino."),
                        List.of("Mateo Irigoyen: Nunca tomé nada para rendir más")),
                new QuoteCase("Italian: such a noun, after an adjective, stands for the one the sentence before is "
                        + "about", List.of(
                        "Il Comune ha chiuso lunedì il mercato, dove lavora la commerciante Giulia Rotondi.",
                        "Rotondi, 29 anni, apre comunque il banco. «Qui non passa più nessuno», racconta la giovane "
                                + "negoziante."),
                        List.of("Giulia Rotondi: Qui non passa più nessuno")),
                new QuoteCase("Italian: such a noun with an adjective after it, as Romance sets one, stands for the one "
                        + "the discourse is about", List.of(
                        "La corsa di Valdoria è stata vinta domenica da un corridore di ventidue anni.",
                        "Per Michele Tarantola, 22 anni, era la prima vittoria in carriera. «Ho pensato solo all'ultima "
                                + "salita», ha raccontato il ciclista toscano."),
                        List.of("Michele Tarantola: Ho pensato solo all'ultima salita")),
                new QuoteCase("Spanish: such a noun with an adjective after it stands for the one the discourse is about",
                        List.of("La vuelta de Montejaral terminó el domingo con una sorpresa en la última etapa.",
                                "Para Iker Basaldua, de 23 años, fue su primera victoria. «Pensé solo en la última "
                                        + "subida», contó el ciclista asturiano."),
                        List.of("Iker Basaldua: Pensé solo en la última subida")),
                new QuoteCase("Portuguese: such a noun stands for the one the discourse is about, an agency after it",
                        List.of("A câmara fechou na segunda-feira o mercado de Vila Nova, segundo a autarquia.",
                                "No largo de Rio Seco, Duarte Lemos arruma as caixas de fruta na banca. «Ninguém nos "
                                        + "avisou», disse o vendedor à Lusa."),
                        List.of("Duarte Lemos: Ninguém nos avisou")),
                new QuoteCase("English: a noun of a person with a name or number among its modifiers stands for the "
                        + "one introduced with an age", List.of(
                        "The county council voted on Tuesday to end the school bus route to Harrow Vale Academy.",
                        "Outside the gates, Ellie Vance, 15, waits for the last bus of the day. “I will have to walk two "
                                + "miles each way,” said the Year 11 pupil.",
                        "In Kota, Arjun Mehta, 17, studies ten hours a day. “We have no idea what to plan for,” the Class "
                                + "12 student told Reuters."),
                        List.of("Ellie Vance: I will have to walk two miles each way",
                                "Arjun Mehta: We have no idea what to plan for")),
                new QuoteCase("Spanish: an agent noun in -tora stands for the one introduced with an age, short "
                        + "quotations too", List.of(
                        "La tormenta del lunes destruyó la cosecha de uva en Monte Claro, según el gobierno provincial.",
                        "Irene Salas, de 52 años, recorre sus tres hectáreas levantando racimos del suelo. \"No queda "
                                + "nada\", dice la productora. \"Teníamos todo vendido\"."),
                        List.of("Irene Salas: No queda nada", "Irene Salas: Teníamos todo vendido")),
                new QuoteCase("Spanish: 'el sector', whose ending is an agent noun's, names an industry, not the one "
                        + "introduced with an age", List.of(
                        "El Gobierno subió el lunes el impuesto a los carburantes, según el Boletín Oficial.",
                        "En su gasolinera de Monte Claro, Ramón Vidal, de 61 años, cambia los precios del surtidor. "
                                + "«Se perderán miles de empleos en toda la provincia», advierte el sector."),
                        List.of("el sector: Se perderán miles de empleos en toda la provincia")),
                new QuoteCase("Portuguese: an agent noun in -tora stands for the one introduced with an age, an agency "
                        + "after it", List.of(
                        "A seca obrigou centenas de agricultores a vender parte do gado, segundo a confederação.",
                        "Na herdade da família, Joana Brito, 44 anos, conta as ovelhas que lhe restam. \"Vendemos metade "
                                + "do rebanho\", contou a produtora à agência Lusa."),
                        List.of("Joana Brito: Vendemos metade do rebanho")),
                new QuoteCase("nouns of ordinary people stand for the one introduced with an age (fr)", List.of(
                        "La dernière boulangerie de Saint-Véran fermera à la fin du mois, a annoncé la mairie.",
                        "Sur la place, Marcel Dufay, 70 ans, attend son pain. « Ici, tout le monde se connaît », raconte "
                                + "le retraité."),
                        List.of("Marcel Dufay: Ici, tout le monde se connaît")),
                new QuoteCase("nouns of ordinary people stand for the one introduced with an age (it)", List.of(
                        "L'azienda sanitaria ha chiuso lunedì il reparto di ostetricia dell'ospedale di Valbruna.",
                        "Davanti all'ingresso, Chiara Sechi, 31 anni, aspetta il suo primo figlio. «Dovrò fare cento "
                                + "chilometri per partorire», racconta la futura mamma."),
                        List.of("Chiara Sechi: Dovrò fare cento chilometri per partorire")),
                new QuoteCase("nouns of ordinary people stand for the one introduced with an age (de)", List.of(
                        "Der Gasthof Zur Linde in Oberbach schließt Ende März, teilte die Gemeinde am Montag mit.",
                        "Anna Kessler (54) steht hinter dem Tresen, an dem schon ihre Großmutter gezapft hat. „Ohne "
                                + "Personal geht es nicht mehr\u201c, sagte die Wirtin."),
                        List.of("Anna Kessler: Ohne Personal geht es nicht mehr")),
                new QuoteCase("Spanish: such a noun after two people named in one sentence stands for neither", List.of(
                        "Las obras del tranvía cortan desde marzo la calle Mayor, según el ayuntamiento.",
                        "Lucía Ferrer abre la persiana mientras Marta Gil cuenta la caja. «No vendimos nada en todo "
                                + "el mes», dice la comerciante."),
                        List.of(": No vendimos nada en todo el mes")),
                new QuoteCase("a description set off before the name", List.of(
                        "The defendant, Tom Bakely, had denied every count.",
                        "Witnesses for the harbour board spoke on the second day.",
                        "“I never left the helm that night,” the defendant told the court."),
                        List.of("Tom Bakely: I never left the helm that night")),
                new QuoteCase("an apposition after the name, and the club it names is not the speaker", List.of(
                        "Oren Vale, the coach of Riverton FC, watched from the stand.",
                        "“This was never about football,” said the coach of Riverton FC."),
                        List.of("Oren Vale: This was never about football")),
                new QuoteCase("a role with its complement stands for the one person the sentence before is about",
                        List.of("El Arenal ganó el domingo en casa del Mirasierra.",
                                "En el otro banquillo, Tomás Olaso se quejaba del árbitro. «Hemos merecido más. El "
                                        + "fútbol es así», dijo el entrenador del Mirasierra."),
                        List.of("Tomás Olaso: Hemos merecido más. El fútbol es así")),
                new QuoteCase("a role with its complement that stands for no one named is no speaker", List.of(
                        "El Arenal ganó el domingo en casa del Mirasierra.",
                        "«Hemos merecido ganar este partido en casa», dijo el entrenador del Mirasierra."),
                        List.of(": Hemos merecido ganar este partido en casa")),
                new QuoteCase("Russian: a role noun with its complement, the periphrasis for the office named before",
                        List.of("Губернатор Пётр Ларин посетил областную больницу в среду.",
                                "Ларин поговорил с врачами. «Очереди недопустимы. Мы это исправим», — заявил глава "
                                        + "региона."),
                        List.of("Пётр Ларин: Очереди недопустимы. Мы это исправим")),
                new QuoteCase("French: a role nobody is given, the sentence before names nobody, stands for the "
                        + "subject the discourse carries from the paragraph before", List.of(
                        "« Les résultats sont nets », explique Claire Fontaine. Selon elle, les jardins ont doublé.",
                        "L'effet était plus fort au printemps. « Nous ne l'attendions pas à ce point », reconnaît la "
                                + "chercheuse."),
                        List.of("Claire Fontaine: Les résultats sont nets",
                                "Claire Fontaine: Nous ne l'attendions pas à ce point")),
                new QuoteCase("French: the same, and another person named since makes it nobody's", List.of(
                        "« Les résultats sont nets », explique Claire Fontaine, qui a guidé Paul Marin au jardin.",
                        "L'effet était plus fort au printemps. « Nous ne l'attendions pas à ce point », reconnaît le "
                                + "chercheur."),
                        List.of("Claire Fontaine: Les résultats sont nets", ": Nous ne l'attendions pas à ce point")),
                new QuoteCase("a description after a quotation of several sentences looks before the quotation",
                        List.of("Tom Keller revealed the news in a video earlier in the show.",
                                "“We lost the farm. We will build again,” said the farmer."),
                        List.of("Tom Keller: We lost the farm. We will build again")),
                new QuoteCase("an age given in an apposition", List.of(
                        "Martha Quist, 61, runs the ferry crossing with her son.",
                        "The council wants to close it. Its leader, Dev Marr, says it loses money.",
                        "“We will keep sailing every morning,” the 61-year-old said."),
                        List.of("Martha Quist: We will keep sailing every morning")),
                new QuoteCase("an age the article gives nobody varies the name of whom it is about", List.of(
                        "The council's plan for the ferry crossing was published on Monday.",
                        "Harbour master Lena Brock walked the pier with the inspectors.",
                        "“We will keep sailing every morning,” the 58-year-old said."),
                        List.of("Lena Brock: We will keep sailing every morning")),
                new QuoteCase("German: an age the article gives nobody, the quotation after it unattributed", List.of(
                        "Der Verbund erhöht die Preise im Dezember.",
                        "Verbundsdirektorin Carla Roth stellte die neuen Tarife vor. Ohne die Erhöhung müsste der Verbund "
                                + "Linien streichen, erklärt die 44-Jährige. „Das wollen wir den Fahrgästen nicht zumuten.“"),
                        List.of("Carla Roth: Das wollen wir den Fahrgästen nicht zumuten.")),
                new QuoteCase("a list's last item is described after its coordinator, not with the items before", List.of(
                        "Her mother, Lena Ritter, sued the county, Sheriff Dale Orman and the jail's former doctor, "
                                + "Mara Quill, later that year.",
                        "“We changed how the medical unit runs,” the sheriff said."),
                        List.of("Dale Orman: We changed how the medical unit runs")),
                new QuoteCase("French: a list's last item is described after its coordinator", List.of(
                        "Sa mère, Lena Ritter, a poursuivi le département, le maire Rui Soto et l'ancienne médecin de "
                                + "la prison, Mara Quill, la même année.",
                        "« Nous avons changé le fonctionnement de l'infirmerie », a déclaré le maire."),
                        List.of("Rui Soto: Nous avons changé le fonctionnement de l'infirmerie")),
                new QuoteCase("a role given in the name's predicate", List.of(
                        "Piet Lander is the only ferryman left on the river.",
                        "The council wants the crossing closed. Its leader, Dev Marr, says it loses money.",
                        "“The water is higher than it has ever been,” the ferryman says."),
                        List.of("Piet Lander: The water is higher than it has ever been")),
                new QuoteCase("Portuguese: a title with its complement before the name, and its article spelt as a preposition",
                        List.of("A junta de Serra Alta fechou a piscina municipal para obras até ao verão.",
                                "Para a diretora da escola Joana Brito, que votou contra o fecho, a decisão foi precipitada.",
                                "A piscina recebia 400 utentes por semana, segundo a junta.",
                                "“Ninguém perguntou aos utentes o que queriam”, contou a diretora."),
                        List.of("Joana Brito: Ninguém perguntou aos utentes o que queriam")),
                new QuoteCase("Russian: a surname declined after po slovam", List.of(
                        "Марина Роева, глава сельсовета, приехала на переправу.",
                        "По словам Роевой, «решение примут в марте»."),
                        List.of("Марина Роева: решение примут в марте")),
                new QuoteCase("German: a compound title with a modifier after the verb stands for its holder",
                        List.of("Projektleiter Tobias Brandl musste am Dienstag vor dem Ausschuss aussagen.",
                                "Gemeinderätin Ulla Frey fragte nach den Rechnungen. „Das müssen Sie die "
                                        + "Geschäftsführung fragen“, antwortete der frühere Projektleiter."),
                        List.of("Tobias Brandl: Das müssen Sie die Geschäftsführung fragen")),
                new QuoteCase("German: a compound title as the subject of the sentence before a quotation", List.of(
                        "Der Konzern Veltrona streicht Stellen.",
                        "„Das Jahr war schwach“, sagte Konzernchef Lars Ekholm. Betriebsrätin Mia Sundqvist "
                                + "kritisierte den Abbau. Der Konzernchef kündigte an, 200 Stellen abzubauen. „Wir "
                                + "werden kleiner, aber nicht schwächer.“"),
                        List.of("Lars Ekholm: Das Jahr war schwach",
                                "Lars Ekholm: Wir werden kleiner, aber nicht schwächer.")),
                new QuoteCase("German: the role noun after the verb", List.of(
                        "Der Angeklagte Martin Keller hatte alle Vorwürfe bestritten.",
                        "Die Staatsanwältin Anna Roth forderte drei Jahre Haft.",
                        "„Ich habe nichts Unrechtes getan“, sagte der Angeklagte."),
                        List.of("Martin Keller: Ich habe nichts Unrechtes getan")),
                new QuoteCase("Italian: the role noun after an elided article", List.of(
                        "L'allenatore Marco Bianchi ha guidato la squadra per dieci anni.",
                        "«È una giornata triste per tutti», ha detto l'allenatore."),
                        List.of("Marco Bianchi: È una giornata triste per tutti")),
                new QuoteCase("Spanish: the role noun after the verb", List.of(
                        "El delantero del club, Pedro Gómez, entrenaba allí cada mañana.",
                        "«Aquí aprendí a nadar de niño», contó el delantero."),
                        List.of("Pedro Gómez: Aquí aprendí a nadar de niño")),
                new QuoteCase("Russian: a bare role noun between dashes", List.of(
                        "Паромщик Иван Петров работал на реке тридцать лет.",
                        "«Вода никогда не была такой высокой, — говорит паромщик. — Я не помню такого года»."),
                        List.of("Иван Петров: Вода никогда не была такой высокой", "Иван Петров: Я не помню такого года")),
                new QuoteCase("Russian: a dialogue line with a dash inside its words, its role noun after the verb",
                        List.of("Депутат Олег Ларин давно предлагал построить новый мост.",
                                "— Деньги нашли на площадь, а на мост — нет, — сказал депутат."),
                        List.of("Олег Ларин: Деньги нашли на площадь, а на мост — нет")),
                new QuoteCase("French: the role noun after the auxiliary and verb", List.of(
                        "Le juge Paul Marin a lu la décision devant une salle comble.",
                        "« Les faits sont établis et graves », a déclaré le juge."),
                        List.of("Paul Marin: Les faits sont établis et graves")),
                new QuoteCase("Spanish: an official's role noun, another official named between", List.of(
                        "El funcionario Pedro Gómez revisó los expedientes durante meses.",
                        "La alcaldesa Ana Ruiz no quiso comentar.",
                        "«Nadie nos avisó del problema», afirmó el funcionario."),
                        List.of("Pedro Gómez: Nadie nos avisó del problema")),
                new QuoteCase("Russian: a feminine official's role noun", List.of(
                        "Чиновница Анна Петрова отвечала за программу. Глава района Иван Сидоров отказался от "
                                + "комментариев.",
                        "«Денег в бюджете на эту программу больше нет», — подчеркнула чиновница."),
                        List.of("Анна Петрова: Денег в бюджете на эту программу больше нет")),
                new QuoteCase("Italian: a profession's noun", List.of(
                        "Il geologo Paolo Neri studia la frana da anni.",
                        "«Il versante si muove ancora», ha spiegato il geologo."),
                        List.of("Paolo Neri: Il versante si muove ancora")),
                new QuoteCase("German: an age as a noun, the age given in brackets", List.of(
                        "Klaus Weber (63) wohnt seit vierzig Jahren am Fluss. Seine Nachbarin Anna Roth zog erst im "
                                + "Mai zu.",
                        "„So hoch stand das Wasser noch nie“, sagte der 63-Jährige."),
                        List.of("Klaus Weber: So hoch stand das Wasser noch nie")),
                new QuoteCase("German: an age as a noun after a description in apposition that reads as a name", List.of(
                        "Die Weberei Lindner aus Talheim hat Insolvenz angemeldet.",
                        "Geschäftsführerin Cornelia Ebersbach, Urenkelin des Firmengründers, kämpfte mit den Tränen. "
                                + "„Ich habe mir das nie vorstellen können“, sagte die 54-Jährige."),
                        List.of("Cornelia Ebersbach: Ich habe mir das nie vorstellen können")),
                new QuoteCase("Portuguese: segundo o autarca, for the president of the chamber named before", List.of(
                        "Um ciclista morreu no domingo atropelado numa estrada municipal de Vale Fundo.",
                        "O presidente da Câmara de Vale Fundo, Joaquim Tavares, lembrou que os moradores pedem há "
                                + "anos iluminação naquele troço. Segundo o autarca, a obra estava prevista para 2026. "
                                + "\"Vamos antecipá-la. Não podemos esperar por outro domingo assim\", garantiu."),
                        List.of("Joaquim Tavares: Vamos antecipá-la. Não podemos esperar por outro domingo assim")),
                new QuoteCase("Russian: an age as a noun, the age given in an apposition", List.of(
                        "Анна Петрова, 65 лет, живёт у реки. Её сосед Иван Сидоров переехал в мае.",
                        "«Такой воды здесь не было никогда», — говорит 65-летняя."),
                        List.of("Анна Петрова: Такой воды здесь не было никогда")),
                new QuoteCase("Spanish: a description before the name after the quote, a title between", List.of(
                        "El Parlamento Europeo aprobó el martes la nueva ley.",
                        "«Es un paso histórico para los consumidores», afirmó la ponente del texto, la eurodiputada "
                                + "Ana María Ruiz."),
                        List.of("Ana María Ruiz: Es un paso histórico para los consumidores")),
                new QuoteCase("Spanish: a feature's present-tense telling verb without a subject", List.of(
                        "Ana Ruiz trabaja en la fábrica Textiles Norte desde 1990.",
                        "«Aquí todo ha cambiado en los últimos veinte años», cuenta."),
                        List.of("Ana Ruiz: Aquí todo ha cambiado en los últimos veinte años")),
                new QuoteCase("German: a feature's telling verb with a pronoun", List.of(
                        "Anna Roth arbeitet seit 1990 bei Siemens.",
                        "„Hier hat sich alles verändert“, erzählt sie."),
                        List.of("Anna Roth: Hier hat sich alles verändert")));
    }

    static Stream<QuoteCase> unresolved() {
        return Stream.of(
                new QuoteCase("two people hold the role", List.of(
                        "Judge Ana Roe and Judge Tomas Brandt heard the appeal together.",
                        "“The appeal is dismissed in full,” the judge said."),
                        List.of(": The appeal is dismissed in full")),
                new QuoteCase("a company is not the ministry named after it", List.of(
                        "Harlow Air cancelled forty flights. The Ministry of Transport said it would publish the figures.",
                        "Contacted by reporters, the company said: “Storms grounded our fleet for three days.”"),
                        List.of("the company: Storms grounded our fleet for three days.")),
                new QuoteCase("a description the story keeps for someone unnamed is not the person named last", List.of(
                        "The patient was given steroids and recovered within a month, Dr Owen Marsh said.",
                        "“It does not affect me at all now,” the patient wrote in the case study."),
                        List.of(": It does not affect me at all now")),
                new QuoteCase("German: the subject carried from before is a lawyer, and a defendant is no lawyer",
                        List.of("Die Verteidigung plädierte auf Freispruch. „Es gibt keinen einzigen Zeugen für diese "
                                        + "Nacht“, sagte Rechtsanwalt Jonas Brede.",
                                "Die Ermittler hätten andere Spuren vernachlässigt. „Ich habe nie etwas angezündet, "
                                        + "das schwöre ich“, sagte der Angeklagte."),
                        List.of("Jonas Brede: Es gibt keinen einzigen Zeugen für diese Nacht",
                                ": Ich habe nie etwas angezündet, das schwöre ich")),
                new QuoteCase("Spanish: a role noun written before for someone named before it leaves no one unnamed, "
                        + "and an adjective after it is part of the description", List.of(
                        "Lucía Prado abrió el marcador de penalti, y la propia delantera falló otro poco después.",
                        "Nerea Olmo empató al final del partido. «Nunca había marcado un gol así en casa», contó la "
                                + "delantera gallega."),
                        List.of("Nerea Olmo: Nunca había marcado un gol así en casa")),
                new QuoteCase("Italian: a plural pronoun after the verb is never the one person named before", List.of(
                        "Il comune ha chiuso la scuola elementare lunedì mattina senza preavviso.",
                        "Marco Galli ha incontrato i genitori. «Non accetteremo la chiusura della scuola», hanno detto "
                                + "loro."),
                        List.of(": Non accetteremo la chiusura della scuola")),
                new QuoteCase("Russian: a plural pronoun after the verb is never the one person named before", List.of(
                        "Администрация района закрыла старую школу в понедельник утром без предупреждения.",
                        "Олег Сомов встретился с родителями учеников. «Мы не согласимся на закрытие школы», — сказали "
                                + "они."),
                        List.of(": Мы не согласимся на закрытие школы")),
                new QuoteCase("nobody holds the role and the club is not the speaker", List.of(
                        "Riverton FC lost again on Saturday, their fifth defeat in a row.",
                        "“We need to find our spirit again,” said the coach of Riverton FC."),
                        List.of(": We need to find our spirit again")));
    }

    /** A generic noun of institutions, and a defendant nobody is given the noun, stand for one named before. */
    static Stream<QuoteCase> institutionsAndDefendants() {
        return Stream.of(
                new QuoteCase("Spanish: la entidad, for the institute named before", List.of(
                        "El Instituto Nacional de Semillas recortó el lunes su previsión de cosecha de trigo por "
                                + "segunda vez en el año.",
                        "\"Las lluvias de agosto retrasaron la siembra\", indicó la entidad en un comunicado."),
                        List.of("Instituto Nacional de Semillas: Las lluvias de agosto retrasaron la siembra")),
                new QuoteCase("French: l'établissement, for the conservatoire named before", List.of(
                        "Le Conservatoire de Valbrune a fermé le gymnase et deux salles de répétition après "
                                + "l'inondation de mardi.",
                        "« Aucun cours ne sera supprimé », a assuré l'établissement dans un communiqué."),
                        List.of("Conservatoire de Valbrune: Aucun cours ne sera supprimé")),
                new QuoteCase("French: l'accusé, for the one the court condemned", List.of(
                        "La cour d'assises de Valbrune a condamné jeudi Marc Dauriac, 47 ans, à six ans de prison pour "
                                + "l'incendie de la scierie.",
                        "L'avocate générale, Lise Moreau, avait requis dix ans.",
                        "Dans le box, l'accusé n'a pas réagi. La veille, il avait déclaré : « Je n'ai jamais voulu "
                                + "blesser personne. »"),
                        List.of("Marc Dauriac: Je n'ai jamais voulu blesser personne.")),
                new QuoteCase("English: the defendant, for the one the judge sentenced", List.of(
                        "Judge Ana Roe sentenced Tom Bakely, 52, to four years on Friday for the fire at the mill.",
                        "\"I am sorry for what I did,\" the defendant told the court."),
                        List.of("Tom Bakely: I am sorry for what I did")));
    }

    /**
     * A bare noun no list holds, right after a verb of speech, for the one the story introduced with an age; a noun
     * of any office's holder for the office holder named before.
     */
    static Stream<QuoteCase> bareNouns() {
        return Stream.of(
                new QuoteCase("Russian: an age before a role, for the role's holder though the story gave her none", List.of(
                        "В субботу жители посёлка Озёрный вышли на митинг против свалки.",
                        "Одна из организаторов, учительница музыки Нина Осипова, живёт рядом с полигоном. Её дочь дважды "
                                + "пропускала уроки из-за головной боли.",
                        "— Дети кашляют всю зиму, — говорит 41-летняя учительница."),
                        List.of("Нина Осипова: Дети кашляют всю зиму")),
                new QuoteCase("English: the retired postman, a kind of person by its ending, for the one introduced", List.of(
                        "A hosepipe ban starts on Friday across the valley, the water company said on Monday.",
                        "At the Fenn Road allotments, Arthur Peel, 74, has grown leeks for forty years.",
                        "\u2018We\u2019ll get by, we always have,\u2019 the retired postman said."),
                        List.of("Arthur Peel: We\u2019ll get by, we always have")),
                new QuoteCase("Spanish: la funcionaria, for the minister named in the sentence before", List.of(
                        "El granizo del domingo arrasó 900 hectáreas de viñedos en la colonia Santa Inés.",
                        "La ministra de Agricultura, Marta Ledesma, llegó a la colonia el lunes con el decreto ya firmado. "
                                + "\"Nadie se va a quedar solo con esto\", prometió la funcionaria ante los productores."),
                        List.of("Marta Ledesma: Nadie se va a quedar solo con esto")),
                new QuoteCase("Portuguese: disse o mestre, for the skipper introduced with his age", List.of(
                        "A quota da sardinha para 2027 foi cortada em 12%, anunciou o ministério na terça-feira.",
                        "No porto de Vila Serra, Duarte Lemos, 61 anos, cose as redes da traineira que herdou do avô. "
                                + "«Tenho nove homens a bordo e nove famílias em terra», disse o mestre à Lusa."),
                        List.of("Duarte Lemos: Tenho nove homens a bordo e nove famílias em terra")),
                new QuoteCase("English: a noun opening its own sentence is no description of the speaker", List.of(
                        "Harbour tenant Ann Roe, 64, has fished from Carrow quay since she was a girl.",
                        "The agreement, obtained by the Courier, said the quay would \u201creopen to tenants by "
                                + "summer, with repairs paid by the council.\u201d"),
                        List.of(": reopen to tenants by summer, with repairs paid by the council.")));
    }

    static Stream<QuoteCase> innerAndFramed() {
        return Stream.of(
                new QuoteCase("French: a named incise inside the guillemets splits the quotation", List.of(
                        "Le tribunal a condamné mardi un élu municipal.",
                        "« Ce jugement est une étape importante, a déclaré Ana Roche. Nous allons continuer le combat. »"),
                        List.of("Ana Roche: Ce jugement est une étape importante",
                                "Ana Roche: Nous allons continuer le combat.")),
                new QuoteCase("French: an auxiliary after a name in apposition keeps that name the subject", List.of(
                        "Un orage de grêle a détruit mardi une partie des vignes du canton.",
                        "Le président du syndicat, Marc Olivo, a demandé « une aide rapide pour les exploitations ».",
                        "« Certaines caves ne passeront pas l'hiver », a déclaré la viticultrice Inès Bastide."),
                        List.of("Marc Olivo: une aide rapide pour les exploitations",
                                "Inès Bastide: Certaines caves ne passeront pas l'hiver")),
                new QuoteCase("French: an incise naming its speaker after a description of place, then more words", List.of(
                        "La tempête a frappé la côte mercredi soir, privant 40 000 foyers d'électricité.",
                        "« Les collèges resteront fermés jeudi, a indiqué le préfet du Var, Jean Dupuis, lors d'un point "
                                + "presse à Toulon. Nous ferons le point demain. »"),
                        List.of("Jean Dupuis: Les collèges resteront fermés jeudi", "Jean Dupuis: Nous ferons le point demain.")),
                new QuoteCase("English: the mayor of a place, then the name in apposition", List.of(
                        "The storm closed every school on the coast on Wednesday.",
                        "\"We will reopen when the roads are safe,\" said the mayor of Dunmore, Ann Roe, on Thursday."),
                        List.of("Ann Roe: We will reopen when the roads are safe")),
                new QuoteCase("French: the words after an inverted incise are the same speaker's", List.of(
                        "Claire Dumont, avocate de l'association, était présente.",
                        "« Nous sommes satisfaites, explique-t-elle, mais le combat continue. »"),
                        List.of("Claire Dumont: Nous sommes satisfaites", "Claire Dumont: mais le combat continue.")),
                new QuoteCase("German: a named incise inside the marks", List.of(
                        "Das Landgericht hat am Dienstag den Bürgermeister verurteilt.",
                        "„Die Beweislage war eindeutig, sagte Oberstaatsanwältin Anna Roth. Wir sind zufrieden.“"),
                        List.of("Anna Roth: Die Beweislage war eindeutig", "Anna Roth: Wir sind zufrieden.")),
                new QuoteCase("Spanish: a speaker framed by para", List.of(
                        "El Ayuntamiento cerró el lunes la piscina municipal.",
                        "Para Ana Ruiz, directora de la piscina, «la ciudad pierde un servicio básico»."),
                        List.of("Ana Ruiz: la ciudad pierde un servicio básico")),
                new QuoteCase("French: 'le dirigeant' after the quote stands for the head named the sentence before",
                        List.of("Le directeur de la laiterie, Hugo Berthelin, a reconnu une erreur. « Nous aurions dû "
                                + "prévenir plus tôt », a déclaré le dirigeant devant la presse."),
                        List.of("Hugo Berthelin: Nous aurions dû prévenir plus tôt")),
                new QuoteCase("Portuguese: 'o comissário' after the quote stands for the officer named before",
                        List.of("O comandante distrital, Rui Albergaria, falou aos jornalistas. «Temos mais patrulhas "
                                + "na rua desde ontem», garantiu o comissário."),
                        List.of("Rui Albergaria: Temos mais patrulhas na rua desde ontem")),
                new QuoteCase("French: a speaker framed by pour", List.of(
                        "Le tribunal a rejeté la plainte de l'association.",
                        "Pour Ana Roche, présidente de l'association, « cette décision ouvre la voie à d'autres plaintes »."),
                        List.of("Ana Roche: cette décision ouvre la voie à d'autres plaintes")),
                new QuoteCase("French: a description framed by pour stands for the one person it describes", List.of(
                        "Claire Morel, élue de l'opposition, s'oppose au projet. Le maire Paul Marin le défend.",
                        "Pour l'élue, « ce projet est une erreur pour toute la commune »."),
                        List.of("Claire Morel: ce projet est une erreur pour toute la commune")),
                new QuoteCase("Spanish: a description framed by para, another person named between", List.of(
                        "La jueza Marta Vidal dictó sentencia el lunes. El fiscal Luis Pardo pidió cinco años.",
                        "Para la jueza, «la prueba es concluyente y no admite dudas»."),
                        List.of("Marta Vidal: la prueba es concluyente y no admite dudas")),
                new QuoteCase("Portuguese: a verb of demand before a partial quotation, after a second verb", List.of(
                        "A fábrica de Braga fechou na segunda-feira.",
                        "O sindicalista João Costa falou aos jornalistas e exigiu «respeito pelos trabalhadores da "
                                + "fábrica de Braga»."),
                        List.of("João Costa: respeito pelos trabalhadores da fábrica de Braga")),
                new QuoteCase("Italian: a speaker framed by per, without a comma", List.of(
                        "Giulia Rossi, madre di un giocatore, era al campo.",
                        "Per Rossi «la decisione è sbagliata e andava evitata»."),
                        List.of("Giulia Rossi: la decisione è sbagliata e andava evitata")),
                new QuoteCase("German: a pronoun after a sentence framed by für stands for its person", List.of(
                        "Der Angeklagte Martin Keller hörte das Urteil ohne Regung. Die Oberstaatsanwältin Anna Roth hatte "
                                + "drei Jahre Haft gefordert.",
                        "Für Keller ist der Fall nicht erledigt. „Ich gehe in Berufung“, sagte er."),
                        List.of("Martin Keller: Ich gehe in Berufung")),
                new QuoteCase("an attribution of its own does not carry on the speaker before", List.of(
                        "El delantero Pedro Gómez entrenaba allí cada mañana. «Aquí aprendí a nadar», contó Gómez.",
                        "«No tenemos competencias sobre las piscinas municipales», informó el ministerio."),
                        List.of("Pedro Gómez: Aquí aprendí a nadar",
                                "el ministerio: No tenemos competencias sobre las piscinas municipales")));
    }

    /**
     * A description stands for the one person it describes, nobody when none or several are; attributions inside the
     * marks and framing prepositions name the speaker.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource({"descriptions", "unresolved", "innerAndFramed", "institutionsAndDefendants", "bareNouns"})
    void theSpeakersFollowTheRule(QuoteCase article) {
        assertEquals(article.quotes(), article.attributed());
    }

    @Test
    void theVerifierKeepsASpeakerTheAttributionDescribesAsTheArticleNamedThemLongBefore() {
        Article article = TestFiles.article("",
                "Judge Ana Roe opened the hearing at nine.",
                "The ferry company's lawyer, Ian Tolley, read out the charges. The harbour master, Rhea Dunn, spoke next.",
                "Two deckhands gave evidence. Both said the night was calm. Neither saw the collision.",
                "A diver described the damage. The hull had split below the waterline. The pumps failed.",
                "“The evidence does not support the charge,” the judge told the jury.");
        BriefContent brief = new BriefVerifier().verify(article, new ExtractiveBriefEngine().brief(article));
        assertEquals(List.of("Ana Roe: The evidence does not support the charge"), TestFiles.attributed(brief));
    }

    @Test
    void anOrganisationsNounWithItsArticleElidedIntoItStandsForTheOrganisation() {
        assertEquals(List.of("Voltane: Nous espérons rétablir le courant d'ici jeudi"), TestFiles.attributed(
                TestFiles.brief("", "Le distributeur d'électricité, Voltane, a mobilisé 800 techniciens après la "
                                + "tempête de lundi.",
                        "« Nous espérons rétablir le courant d'ici jeudi », indique l'entreprise dans un communiqué.")));
        assertEquals(List.of("Autostrade Liguri: Le verifiche proseguiranno per tutta la settimana"),
                TestFiles.attributed(TestFiles.brief("", "La Regione ha chiuso tre strade dopo la frana di lunedì; il "
                                + "gestore, Autostrade Liguri, ha aperto un cantiere.",
                        "«Le verifiche proseguiranno per tutta la settimana», ha spiegato l'azienda in una nota.")));
    }

    @Test
    void aDefiniteAgeNobodyIsGivenStandsForTheSubjectJustBeforeAndAnIndefiniteOneForNobody() {
        SegmentedArticle text = SegmentedArticle.of(TestFiles.article("",
                "Harbour master Lena Brock walked the pier with the inspectors.",
                "The 58-year-old stopped at the gate. A 58-year-old stood beside her."));
        Cast cast = CastBuilder.build(text, null);

        int definite = RoleAntecedents.person(text, cast, "58-year-old", text.body().indexOf("The 58"));
        assertEquals("Lena Brock", cast.name(definite));
        assertEquals(RoleAntecedents.NOBODY,
                RoleAntecedents.person(text, cast, "58-year-old", text.body().indexOf("A 58")));
        SegmentedArticle far = SegmentedArticle.of(TestFiles.article("",
                "Harbour master Lena Brock walked the pier with the inspectors.",
                "The report on the crossing came out in May. The 58-year-old stopped at the gate."));
        assertEquals(RoleAntecedents.NOBODY, RoleAntecedents.person(far, CastBuilder.build(far, null), "58-year-old",
                far.body().indexOf("The 58")), "a subject two sentences back is one the age may not be");
    }
}
