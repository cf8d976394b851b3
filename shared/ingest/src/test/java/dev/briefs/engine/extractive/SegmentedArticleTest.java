package dev.briefs.engine.extractive;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The lede and where its own words start, on invented articles. */
class SegmentedArticleTest {

    /** The lede's opening and the words it starts with once its dateline is set apart. */
    static Stream<Arguments> datelines() {
        return Stream.of(
                Arguments.of("SAN ROQUE DEL MAR.– Con 68 votos a favor, el concejo de Dunlow aprobó la reforma.", "Con 68 votos"),
                Arguments.of("DUNLOW, Kellmark (Agency) — The council closed the public pool on Monday for the summer.", "The council"),
                Arguments.of("MADRID, 3 dic (EFE).- El concejo de Dunlow aprobó este jueves la reforma del mercado.", "El concejo"),
                Arguments.of("Madrid, 3 dic (EFE).- El concejo de Dunlow aprobó este jueves la reforma del mercado.", "El concejo"),
                Arguments.of("PARIS (AFP) - Le conseil de Dunlow a fermé lundi la piscine municipale pour l'été.", "Le conseil"),
                Arguments.of("BERLIN (dpa) – Der Stadtrat von Dunlow hat am Montag das Hallenbad geschlossen.", "Der Stadtrat"),
                Arguments.of("Berlin (dpa) – Der Stadtrat von Dunlow hat am Montag das Hallenbad geschlossen.", "Der Stadtrat"),
                Arguments.of("ROMA – Il consiglio comunale di Dunlow ha chiuso lunedì la piscina per l'estate.", "Il consiglio"),
                Arguments.of("(ANSA) - ROMA, 2 DIC - Il consiglio comunale di Dunlow ha chiuso lunedì la piscina.", "Il consiglio"),
                Arguments.of("Roma, 2 dicembre – Il consiglio comunale di Dunlow ha chiuso lunedì la piscina.", "Il consiglio"),
                Arguments.of("МОСКВА, 2 декабря — Городской совет Данлоу в понедельник закрыл бассейн на лето.", "Городской совет"),
                Arguments.of("Москва, 2 декабря — Городской совет Данлоу в понедельник закрыл бассейн на лето.", "Городской совет"),
                Arguments.of("Lisboa, 2 dez (Lusa) - A câmara de Dunlow fechou na segunda-feira a piscina municipal.", "A câmara"),
                Arguments.of("Washington, Dec. 2 — The Dunlow council closed the public pool on Monday for the summer.", "The Dunlow"),
                Arguments.of("NEW DELHI: The Dunlow council closed the public pool on Monday for the rest of the summer.", "The Dunlow"),
                // an apposition after the lede's first words is no dateline
                Arguments.of("Two hostages — an American and a Briton — were freed on Monday after talks in Dunlow.", "Two hostages"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("datelines")
    void theLedeStartsAfterItsDateline(String lede, String firstWords) {
        SegmentedArticle text = SegmentedArticle.of(TestFiles.article("", lede, "The rest of the story follows here."));
        SegmentedArticle.Sentence first = text.lede();
        String own = text.text(text.ledeStart(first), first.end());
        assertEquals(firstWords, own.substring(0, Math.min(own.length(), firstWords.length())), own);
    }
}
