package dev.briefs.engine.extractive;

import dev.briefs.engine.extractive.TestFiles.QuoteCase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * An organisation that speaks through a document ("the statement said", "diz o texto", "indique le texte") is the
 * subject of the sentence that introduced the document, also after an opening phrase that holds it ("Em nota, a …",
 * "En un comunicado, …") and when that subject is the organisation's noun ("The agency said in a statement"), which
 * stands for the one organisation named a few paragraphs back, or, for an office named by its noun alone, is the
 * speaker itself. Every name is invented.
 */
class OrganisationVoicesTest {

    static Stream<QuoteCase> documents() {
        return Stream.of(
                new QuoteCase("en: the agency's statement, the agency named three paragraphs back", List.of(
                        "The Harwick Basin Authority said on Tuesday that the river would crest on Friday.",
                        "Until this week the river had not topped twenty feet since 2011.",
                        "\"Leave now if you can,\" said Mara Quist, the authority's lead engineer.",
                        "The agency said in a statement that its crews had worked through the night. \"The wall is "
                                + "holding, and we are watching it,\" the statement said."),
                        List.of("Mara Quist: Leave now if you can",
                                "Harwick Basin Authority: The wall is holding, and we are watching it")),
                new QuoteCase("en: a public body's noun is the public body named with a company, also where the "
                        + "noun was written before it", List.of(
                        "Dunmere Water Ltd has been fined by the water regulator after months of leaks.",
                        "The Office for Water Quality said in its ruling that Dunmere Water Ltd had not told the regulator "
                                + "for a year. \"Households paid for water that never reached them,\" the regulator "
                                + "said."),
                        List.of("Office for Water Quality: Households paid for water that never reached them")),
                new QuoteCase("en: the trust's statement, the noun its name ends with", List.of(
                        "Waiting lists at Dunmore Valley Health Trust have doubled in a year, figures show.",
                        "\"We lost four theatres in a week,\" said Ann Roe, its chief executive.",
                        "The trust said in a statement that two theatres would open in June. \"Patients waiting "
                                + "longest will be offered the first slots,\" the statement said."),
                        List.of("Ann Roe: We lost four theatres in a week",
                                "Dunmore Valley Health Trust: Patients waiting longest will be offered the first slots")),
                new QuoteCase("pt: em nota, then diz o texto, another organisation named before", List.of(
                        "O Tribunal Regional de Campo Alto declarou ilegal a greve contra a concessionária Rota Verde.",
                        "Em nota, a Rota Verde classificou a greve como abusiva. \"Seguimos abertos ao diálogo e vamos "
                                + "cumprir a decisão\", diz o texto."),
                        List.of("Rota Verde: Seguimos abertos ao diálogo e vamos cumprir a decisão")),
                new QuoteCase("es: en un comunicado, the company named after the comma", List.of(
                        "La Procuraduría del Consumidor ordenó el lunes a la empresa Industrias Velarde el retiro de "
                                + "las ollas.",
                        "En un comunicado, Industrias Velarde ofreció una disculpa y aseguró que revisó el mecanismo. "
                                + "\"Hemos suspendido la producción de ambos modelos\", señaló la compañía."),
                        List.of("Industrias Velarde: Hemos suspendido la producción de ambos modelos")),
                new QuoteCase("fr: an office named by its noun alone speaks through its text", List.of(
                        "Les manifestants ont bloqué la route de l'hôpital pendant trois heures mardi.",
                        "Dans un communiqué publié en fin de journée, la préfecture du Lorvan a justifié l'intervention "
                                + "des gendarmes. « L'accès des ambulances devait être rétabli sans délai », indique le "
                                + "texte."),
                        List.of("la préfecture du Lorvan: L'accès des ambulances devait être rétabli sans délai")),
                new QuoteCase("en: an opening 'In a statement' with no comma, a forecaster quoted before", List.of(
                        "\"Tonight is no night to sail,\" said Ivo Marsh, chief forecaster at the weather office.",
                        "Corran Ferries said every crossing after six was cancelled. In a statement the operator "
                                + "said: \"We expect sailings to resume on Thursday.\""),
                        List.of("Ivo Marsh: Tonight is no night to sail",
                                "Corran Ferries: We expect sailings to resume on Thursday.")),
                new QuoteCase("en: an unnamed company's statement, the short form of its name before", List.of(
                        "The singer Ada Venn accused Crane Hollow of blocking the release of her new album, her lawyer "
                                + "said on Monday.",
                        "Crane Hollow Records sued Venn in a court in Nashville last week.",
                        "The company denied the claims in a statement on its website. \"We have honoured every request "
                                + "she made,\" the statement read."),
                        List.of("Crane Hollow Records: We have honoured every request she made")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void theDocumentsIssuerSpeaks(QuoteCase article) {
        assertEquals(article.quotes(), article.attributed());
    }
}
