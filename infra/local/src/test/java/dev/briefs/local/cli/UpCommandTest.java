package dev.briefs.local.cli;

import dev.briefs.local.QueuePoller;
import dev.briefs.store.ObjectEvent;
import dev.briefs.store.ObjectRef;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class UpCommandTest {

    @Test
    void aKeyWithControlCharactersCannotForgeOrRecolourAConsoleLine() {
        String key = "in\u001B[31mbox\u0007.txt\r\n12:00:00  READY   forged.txt";
        ObjectEvent event = new ObjectEvent("ObjectCreated:Put",
                new ObjectRef("briefs-articles", key, 10L, "etag", null, "01"));

        for (QueuePoller.Delivery delivery : new QueuePoller.Delivery[]{new QueuePoller.Delivery(event, false, 5),
                new QueuePoller.Delivery(event, true, 5)}) {
            String line = UpCommand.summary(delivery, null);

            assertFalse(line.chars().anyMatch(Character::isISOControl), line);
            assertTrue(line.contains("in\\u001B[31mbox\\u0007.txt\\u000D\\u000A12:00:00  READY   forged.txt"), line);
        }
    }
}
