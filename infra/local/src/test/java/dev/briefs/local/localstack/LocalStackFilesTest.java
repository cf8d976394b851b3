package dev.briefs.local.localstack;

import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.briefs.aws.BriefsTable;
import dev.briefs.local.template.ProjectTemplate;
import dev.briefs.local.template.TableShape;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The LocalStack setup creates what template.yaml creates in AWS. */
class LocalStackFilesTest {

    @Test
    void theInitScriptCreatesTheTableBriefsTableDefines() throws IOException {
        @SuppressWarnings("unchecked")
        Map<String, Object> table = JsonMapper.builder().build().readValue(LocalStackFiles.TABLE.toFile(), Map.class);
        assertEquals(TableShape.of(BriefsTable.createTableRequest("briefs")), TableShape.of(table));
    }

    @Test
    void theInitScriptNotifiesTheSummarizeFunctionForTheTemplatesSuffixes() throws IOException {
        Matcher suffixes = Pattern.compile("(?m)^SUFFIXES=\\(([^)]*)\\)$").matcher(Files.readString(
                LocalStackFiles.INIT_SCRIPT));
        assertTrue(suffixes.find(), "the script lists SUFFIXES");
        assertEquals(ProjectTemplate.notifiedSuffixes(), Set.of(suffixes.group(1).trim().split("\\s+")));
    }

    @Test
    void theImageIsPinned() {
        assertEquals("localstack/localstack:4.14.0", LocalStackFiles.image());
    }
}
