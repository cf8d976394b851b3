package dev.briefs.engine.extractive;

import dev.briefs.engine.extractive.TestFiles.QuoteCase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A story names an organisation, then calls it by the noun of its kind ("the school" for a university, "die
 * Hochschule" for a Universität): the statement that noun issues is the organisation's, not the person named between.
 * Every name is invented.
 */
class OrganisationKindNounsTest {

    static Stream<QuoteCase> kinds() {
        return Stream.of(
                new QuoteCase("en: 'the school' for the university named two paragraphs back", List.of(
                        "Harrowmere University on Monday announced a new degree in materials science, the first in "
                                + "the region.",
                        "The course starts in October with fifty places. According to the provost, Lena Marbeck, "
                                + "demand from students has grown sharply in recent years.",
                        "\"Applications open on July 1 and close in September,\" the school said in a statement."),
                        List.of("Harrowmere University: Applications open on July 1 and close in September")),
                new QuoteCase("de: 'die Hochschule' für die Universität", List.of(
                        "Die Universität Kellbach hat am Montag einen neuen Studiengang für Materialforschung "
                                + "vorgestellt, den ersten in der Region.",
                        "Der Studiengang beginnt im Oktober mit fünfzig Plätzen. Nach Angaben der Präsidentin Lisa "
                                + "Marnholt ist die Nachfrage der Studierenden stark gestiegen.",
                        "„Die Bewerbung ist ab dem ersten Juli möglich“, teilte die Hochschule am Nachmittag mit."),
                        List.of("Universität Kellbach: Die Bewerbung ist ab dem ersten Juli möglich")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    void theKindsNounStandsForTheOrganisation(QuoteCase article) {
        assertEquals(article.quotes(), article.attributed());
    }
}
