package dev.briefs.engine.extractive;

import dev.briefs.engine.extractive.TestFiles.QuoteCase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The verbs of saying that reporters attribute quotations with beyond "said" (verbs17), in the forms and places an
 * attribution after the quotation uses them: before the name, after it, with a pronoun or a description. Every name
 * here is invented.
 */
class SpeechVerbsTest {

    static Stream<QuoteCase> verbs() {
        return Stream.of(
                new QuoteCase("en: retorted before the name", List.of(
                        "Mayor Orla Brannick unveiled the harbour budget on Monday.",
                        "“We will not raise the parking fees,” retorted Brannick."),
                        List.of("Orla Brannick: We will not raise the parking fees")),
                new QuoteCase("en: scoffed after the name", List.of(
                        "The harbour budget was unveiled on Monday.",
                        "“The plan will never pass the council,” Councillor Tobias Wrenfield scoffed."),
                        List.of("Tobias Wrenfield: The plan will never pass the council")),
                new QuoteCase("en: concedes, present, after a pronoun", List.of(
                        "Engineer Lida Marsh inspected the bridge at Coldharbour on Tuesday.",
                        "“The cables are older than we thought,” she concedes."),
                        List.of("Lida Marsh: The cables are older than we thought")),
                new QuoteCase("en: grumbled after a pronoun", List.of(
                        "Councillor Tobias Wrenfield voted against the harbour budget on Monday.",
                        "“Nobody asked the fishermen,” he grumbled."),
                        List.of("Tobias Wrenfield: Nobody asked the fishermen")),
                new QuoteCase("de: konterte before the name", List.of(
                        "Die Bürgermeisterin von Talbrunn, Hanna Oberleitner, stellte am Montag den Haushalt der Stadt vor.",
                        "„Die Gebühren steigen nicht“, konterte Oberleitner."),
                        List.of("Hanna Oberleitner: Die Gebühren steigen nicht")),
                new QuoteCase("de: erwiderte before a pronoun", List.of(
                        "Die Bürgermeisterin von Talbrunn, Hanna Oberleitner, stellte am Montag den Haushalt der Stadt vor.",
                        "„Die Gebühren steigen nicht“, erwiderte sie."),
                        List.of("Hanna Oberleitner: Die Gebühren steigen nicht")),
                new QuoteCase("de: schimpfte before a description", List.of(
                        "Stadtrat Felix Ambacher stimmte am Montag gegen den Haushalt der Stadt Talbrunn.",
                        "„Der Plan ist ein Luftschloss“, schimpfte der Stadtrat."),
                        List.of("Felix Ambacher: Der Plan ist ein Luftschloss")),
                new QuoteCase("fr: a rétorqué before a description", List.of(
                        "La maire de Vernac, Claire Dubosc, a présenté lundi le budget de la commune pour l'année prochaine.",
                        "« Nous n'augmenterons pas les impôts », a rétorqué l'élue face à l'opposition."),
                        List.of("Claire Dubosc: Nous n'augmenterons pas les impôts")),
                new QuoteCase("fr: réplique, a noun elsewhere, right after the quotation", List.of(
                        "La maire de Vernac, Claire Dubosc, a présenté lundi le budget de la commune pour l'année prochaine.",
                        "« Les chiffres sont clairs et la dette baisse », réplique Claire Dubosc."),
                        List.of("Claire Dubosc: Les chiffres sont clairs et la dette baisse")),
                new QuoteCase("fr: déplore, present, before a description", List.of(
                        "Le conseiller Paul Marchetti a voté lundi contre le budget de la commune de Vernac.",
                        "« Ce budget oublie les écoles du quartier », déplore le conseiller."),
                        List.of("Paul Marchetti: Ce budget oublie les écoles du quartier")),
                new QuoteCase("fr: a concédé before the name", List.of(
                        "Le budget de la commune de Vernac a été présenté lundi devant le conseil municipal.",
                        "« La dette reste trop lourde pour la ville », a concédé Paul Marchetti."),
                        List.of("Paul Marchetti: La dette reste trop lourde pour la ville")),
                new QuoteCase("fr: s'est exclamé, a reflexive verb of saying after its auxiliary", List.of(
                        "Le conseiller Paul Marchetti a voté lundi contre le budget de la commune de Vernac.",
                        "« Ce budget est une illusion complète », s'est exclamé le conseiller."),
                        List.of("Paul Marchetti: Ce budget est une illusion complète")),
                new QuoteCase("fr: s’est indignée, the reflexive with a typographic apostrophe", List.of(
                        "La maire de Vernac, Claire Dubosc, a défendu le texte devant le conseil municipal.",
                        "« Nous avons baissé la dette de la ville », s’est indignée Claire Dubosc."),
                        List.of("Claire Dubosc: Nous avons baissé la dette de la ville")),
                new QuoteCase("es: recalcó before the name", List.of(
                        "La alcaldesa de Villaseca, Marta Orduña, presentó el lunes el presupuesto municipal.",
                        "«No subiremos los impuestos a los vecinos», recalcó Orduña."),
                        List.of("Marta Orduña: No subiremos los impuestos a los vecinos")),
                new QuoteCase("es: apostilló before a description and the name", List.of(
                        "El presupuesto municipal de Villaseca se presentó el lunes en el pleno.",
                        "«Las cuentas no cuadran por ningún lado», apostilló el concejal Rubén Tolosa."),
                        List.of("Rubén Tolosa: Las cuentas no cuadran por ningún lado")),
                new QuoteCase("es: zanjó before a description", List.of(
                        "El concejal Rubén Tolosa votó el lunes contra el presupuesto municipal de Villaseca.",
                        "«Nadie nos ha consultado sobre las obras», zanjó el concejal."),
                        List.of("Rubén Tolosa: Nadie nos ha consultado sobre las obras")),
                new QuoteCase("es: asevera, present, before a description", List.of(
                        "La alcaldesa de Villaseca, Marta Orduña, presentó el lunes el presupuesto municipal.",
                        "«La deuda baja por tercer año», asevera la alcaldesa."),
                        List.of("Marta Orduña: La deuda baja por tercer año")),
                new QuoteCase("it: ha chiosato before the name", List.of(
                        "La sindaca di Valfonda, Giulia Serravalle, ha presentato lunedì il bilancio del comune.",
                        "«Non aumenteremo le tasse ai cittadini», ha chiosato Serravalle."),
                        List.of("Giulia Serravalle: Non aumenteremo le tasse ai cittadini")),
                new QuoteCase("it: sbotta, present, before a description", List.of(
                        "Il consigliere Marco Ruggeri ha criticato lunedì il bilancio del comune di Valfonda.",
                        "«Nessuno ci ha consultati sui lavori», sbotta il consigliere."),
                        List.of("Marco Ruggeri: Nessuno ci ha consultati sui lavori")),
                new QuoteCase("it: ha puntualizzato before a description", List.of(
                        "Il consigliere Marco Ruggeri ha votato lunedì contro il bilancio del comune di Valfonda.",
                        "«Il bilancio dimentica le scuole del paese», ha puntualizzato il consigliere."),
                        List.of("Marco Ruggeri: Il bilancio dimentica le scuole del paese")),
                new QuoteCase("it: chiosa, present, before the name", List.of(
                        "Il bilancio del comune di Valfonda è stato presentato lunedì in consiglio.",
                        "«I conti non tornano affatto», chiosa Marco Ruggeri."),
                        List.of("Marco Ruggeri: I conti non tornano affatto")),
                new QuoteCase("pt: retrucou before the name", List.of(
                        "A prefeita de Vila Serena, Joana Albuquerque, apresentou na segunda-feira o orçamento da cidade.",
                        "«Não vamos aumentar os impostos da cidade», retrucou Albuquerque."),
                        List.of("Joana Albuquerque: Não vamos aumentar os impostos da cidade")),
                new QuoteCase("pt: rebateu before a description", List.of(
                        "O vereador Caio Menezes votou na segunda-feira contra o orçamento da cidade de Vila Serena.",
                        "«Esse orçamento esquece as escolas do bairro», rebateu o vereador."),
                        List.of("Caio Menezes: Esse orçamento esquece as escolas do bairro")),
                new QuoteCase("pt: pontuou before the name", List.of(
                        "O orçamento da cidade de Vila Serena foi apresentado na segunda-feira na câmara.",
                        "«A dívida continua alta demais», pontuou Caio Menezes."),
                        List.of("Caio Menezes: A dívida continua alta demais")),
                new QuoteCase("ru: возразил before a description", List.of(
                        "Депутат Олег Званцев выступил в понедельник против бюджета района.",
                        "«Этот бюджет забывает о школах», — возразил депутат."),
                        List.of("Олег Званцев: Этот бюджет забывает о школах")),
                new QuoteCase("ru: парировала before a pronoun", List.of(
                        "Глава района Ирина Соколова представила в понедельник бюджет на следующий год.",
                        "«Налоги мы не повысим», — парировала она."),
                        List.of("Ирина Соколова: Налоги мы не повысим")),
                new QuoteCase("ru: съязвил before a pronoun", List.of(
                        "Депутат Олег Званцев раскритиковал в понедельник бюджет района.",
                        "«Нас никто не спросил», — съязвил он."),
                        List.of("Олег Званцев: Нас никто не спросил")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("verbs")
    void aVerbOfSayingAttributesTheQuotation(QuoteCase article) {
        assertEquals(article.quotes(), article.attributed());
    }
}
