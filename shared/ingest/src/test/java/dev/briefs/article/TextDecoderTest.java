package dev.briefs.article;

import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TextDecoderTest {

    @Test
    void decodesWindows1252CurlyQuotesAndPoundSigns() {
        byte[] bytes = "“Shovel-ready”, they said – for £310m.".getBytes(Charset.forName("windows-1252"));
        assertEquals("“Shovel-ready”, they said – for £310m.", TextDecoder.decode(bytes));
    }

    @Test
    void prefersUtf8AndHonoursAByteOrderMark() {
        String text = "Zelenskyy’s “push”";
        assertEquals(text, TextDecoder.decode(text.getBytes(StandardCharsets.UTF_8)));
        byte[] withBom = ("\uFEFF" + text).getBytes(StandardCharsets.UTF_8);
        assertEquals(text, TextDecoder.decode(withBom));
    }

    private static final Charset WINDOWS_1251 = Charset.forName("windows-1251");
    private static final String RUSSIAN = "Правительство одобрило ночные паромы после долгой кампании жителей.";
    private static final String FRENCH = "L’événement a réuni élus et équipages à l’hôtel de ville, dès l’été.";

    @Test
    void cyrillicBytesUnderALyingUtf8DeclarationAreDetectedAsWindows1251() {
        assertEquals(RUSSIAN, TextDecoder.decode(RUSSIAN.getBytes(WINDOWS_1251), StandardCharsets.UTF_8));
    }

    @Test
    void aDeclaredLegacyCharsetThatGivesMojibakeLosesToDetection() {
        Charset windows1252 = Charset.forName("windows-1252");

        assertEquals(RUSSIAN, TextDecoder.decode(RUSSIAN.getBytes(WINDOWS_1251), windows1252));
    }

    @Test
    void aTruthfulDeclarationAndWesternTextStayAsTheyAre() {
        Charset windows1252 = Charset.forName("windows-1252");

        assertEquals(RUSSIAN, TextDecoder.decode(RUSSIAN.getBytes(WINDOWS_1251), WINDOWS_1251));
        assertEquals(FRENCH, TextDecoder.decode(FRENCH.getBytes(windows1252)));
        assertEquals(FRENCH, TextDecoder.decode(FRENCH.getBytes(windows1252), StandardCharsets.UTF_8));
        Charset latin2 = Charset.forName("ISO-8859-2");
        String czech = "Přístav schválil noční trajekty.";
        assertEquals(czech, TextDecoder.decode(czech.getBytes(latin2), latin2));
    }

    @Test
    void mangledWordsAreThoseOfTwoScriptsOrOfAccentedLatinRuns() {
        assertEquals(0, TextDecoder.mangledWords(FRENCH));
        assertEquals(0, TextDecoder.mangledWords(RUSSIAN));
        assertEquals(8, TextDecoder.mangledWords(new String(RUSSIAN.getBytes(WINDOWS_1251),
                Charset.forName("windows-1252"))));
        assertEquals(7, TextDecoder.mangledWords(new String(FRENCH.getBytes(Charset.forName("windows-1252")),
                WINDOWS_1251)));
    }
}
