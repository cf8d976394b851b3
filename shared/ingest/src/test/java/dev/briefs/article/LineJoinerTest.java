package dev.briefs.article;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LineJoinerTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            the inter-     | national terminal       | the international terminal
            the inter‐     | national terminal       | the international terminal
            a soft hyphen­ | ated word               | a soft hyphenated word
            the Franco-    | German treaty           | the Franco-German treaty
            the COVID-     | 19 rules                | the COVID-19 rules
            a 2-           | year contract           | a 2-year contract
            the harbour -  | a busy place            | the harbour - a busy place
            ends here.     | Next sentence           | ends here. Next sentence
            """)
    void wrappedLinesJoinAndLineEndHyphenationIsUndone(String first, String second, String joined) {
        List<String> lines = List.of(first.strip(), second.strip());

        assertEquals(joined, LineJoiner.forDocument(lines).join(lines));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            the well-  | known café | a well-known harbour  | the well-known café
            the well-  | known café | a wellknown harbour   | the wellknown café
            """)
    void aCompoundTheDocumentWritesWithItsHyphenKeepsIt(String first, String second, String elsewhere, String joined) {
        List<String> lines = List.of(first.strip(), second.strip());

        assertEquals(joined, LineJoiner.forDocument(List.of(elsewhere.strip(), first.strip(), second.strip())).join(lines));
    }
}
