package dev.briefs.engine.extractive;

import dev.briefs.engine.extractive.TestFiles.QuoteCase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Organisations that speak through a written statement (stage statements5): the document the attribution names
 * ("señala el comunicado", "heißt es in der Mitteilung", "si legge nel comunicato", "diz o texto", "говорится в
 * заявлении") is never the speaker; the organisation that issued it is, and it is an actor. Every name is invented.
 */
class StatementVoicesTest {

    static Stream<QuoteCase> statements() {
        return Stream.of(
                new QuoteCase("Spanish: a name set after an organisation's noun is that organisation", List.of(
                        "La empresa Aguas del Turia cortó el suministro en tres barrios el lunes tras la rotura de una tubería.",
                        "«El servicio quedará restablecido antes del miércoles», señala el comunicado."),
                        List.of("Aguas del Turia: El servicio quedará restablecido antes del miércoles")),
                new QuoteCase("Portuguese: the concessionaire speaks in its note", List.of(
                        "A concessionária Rota Serrana interditou a rodovia por seis horas na manhã de terça-feira.",
                        "Em nota, a concessionária afirmou que «o tráfego será liberado até o fim do dia»."),
                        List.of("Rota Serrana: o tráfego será liberado até o fim do dia")),
                new QuoteCase("Portuguese: the text is the note of the organisation named before", List.of(
                        "A concessionária Rota Serrana interditou a rodovia por seis horas na manhã de terça-feira.",
                        "«O tráfego será liberado até o fim do dia», diz o texto."),
                        List.of("Rota Serrana: O tráfego será liberado até o fim do dia")),
                new QuoteCase("German: heißt es in der Mitteilung, with the company's noun after it", List.of(
                        "Der Autozulieferer Brenner Technik AG streicht an seinem Standort in Kassel 400 Stellen.",
                        "„Wir bedauern diesen Schritt sehr“, heißt es in der Mitteilung des Unternehmens."),
                        List.of("Brenner Technik AG: Wir bedauern diesen Schritt sehr")),
                new QuoteCase("Italian: si legge nel comunicato", List.of(
                        "La Regione Liguria ha chiuso tre strade provinciali dopo la frana di lunedì a Varese Ligure.",
                        "«Le verifiche tecniche proseguiranno per tutta la settimana», si legge nel comunicato."),
                        List.of("Regione Liguria: Le verifiche tecniche proseguiranno per tutta la settimana")),
                new QuoteCase("Russian: govoritsya v zayavlenii, the issuer named in the sentence before", List.of(
                        "Компания «Северный мост» закрыла движение по мосту через реку Сонь.",
                        "«Ремонт продлится не менее двух недель», — говорится в заявлении."),
                        List.of("Северный мост: Ремонт продлится не менее двух недель")),
                new QuoteCase("Russian: soobshchili v press-sluzhbe, the organisation the press service speaks for",
                        List.of("Глава города Олег Рябцев провёл совещание по паводку. «Дамбу укрепят до "
                                        + "субботы», — сказал Рябцев.",
                                "«Уровень воды в реке за сутки поднялся на сорок сантиметров», — сообщили в "
                                        + "пресс-службе ГУ МЧС по Заречинской области."),
                        List.of("Олег Рябцев: Дамбу укрепят до субботы",
                                "ГУ МЧС: Уровень воды в реке за сутки поднялся на сорок сантиметров")),
                new QuoteCase("Russian: poyasnili v prokurature, the office as written, not the one quoted before",
                        List.of("Глава города Олег Рябцев провёл совещание по паводку. «Дамбу укрепят до "
                                        + "субботы», — сказал Рябцев.",
                                "«Проверка готовности дамбы к паводку начата ещё в понедельник», — пояснили в "
                                        + "прокуратуре района."),
                        List.of("Олег Рябцев: Дамбу укрепят до субботы",
                                "прокуратуре района: Проверка готовности дамбы к паводку начата ещё в понедельник")),
                new QuoteCase("German: so and the organisation, then the document it wrote", List.of(
                        "In Kassel fallen 400 Stellen weg, die Produktion wird nach Polen verlagert.",
                        "„Wir bedauern diesen Schritt sehr“, so die Brenner Technik AG in einer Stellungnahme."),
                        List.of("Brenner Technik AG: Wir bedauern diesen Schritt sehr")),
                new QuoteCase("French: a fait savoir, the organisation after the verb", List.of(
                        "L'entraîneur Paul Rivet a été limogé mardi après une cinquième défaite consécutive.",
                        "« Un successeur sera nommé avant la fin de la semaine », a fait savoir le FC Valmont dans un "
                                + "communiqué."),
                        List.of("FC Valmont: Un successeur sera nommé avant la fin de la semaine")),
                new QuoteCase("Portuguese: Em nota, afirmou with no subject, the organisation set off before",
                        List.of("A companhia estadual de saneamento, a Sanorte, contesta a versão da prefeitura. Em "
                                + "nota, afirmou: \"Todas as obras previstas para este ano foram pagas\"."),
                        List.of("Sanorte: Todas as obras previstas para este ano foram pagas")),
                new QuoteCase("Spanish: En un comunicado, aseguró with no subject", List.of(
                        "La constructora regional, Hormigones Levante, rechaza la versión del ayuntamiento. En un "
                                + "comunicado, aseguró: «Todas las certificaciones de este año están pagadas»."),
                        List.of("Hormigones Levante: Todas las certificaciones de este año están pagadas")),
                new QuoteCase("Italian: In una nota, ha precisato with no subject", List.of(
                        "La società dei trasporti, la Ferrovie Collinari, respinge le accuse dei pendolari. In una "
                                + "nota, ha precisato: «Nessun treno è stato soppresso senza preavviso»."),
                        List.of("Ferrovie Collinari: Nessun treno è stato soppresso senza preavviso")),
                new QuoteCase("Portuguese: Em carta, afirmou, the person the sentence before opens with", List.of(
                        "A vereadora Lúcia Prates Moura criticou o corte no orçamento da saúde. Em carta, afirmou: "
                                + "\"Os postos vão fechar antes do Natal\"."),
                        List.of("Lúcia Prates Moura: Os postos vão fechar antes do Natal")),
                new QuoteCase("English: a name after the letter's phrase is the subject, not the one before",
                        List.of("Ben Okafor, a wheat grower, has lost two buyers this year.",
                                "In a letter to the governor in March, Ada Pruitt, the head of the growers' league, "
                                        + "said farmers faced “the worst season in a generation” this year."),
                        List.of("Ada Pruitt: the worst season in a generation")),
                new QuoteCase("Portuguese: lê-se no documento, the report published by the agency before",
                        List.of("O relatório anual publicado nesta terça-feira pela Inspeção Geral de Serviços "
                                        + "Hospitalares (IGSH) conta uma história diferente sobre o hospital de Valdomar.",
                                "A equipa de inspectores esteve no Hospital Distrital de Valdomar durante duas semanas em Março.",
                                "\"A falta de médicos nas urgências coloca em risco os doentes\", lê-se no documento."),
                        List.of("Inspeção Geral de Serviços Hospitalares (IGSH): A falta de médicos nas urgências coloca em risco os doentes")),
                new QuoteCase("Italian: si legge nel documento, the note issued by the company before", List.of(
                        "La nota diffusa martedì dalla società Tramvie Collinari annuncia tagli alle corse serali "
                                + "in tutta la provincia.",
                        "«Le corse dopo le 22 saranno sospese da gennaio», si legge nel documento."),
                        List.of("Tramvie Collinari: Le corse dopo le 22 saranno sospese da gennaio")),
                new QuoteCase("German: no organisation named, the document speaks for no one", List.of(
                        "Der Bürgermeister Karl Weber hat am Montag seinen Rücktritt erklärt.",
                        "„Die Sitzung des Rates am Donnerstag fällt wegen Krankheit aus“, heißt es in der Mitteilung."),
                        List.of(": Die Sitzung des Rates am Donnerstag fällt wegen Krankheit aus")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("statements")
    void theIssuingOrganisationSpeaks(QuoteCase article) {
        assertEquals(article.quotes(), article.attributed());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("statements")
    void theDocumentIsNoActor(QuoteCase article) {
        List<String> actors = TestFiles.brief("", article.paragraphs().toArray(String[]::new)).actors().stream()
                .map(actor -> Lexicon.lower(actor.name())).toList();
        assertTrue(actors.stream().noneMatch(name -> List.of("comunicado", "texto", "mitteilung", "comunicato",
                "заявлении").stream().anyMatch(name::contains)), actors.toString());
    }
}
