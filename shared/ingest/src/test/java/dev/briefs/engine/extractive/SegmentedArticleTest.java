package dev.briefs.engine.extractive;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
    /** The dateline that opens a later item of an agency's chain of briefs, and the words the item starts with. */
    static Stream<Arguments> itemDatelines() {
        return Stream.of(
                Arguments.of("PUERTO DUNLOW, 4 dic (APD).– Los estibadores del muelle sur volvieron al trabajo este jueves.", "Los estibadores"),
                Arguments.of("DUNLOW, Dec 4 (Westwire) - The harbour workers went back to work on Thursday after the deal.", "The harbour"),
                Arguments.of("DUNLOW, 4 déc. (AFP) - Les dockers du port sud ont repris le travail jeudi après l'accord.", "Les dockers"),
                Arguments.of("Dunlow (dpa) – Die Hafenarbeiter haben am Donnerstag die Arbeit wieder aufgenommen.", "Die Hafenarbeiter"),
                Arguments.of("Dunlow, 4 dez (Lusa) - Os estivadores do porto sul voltaram ao trabalho na quinta-feira.", "Os estivadores"),
                Arguments.of("DUNLOW, 4 dic (ANSA) - I portuali del molo sud sono tornati al lavoro giovedì dopo l'accordo.", "I portuali"),
                Arguments.of("ДАНЛОУ, 4 декабря (ТАСС) — Портовые рабочие в четверг вернулись к работе после соглашения.", "Портовые рабочие"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("itemDatelines")
    void aLaterItemOfAnAgencysChainStartsAfterItsDateline(String item, String firstWords) {
        String first = item.substring(0, item.indexOf(firstWords)) + "The city council closed the old market on Monday.";
        SegmentedArticle text = SegmentedArticle.of(TestFiles.article("", first, item));
        SegmentedArticle.Sentence opening = text.sentences().stream().filter(s -> s.paragraph() == 1).findFirst().orElseThrow();
        assertEquals(firstWords, text.text(opening).substring(0, firstWords.length()));
    }
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Ann Lee at the opening of the show (Photo: Tom Rae)",
            "Anna Lee all'inaugurazione della mostra (Foto: Tommaso Rea)", "Anna Lee bei der Eröffnung (Bild: Tom Rae)",
            "Anna Lee lors du vernissage (Photo : Tom Rae)", "Анна Ли на открытии выставки (Фото: Том Рай)"})
    void aCaptionWithItsCreditInBracketsIsNoLede(String caption) {
        SegmentedArticle text = SegmentedArticle.of(TestFiles.article("", caption,
                "The city museum opened a retrospective of the painter's work on Saturday after two years of work."));
        assertTrue(text.caption(text.paragraph(0)));
        assertEquals(1, text.lede().paragraph());
    }
}
