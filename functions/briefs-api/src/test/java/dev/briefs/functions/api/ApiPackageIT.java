package dev.briefs.functions.api;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The API's deployment package, as the build leaves it: the module graph keeps every parser, engine and verifier out,
 * so nothing that reads untrusted articles is deployed where requests are served.
 */
class ApiPackageIT {

    private static final Path PACKAGE = Path.of("target", "briefs-api-lambda.jar");

    /** Packages of the ingest side (parsers, engines, verification, the pipeline) and the libraries they parse with. */
    private static final List<String> INGEST_ONLY = List.of("dev/briefs/article/", "dev/briefs/engine/",
            "dev/briefs/verify/", "dev/briefs/pipeline/", "dev/briefs/llm/", "org/jsoup/", "org/apache/pdfbox/",
            "org/apache/fontbox/", "dev/langchain4j/");

    @Test
    void theApiPackageHoldsNoParserEngineOrParsingLibrary() throws IOException {
        assertTrue(Files.isRegularFile(PACKAGE), PACKAGE + " is built by the package phase, before this test");
        try (ZipFile jar = new ZipFile(PACKAGE.toFile())) {
            List<String> ingest = jar.stream().map(ZipEntry::getName)
                    .filter(name -> INGEST_ONLY.stream().anyMatch(name::startsWith)).toList();
            assertEquals(List.of(), ingest);
            assertTrue(jar.getEntry("dev/briefs/api/BriefsApi.class") != null, "the API itself is there");
            assertTrue(jar.getEntry("dev/briefs/render/brief-pages.css") != null, "and the pages' stylesheet");
        }
    }
}
