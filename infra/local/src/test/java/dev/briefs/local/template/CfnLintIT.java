package dev.briefs.local.template;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static dev.briefs.local.template.ProjectTemplate.ROOT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * AWS's CloudFormation linter, where installed: it runs SAM's own transform on the template and checks the result
 * against the resource specifications, which the parsing tests cannot.
 */
class CfnLintIT {

    @Test
    void theTemplateTransformsAndPassesCfnLint() throws Exception {
        assumeTrue(Stream.of(System.getenv("PATH").split(":")).anyMatch(dir -> Files.isExecutable(Path.of(dir,
                "cfn-lint"))), "cfn-lint is not installed (pip install cfn-lint)");
        Process lint = new ProcessBuilder("cfn-lint", "template.yaml").directory(ROOT.toFile())
                .redirectErrorStream(true).start();
        String findings = new String(lint.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(lint.waitFor(120, TimeUnit.SECONDS));
        assertEquals(0, lint.exitValue(), findings);
    }
}
