package dev.briefs.engine.extractive;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Attributions inside the marks and speakers named after a preposition of view (stage speakers4), in the languages
 * that write them so. Every name is invented.
 */
class FramedAndInnerAttributionTest {

    /** An invented article and its quotes as "speaker: text", by the rule it shows. */
    private record SpeakerCase(String rule, List<String> paragraphs, List<String> quotes) {
        @Override
        public String toString() {
            return rule;
        }
    }

    static Stream<SpeakerCase> cases() {
        return Stream.of(
                new SpeakerCase("French: a named incise inside the guillemets splits the quotation", List.of(
                        "Le tribunal a condamné mardi un élu municipal.",
                        "« Ce jugement est une étape importante, a déclaré Ana Roche. Nous allons continuer le combat. »"),
                        List.of("Ana Roche: Ce jugement est une étape importante",
                                "Ana Roche: Nous allons continuer le combat.")),
                new SpeakerCase("French: the words after an inverted incise are the same speaker's", List.of(
                        "Claire Dumont, avocate de l'association, était présente.",
                        "« Nous sommes satisfaites, explique-t-elle, mais le combat continue. »"),
                        List.of("Claire Dumont: Nous sommes satisfaites", "Claire Dumont: mais le combat continue.")),
                new SpeakerCase("German: a named incise inside the marks", List.of(
                        "Das Landgericht hat am Dienstag den Bürgermeister verurteilt.",
                        "„Die Beweislage war eindeutig, sagte Oberstaatsanwältin Anna Roth. Wir sind zufrieden.“"),
                        List.of("Anna Roth: Die Beweislage war eindeutig", "Anna Roth: Wir sind zufrieden.")),
                new SpeakerCase("Spanish: a speaker framed by para", List.of(
                        "El Ayuntamiento cerró el lunes la piscina municipal.",
                        "Para Ana Ruiz, directora de la piscina, «la ciudad pierde un servicio básico»."),
                        List.of("Ana Ruiz: la ciudad pierde un servicio básico")),
                new SpeakerCase("French: a speaker framed by pour", List.of(
                        "Le tribunal a rejeté la plainte de l'association.",
                        "Pour Ana Roche, présidente de l'association, « cette décision ouvre la voie à d'autres plaintes »."),
                        List.of("Ana Roche: cette décision ouvre la voie à d'autres plaintes")),
                new SpeakerCase("Italian: a speaker framed by per, without a comma", List.of(
                        "Giulia Rossi, madre di un giocatore, era al campo.",
                        "Per Rossi «la decisione è sbagliata e andava evitata»."),
                        List.of("Giulia Rossi: la decisione è sbagliata e andava evitata")),
                new SpeakerCase("German: a pronoun after a sentence framed by für stands for its person", List.of(
                        "Der Angeklagte Martin Keller hörte das Urteil ohne Regung. Die Oberstaatsanwältin Anna Roth hatte "
                                + "drei Jahre Haft gefordert.",
                        "Für Keller ist der Fall nicht erledigt. „Ich gehe in Berufung“, sagte er."),
                        List.of("Martin Keller: Ich gehe in Berufung")),
                new SpeakerCase("an attribution of its own does not carry on the speaker before", List.of(
                        "El delantero Pedro Gómez entrenaba allí cada mañana. «Aquí aprendí a nadar», contó Gómez.",
                        "«No tenemos competencias sobre las piscinas municipales», informó el ministerio."),
                        List.of("Pedro Gómez: Aquí aprendí a nadar",
                                "el ministerio: No tenemos competencias sobre las piscinas municipales")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theSpeakersFollowTheRule(SpeakerCase article) {
        assertEquals(article.quotes(), TestFiles.attributed(TestFiles.brief("",
                article.paragraphs().toArray(String[]::new))));
    }
}
