package dev.briefs.local.cli;

import dev.briefs.local.EventDispatcher;
import dev.briefs.standins.ObjectCreated;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class UpCommandTest {

    @Test
    void aKeyWithControlCharactersCannotForgeOrRecolourAConsoleLine() {
        String key = "in\u001B[31mbox\u0007.txt\r\n12:00:00  READY   forged.txt";
        ObjectCreated object = new ObjectCreated("ObjectCreated:Put", "briefs-articles", key, 10, "etag");
        EventDispatcher.Delivery delivery = new EventDispatcher.Delivery(object,
                List.of(Map.of("result", "READY", "status", "READY", "briefId", "b_1")), null, 5);

        String line = UpCommand.summary(delivery, null);

        assertFalse(line.chars().anyMatch(Character::isISOControl), line);
        assertTrue(line.contains("in\\u001B[31mbox\\u0007.txt\\u000D\\u000A12:00:00  READY   forged.txt"), line);
    }
}
