package dev.briefs.local.bench;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

/** Where a gold file naming a real body by page id finds that body, on made-up folders and a made-up ground truth. */
class GoldCaseTest {

    private static final String PAGE = "ab12cd34ef56" + "0".repeat(52);
    private static final String GROUND_TRUTH = "{\"" + PAGE + "\": {\"articleBody\": \"Mayor Ines Varga said so.\","
            + " \"url\": \"https://example.org/a\"}}";

    @TempDir
    Path root;

    private Path goldFileIn(Path set) throws Exception {
        Files.createDirectories(set);
        return Files.writeString(set.resolve("ab12cd34ef56.gold.json"), "{\"page\": \"" + PAGE + "\"}");
    }

    private static void write(Path file, String text) throws Exception {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    /** The cases of a set at {@code set} (under the temporary root) whose one gold file names {@link #PAGE}. */
    private List<GoldCase> loadWithGroundTruthAt(String set, String groundTruth) throws Exception {
        goldFileIn(root.resolve(set).resolve("real"));
        write(root.resolve(groundTruth), GROUND_TRUTH);
        return GoldCase.load(root.resolve(set));
    }

    @Test
    void aSetInsideTheBenchmarksFolderReadsTheBenchmarkNextDoor() throws Exception {
        List<GoldCase> cases = loadWithGroundTruthAt("benchmarks/brief-gold",
                "benchmarks/article-extraction/ground-truth.json");

        assertEquals(1, cases.size());
        assertEquals("ab12cd34ef56.txt", cases.getFirst().key());
        assertEquals("real", cases.getFirst().set());
        assertEquals("Mayor Ines Varga said so.", new String(cases.getFirst().article(), StandardCharsets.UTF_8));
    }

    @Test
    void aSetInsideTheRepoReadsTheSharedBenchmarksBesideTheRepo() throws Exception {
        List<GoldCase> cases = loadWithGroundTruthAt("repo/events/brief-cases",
                "shared/benchmarks/article-extraction/ground-truth.json");

        assertEquals(List.of("ab12cd34ef56.txt"), cases.stream().map(GoldCase::key).toList());
        assertEquals("en", cases.getFirst().language(), "a real body without a language is taken as English");
    }

    @Test
    void withoutAGroundTruthTheErrorNamesBothPlacesLookedFor() throws Exception {
        // The loader looks beside every folder above the set, so a benchmark beside the temporary folder (a
        // "/tmp/shared" link) would be found: then this machine cannot show the error.
        for (Path dir = root.getParent(); dir != null; dir = dir.getParent()) {
            assumeFalse(Files.exists(dir.resolve("shared/benchmarks/article-extraction/ground-truth.json")),
                    "a ground truth lies beside " + dir);
        }
        Path set = root.resolve("repo/events/brief-cases");
        goldFileIn(set.resolve("real"));

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> GoldCase.load(set));

        assertTrue(e.getMessage().contains("../article-extraction/ground-truth.json"), e.getMessage());
        assertTrue(e.getMessage().contains("shared/benchmarks/article-extraction/ground-truth.json"), e.getMessage());
    }

    @Test
    void aPageMissingFromTheGroundTruthNamesTheGoldFile() throws Exception {
        Path set = root.resolve("benchmarks/brief-gold");
        write(root.resolve("benchmarks/article-extraction/ground-truth.json"), "{}");
        Path gold = goldFileIn(set.resolve("real"));

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> GoldCase.load(set));

        assertTrue(e.getMessage().startsWith(gold.toString()), e.getMessage());
    }
}
