package dev.briefs.log;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PrintableTextTest {

    private static final String FORGED = "news/a\u001B[2Jb\u0007c\r12:00:00  READY   fake.txt\nd\u009Be\u202Ef.txt";

    @Test
    void controlCharactersBecomeVisibleEscapes() {
        assertEquals("news/a\\u001B[2Jb\\u0007c\\u000D12:00:00  READY   fake.txt\\u000Ad\\u009Be\\u202Ef.txt",
                PrintableText.of(FORGED));
    }

    @Test
    void aBackslashIsDoubledSoAnEscapeInTheKeyItselfStaysDistinct() {
        assertEquals("a\\\\u001B", PrintableText.of("a\\u001B"));
    }

    @Test
    void ordinaryKeysAreReturnedAsTheyAre() {
        String key = "wire/Harbour ferries + night — Zürich 北京.txt";
        assertSame(key, PrintableText.of(key));
    }

    @Test
    void aLogLineWithSuchAKeyStaysOneLineWithoutControlCharacters() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        JsonLog.redirect(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        try {
            JsonLog.info("brief ready", Map.of("key", FORGED));
        } finally {
            JsonLog.redirect(System.out);
        }
        String line = bytes.toString(StandardCharsets.UTF_8);

        assertEquals(line.length() - 1, line.indexOf('\n'), line);
        assertFalse(line.chars().limit(line.length() - 1).anyMatch(Character::isISOControl), line);
        assertTrue(line.contains("\\u001B[2J"), line);
        assertTrue(line.contains("d\\u009Be\\u202Ef.txt"), line);
    }
}
