package dev.briefs.local.localstack;

import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.briefs.aws.BriefsTable;
import dev.briefs.local.template.TableShape;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
    void theInitScriptQueuesEveryChangeAndMapsTheQueueToTheFunctionAsTheTemplateDoes() throws IOException {
        String script = Files.readString(LocalStackFiles.INIT_SCRIPT);
        assertTrue(script.contains("\\\"QueueConfigurations\\\"") && script.contains("s3:ObjectCreated:*")
                && script.contains("s3:ObjectRemoved:*"), "every created and removed object is queued");
        assertFalse(script.contains("FilterRules"), "without suffix filters");
        assertTrue(script.contains("create-event-source-mapping") && script.contains("ReportBatchItemFailures")
                && script.contains("MaximumConcurrency"), "the function consumes the queue with partial batch responses");
        assertTrue(script.contains("RedrivePolicy") && script.contains("BRIEFS_MAX_RECEIVES=$MAX_RECEIVES"),
                "the function knows the redrive policy's count");
    }

    @Test
    void theImageIsPinned() {
        assertEquals("localstack/localstack:4.14.0", LocalStackFiles.image());
    }
}
