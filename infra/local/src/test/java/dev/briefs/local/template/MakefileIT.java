package dev.briefs.local.template;

import dev.briefs.local.invoke.FunctionDefinition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipFile;

import static dev.briefs.local.template.ProjectTemplate.ROOT;
import static dev.briefs.local.template.ProjectTemplate.TEMPLATE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** What sam build does for each function: run its Makefile target, which must leave a package holding the handler. */
class MakefileIT {

    @Test
    void everyFunctionsBuildTargetLeavesAJarWithItsHandlerInTheArtifactsDirectory(@TempDir Path artifacts)
            throws IOException, InterruptedException {
        for (String id : TEMPLATE.functionIds()) {
            FunctionDefinition function = TEMPLATE.function(id);
            Path dir = artifacts.resolve(id);
            make(id, dir);
            List<Path> jars;
            try (Stream<Path> files = Files.list(dir.resolve("lib"))) {
                jars = files.toList();
            }
            assertEquals(1, jars.size(), "one self-contained jar in lib/, which Lambda's Java runtime loads");
            try (ZipFile jar = new ZipFile(jars.getFirst().toFile())) {
                assertNotNull(jar.getEntry(function.handlerClass().replace('.', '/') + ".class"),
                        jars.getFirst() + " holds " + function.handlerClass());
            }
        }
    }

    @Test
    void theLayerTargetLeavesPdfBoxUnderJavaLib(@TempDir Path artifacts) throws IOException, InterruptedException {
        make("PdfParsingLayer", artifacts);
        List<String> jars;
        try (Stream<Path> files = Files.list(artifacts.resolve("java/lib"))) {
            jars = files.map(jar -> jar.getFileName().toString()).sorted().toList();
        }
        assertTrue(jars.stream().anyMatch(jar -> jar.startsWith("pdfbox-")), jars.toString());
        assertTrue(jars.stream().anyMatch(jar -> jar.startsWith("fontbox-")), jars.toString());
    }

    /** Runs {@code make build-<logicalId>} as sam build does, into {@code artifacts}, and expects it to succeed. */
    private static void make(String logicalId, Path artifacts) throws IOException, InterruptedException {
        assumeTrue(Stream.of(System.getenv("PATH").split(":")).anyMatch(dir -> Files.isExecutable(Path.of(dir, "make"))),
                "make is not installed (sam build needs it too)");
        // MAVEN=true: this build has just packaged the functions, so the target only has to place the files.
        Process make = new ProcessBuilder("make", "--no-print-directory", "build-" + logicalId,
                "ARTIFACTS_DIR=" + artifacts, "MAVEN=true").directory(ROOT.toFile()).redirectErrorStream(true).start();
        String output = new String(make.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(make.waitFor(60, TimeUnit.SECONDS), output);
        assertEquals(0, make.exitValue(), output);
    }
}
