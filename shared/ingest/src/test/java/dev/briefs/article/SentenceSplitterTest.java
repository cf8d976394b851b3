package dev.briefs.article;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SentenceSplitterTest {

    private static List<String> sentences(String text) {
        return SentenceSplitter.split(text, 0, text.length()).stream().map(r -> text.substring(r[0], r[1])).toList();
    }

    @Test
    void aGermanOrdinalDayBeforeAMonthEndsNoSentence() {
        assertEquals(List.of("Die Preise steigen zum 1. März um 18 Prozent.", "Bisher war das anders."),
                sentences("Die Preise steigen zum 1. März um 18 Prozent. Bisher war das anders."));
    }

    @Test
    void aGermanOrdinalAfterAnArticleEndsNoSentence() {
        assertEquals(List.of("Die Stürmerin traf in der 88. Minute zum 1:0.", "Danach war Schluss."),
                sentences("Die Stürmerin traf in der 88. Minute zum 1:0. Danach war Schluss."));
        assertEquals(List.of("Er sprang beim 3. Versuch über die Latte."), sentences("Er sprang beim 3. Versuch über die Latte."));
    }

    @Test
    void aYearOrANumberBeforeAnyOtherWordStillEndsOne() {
        assertEquals(List.of("Das Werk wurde 1952.", "Mai kam später."), sentences("Das Werk wurde 1952. Mai kam später."));
        assertEquals(List.of("Sie wurde 12.", "Danach ging sie."), sentences("Sie wurde 12. Danach ging sie."));
    }

    @Test
    void aCompanyFormOrAStateBeforeAParenthesisEndsNoSentence() {
        assertEquals(List.of("Velda Corp. (NYSE: VLD) said on Monday it would cut jobs."),
                sentences("Velda Corp. (NYSE: VLD) said on Monday it would cut jobs."));
        assertEquals(List.of("ORINDA, Calif. (AP) — The council met."), sentences("ORINDA, Calif. (AP) — The council met."));
        assertEquals(List.of("AIKEN, S.C. (AP) — The council met."), sentences("AIKEN, S.C. (AP) — The council met."));
    }

    @Test
    void aCompanyFormBeforeACapitalOrAnyWordBeforeAParenthesisStillEndsOne() {
        assertEquals(List.of("It was bought by Velda Inc.", "The deal closed."),
                sentences("It was bought by Velda Inc. The deal closed."));
        assertEquals(List.of("The talks ended, said Morane.", "(Reporting by Ada Lind)"),
                sentences("The talks ended, said Morane. (Reporting by Ada Lind)"));
    }
}
