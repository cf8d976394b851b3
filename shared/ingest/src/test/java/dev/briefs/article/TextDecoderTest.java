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
}
