package dev.briefs.local.invoke;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class EnvVarsFileTest {

    @Test
    void aFunctionsSectionWinsOverTheSectionForAll(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("env.json"), """
                {"Parameters": {"TABLE": "all", "LEVEL": "INFO", "SIZE": 10, "ON": true, "NESTED": {"a": 1}},
                 "Worker": {"TABLE": "mine"}}
                """);
        EnvVarsFile envVars = EnvVarsFile.read(file);
        assertEquals(Map.of("TABLE", "mine", "LEVEL", "INFO", "SIZE", "10", "ON", "true", "NESTED", ""),
                envVars.overridesFor("Worker"));
        assertEquals("all", envVars.overridesFor("Other").get("TABLE"));
    }

    @Test
    void aSectionMustBeAnObjectAsSamLocalRequires(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("env.json"), "{\"Worker\": \"TABLE=x\"}");
        assertThrows(IllegalArgumentException.class, () -> EnvVarsFile.read(file));
    }
}
