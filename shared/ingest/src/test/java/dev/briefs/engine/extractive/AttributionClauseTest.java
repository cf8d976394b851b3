package dev.briefs.engine.extractive;

import dev.briefs.engine.extractive.TestFiles.QuoteCase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The subject of the attribution clause after its verb of speech (stage clauses6), read as constituents in seven
 * languages: adverbials before the subject are skipped, the noun phrase's head is its noun of persons, a name after a
 * title or apposed after a comma is the speaker, and a name inside the head's complement is not. Every name is
 * invented.
 */
class AttributionClauseTest {

    /**
     * A clause after its verb: the article it stands in (its last paragraph ends with the clause), the words after
     * which the clause starts, and the phrase's head and name as the stage should read them ("" for none).
     */
    record ClauseCase(String rule, List<String> paragraphs, String verb, String head, String name) {
        @Override
        public String toString() {
            return rule;
        }
    }

    static Stream<ClauseCase> clauses() {
        return Stream.of(
                new ClauseCase("English: head with two complements, then the apposed name", List.of(
                        "Dana Crane took over the harbour trust in March.",
                        "“The terminal will reopen by spring,” said the chief engineer of the harbour trust in "
                                + "Wellmouth, Dana Crane."), "said", "engineer", "Dana Crane"),
                new ClauseCase("Spanish: a time word and a prepositional phrase before the subject", List.of(
                        "Marta Linares dirige la consejería desde enero.",
                        "«No habrá recortes en los hospitales», dijo ayer en rueda de prensa el titular de la "
                                + "consejería, Marta Linares."), "dijo", "titular", "Marta Linares"),
                new ClauseCase("Italian: a prepositional phrase, then the name after its title", List.of(
                        "Paolo Ferri guida la trattativa per la società.",
                        "«Firmeremo entro venerdì», ha detto ai cronisti il delegato Paolo Ferri."),
                        "ha detto", "delegato", "Paolo Ferri"),
                new ClauseCase("French: a place adverbial with an elided article, then a role and its name", List.of(
                        "Claire Dumas présentera le budget de la culture jeudi.",
                        "« Aucun musée ne fermera », a déclaré dans l'hémicycle la ministre de la Culture, Claire "
                                + "Dumas."), "a déclaré", "ministre", "Claire Dumas"),
                new ClauseCase("German: verb second, a prepositional phrase and a genitive complement", List.of(
                        "Jonas Weber sitzt seit 2019 im Landtag.",
                        "„Die Kliniken brauchen mehr Personal“, sagte im Landtag der gesundheitspolitische Sprecher "
                                + "der Grünen, Jonas Weber."), "sagte", "Sprecher", "Jonas Weber"),
                new ClauseCase("Portuguese: the apposed name, then an adverbial after it", List.of(
                        "Rui Tavares lidera o sindicato há seis anos.",
                        "“Não vamos recuar”, disse o presidente do Sindicato dos Estivadores, Rui Tavares, a "
                                + "jornalistas no cais."), "disse", "presidente", "Rui Tavares"),
                new ClauseCase("Russian: no articles, a prepositional phrase before a title and the name", List.of(
                        "Олег Сафин возглавляет департамент с весны.",
                        "«Мост откроют в срок», — сказал на брифинге глава департамента Олег Сафин."),
                        "сказал", "глава", "Олег Сафин"),
                new ClauseCase("Spanish: the club in the complement is no name of the subject", List.of(
                        "Ramiro Sáez entrena al Villaverde desde octubre.",
                        "«Merecimos ganar», dijo el entrenador del Villaverde."), "dijo", "entrenador", ""),
                new ClauseCase("Russian: a place closes the complement, the name after it without a comma", List.of(
                        "Автобус в деревню не ходит с января.",
                        "«Мы ждём его каждое утро», — говорит учительница из деревни Нижние Луга Мария Волкова."),
                        "говорит", "учительница", "Мария Волкова"),
                new ClauseCase("Spanish: the complement's place, then the name without a comma", List.of(
                        "Ana Ruiz gobierna el pueblo desde 2019.",
                        "«No cerraremos la escuela», dijo el alcalde de Villanueva Ana Ruiz."),
                        "dijo", "alcalde", "Ana Ruiz"),
                new ClauseCase("English: a description, a second description, then the name", List.of(
                        "Ines Moll chairs the panel.",
                        "“We read every submission,” said the chair of the panel, the economist Ines Moll."),
                        "said", "chair", "Ines Moll"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("clauses")
    void theSubjectPhraseHasItsHeadAndName(ClauseCase clause) {
        SegmentedArticle text = SegmentedArticle.of(TestFiles.article("", clause.paragraphs().toArray(String[]::new)));
        Cast cast = CastBuilder.build(text, null);
        int from = text.body().lastIndexOf(clause.verb()) + clause.verb().length();
        AttributionClause.Phrase phrase = AttributionClause.subjectAfterVerb(text, cast, from, text.body().length());
        assertEquals(clause.head(), phrase.head() == null ? "" : phrase.head().text());
        assertEquals(clause.name(), phrase.name() == null ? "" : text.text(phrase.name().start(), phrase.name().end()));
    }

    static Stream<QuoteCase> speakers() {
        return Stream.of(
                new QuoteCase("English: a long description with places, the name apposed after it", List.of(
                        "Pay talks resumed on Monday at the Grainford mill.",
                        "“Nobody is leaving the table,” said the head of labour relations at Corvane Foods in Grainford, "
                                + "Mira Solt."),
                        List.of("Mira Solt: Nobody is leaving the table")),
                new QuoteCase("Portuguese: the union in the complement is not the speaker, the apposed name is", List.of(
                        "Os estivadores pararam o porto na terça-feira.",
                        "“Não vamos recuar”, disse o presidente do Sindicato dos Estivadores, Rui Tavares, a jornalistas "
                                + "no cais."),
                        List.of("Rui Tavares: Não vamos recuar")),
                new QuoteCase("Spanish: a description, a second one with the name, an adverbial after", List.of(
                        "La asociación de vecinos recurrió la licencia en mayo.",
                        "«La obra no tiene permiso», declaró el portavoz de la asociación, el abogado gallego Xoán "
                                + "Barreiro, tras la vista."),
                        List.of("Xoán Barreiro: La obra no tiene permiso")),
                new QuoteCase("German: so, a title and the name, then an adverbial", List.of(
                        "Der Stadtrat stimmte am Abend über den Haushalt ab.",
                        "„Wir sparen nicht an den Schulen“, so Bürgermeisterin Hanna Glöckner in ihrer Rede vor dem "
                                + "Stadtrat."),
                        List.of("Hanna Glöckner: Wir sparen nicht an den Schulen")),
                new QuoteCase("Italian: an adverbial, a description with its complement, the apposed name", List.of(
                        "Il processo per il crollo della scuola è ripreso lunedì.",
                        "«Voglio solo la verità», ha detto tra le lacrime la madre del ragazzo, Lucia Conti."),
                        List.of("Lucia Conti: Voglio solo la verità")),
                new QuoteCase("French: an adverbial of place, then the role and its name", List.of(
                        "Le budget de la culture a été présenté jeudi.",
                        "« Aucun musée ne fermera », a déclaré dans l'hémicycle la ministre de la Culture, Claire Dumas."),
                        List.of("Claire Dumas: Aucun musée ne fermera")),
                new QuoteCase("Russian: nested prepositional phrases, then a long title and the name", List.of(
                        "Строительство моста начнётся весной.",
                        "«Мост откроют в срок», — сказал на брифинге в мэрии заместитель главы города Олег Сафин."),
                        List.of("Олег Сафин: Мост откроют в срок")),
                new QuoteCase("English: the name before the verb, an apposition with commas of its own between", List.of(
                        "The study was published on Monday.",
                        "“The ice is thinning faster than we thought,” Kiran Dev, a fellow at the Ridge Institute in "
                                + "Pune, India, and co-author of the study, said."),
                        List.of("Kiran Dev: The ice is thinning faster than we thought")),
                new QuoteCase("English: a description, then the name set off by commas before the verb", List.of(
                        "The boy was found on Tuesday.",
                        "“We never gave up hope,” his mother, Joanne Lark, said."),
                        List.of("Joanne Lark: We never gave up hope")),
                new QuoteCase("German: a title, its complement's place, then the name without a comma", List.of(
                        "Der Rat stimmte am Montag über die Brücke ab.",
                        "„Wir bauen die Brücke“, sagte der Bürgermeister von Hainfeld Jonas Weber."),
                        List.of("Jonas Weber: Wir bauen die Brücke")),
                new QuoteCase("French: a role, its complement's place, then the name without a comma", List.of(
                        "Le conseil municipal a voté lundi soir.",
                        "« Aucune classe ne fermera », a déclaré le maire de Valcourt Jean Dupuis."),
                        List.of("Jean Dupuis: Aucune classe ne fermera")),
                new QuoteCase("English: an organisation before the title qualifies the person named after it", List.of(
                        "The ferry service will be cut in half next year.",
                        "“We have no other choice,” said Harbour Board operations director Lena Marsh."),
                        List.of("Lena Marsh: We have no other choice")),
                new QuoteCase("Spanish: a voice of an organisation, the organisation in its complement", List.of(
                        "El Ayuntamiento de Villaseca cerró la piscina en julio.",
                        "«La reabriremos en primavera», dijo un portavoz del Ayuntamiento de Villaseca a este diario."),
                        List.of("Ayuntamiento de Villaseca: La reabriremos en primavera")),
                new QuoteCase("Italian: a bare preposition opens an adverbial before the subject", List.of(
                        "Il consiglio comunale ha bocciato il bilancio a sorpresa.",
                        "«È una sconfitta per tutta la città», ha commentato a caldo il capogruppo della lista civica, "
                                + "Marco Bellini."),
                        List.of("Marco Bellini: È una sconfitta per tutta la città")),
                new QuoteCase("Spanish: a bare preposition opens an adverbial before the subject", List.of(
                        "El juzgado dejó en libertad al concejal el jueves por la tarde.",
                        "«Mi cliente no ha cobrado nada», declaró a la salida del juzgado el abogado del concejal, "
                                + "Julián Roca."),
                        List.of("Julián Roca: Mi cliente no ha cobrado nada")),
                new QuoteCase("Portuguese: the article a after the verb still opens the subject", List.of(
                        "O governo aprovou o orçamento da saúde na quinta-feira.",
                        "“Nenhum hospital vai fechar”, disse a ministra da Saúde, Helena Moura."),
                        List.of("Helena Moura: Nenhum hospital vai fechar")),
                new QuoteCase("Italian: an ordinal after the article is an adjective of the head", List.of(
                        "L'esposto contro la discarica è stato depositato in procura a marzo.",
                        "«Abbiamo raccolto tremila firme», spiega la prima firmataria dell'esposto, l'avvocata "
                                + "Marta Bellini."),
                        List.of("Marta Bellini: Abbiamo raccolto tremila firme")),
                new QuoteCase("Spanish: a comparative after the article is an adjective of the head", List.of(
                        "Los bomberos del parque de Villagrís llevan tres meses sin cobrar las horas extra.",
                        "«Así no se puede trabajar», explica el más veterano de la plantilla, el sargento Julián Roca."),
                        List.of("Julián Roca: Así no se puede trabajar")),
                new QuoteCase("Portuguese: a comparative after the article is an adjective of the head", List.of(
                        "Os professores da escola de Vilar fizeram greve na segunda-feira.",
                        "“Ninguém nos ouve”, afirmou o mais antigo do grupo, o professor Rui Tavares."),
                        List.of("Rui Tavares: Ninguém nos ouve")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("speakers")
    void theSubjectOfTheClauseSpeaks(QuoteCase article) {
        assertEquals(article.quotes(), article.attributed());
    }
}
