package dev.briefs.local.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * One annotated article of a brief-gold set: the file name the brief reports as its key, the gold annotations, the
 * article's bytes, the set it belongs to (the gold file's folder, {@code real} or {@code styles}) and its language.
 *
 * @param key      the article's file name
 * @param set      the name of the folder holding the gold file
 * @param language the gold's {@code language}; else "en" for a body of the extraction benchmark (brief-gold chose
 *                 English ones only), else empty, for the caller to tell from the article
 * @param gold     the gold annotations
 * @param article  the article file's content
 */
record GoldCase(String key, String set, String language, JsonNode gold, byte[] article) {

    private static final ObjectMapper JSON = new ObjectMapper();
    /**
     * Where real bodies live, relative to the set's folder or one above it: the extraction benchmark next door (a set
     * inside {@code shared/benchmarks}), or the benchmarks folder beside the repo (a set inside the repo, whose
     * checkout sits beside {@code shared}).
     */
    private static final List<String> GROUND_TRUTH = List.of("../article-extraction/ground-truth.json",
            "shared/benchmarks/article-extraction/ground-truth.json");

    /**
     * The cases at {@code location}: a CASES.tsv file (KEY, GOLD, ARTICLE per line, as make_cases.py prints), or a
     * folder searched for {@code *.gold.json}, whose article is the file of the same stem beside it or, for a gold
     * file with a {@code page}, that page's body in the extraction benchmark's ground truth.
     */
    static List<GoldCase> load(Path location) throws IOException {
        if (Files.isRegularFile(location)) {
            List<GoldCase> cases = new ArrayList<>();
            for (String line : Files.readAllLines(location, StandardCharsets.UTF_8)) {
                if (line.isBlank()) {
                    continue;
                }
                String[] fields = line.split("\t");
                if (fields.length != 3) {
                    throw new IllegalArgumentException(location + ": expected KEY<TAB>GOLD<TAB>ARTICLE, got: " + line);
                }
                Path gold = Path.of(fields[1]);
                cases.add(of(fields[0], gold, JSON.readTree(gold.toFile()), Files.readAllBytes(Path.of(fields[2]))));
            }
            return cases;
        }
        if (!Files.isDirectory(location)) {
            throw new IllegalArgumentException(location + " is neither a folder of gold files nor a cases file");
        }
        List<Path> golds;
        try (Stream<Path> files = Files.walk(location)) {
            golds = files.filter(p -> p.getFileName().toString().endsWith(".gold.json"))
                    .sorted(Comparator.comparing(Path::toString)).toList();
        }
        List<GoldCase> cases = new ArrayList<>();
        Map<String, JsonNode> bodies = null;
        for (Path goldFile : golds) {
            JsonNode gold = JSON.readTree(goldFile.toFile());
            String stem = goldFile.getFileName().toString().replace(".gold.json", "");
            if (gold.hasNonNull("page")) {
                if (bodies == null) {
                    bodies = groundTruth(location);
                }
                String page = gold.get("page").asText();
                JsonNode body = bodies.get(page);
                if (body == null) {
                    throw new IllegalArgumentException(goldFile + ": page " + page + " is not in the extraction benchmark's ground truth");
                }
                byte[] text = body.get("articleBody").asText().getBytes(StandardCharsets.UTF_8);
                cases.add(of(page.substring(0, 12) + ".txt", goldFile, gold, text));
            } else {
                cases.add(of(article(goldFile, stem).getFileName().toString(), goldFile, gold,
                        Files.readAllBytes(article(goldFile, stem))));
            }
        }
        return cases;
    }

    private static GoldCase of(String key, Path goldFile, JsonNode gold, byte[] article) {
        Path folder = goldFile.toAbsolutePath().getParent();
        String language = gold.hasNonNull("language") ? gold.get("language").asText()
                : gold.hasNonNull("page") ? "en" : "";
        return new GoldCase(key, folder == null ? "" : folder.getFileName().toString(), language, gold, article);
    }

    private static Path article(Path goldFile, String stem) throws IOException {
        try (Stream<Path> siblings = Files.list(goldFile.toAbsolutePath().getParent())) {
            List<Path> articles = siblings.filter(p -> {
                String name = p.getFileName().toString();
                return name.startsWith(stem + ".") && !name.endsWith(".gold.json");
            }).toList();
            if (articles.size() != 1) {
                throw new IllegalArgumentException(goldFile + ": expected one article beside it, found " + articles);
            }
            return articles.getFirst();
        }
    }

    /** The extraction benchmark's bodies by page id, from the first {@link #GROUND_TRUTH} found at or above the set. */
    private static Map<String, JsonNode> groundTruth(Path location) {
        for (Path dir = location.toAbsolutePath(); dir != null; dir = dir.getParent()) {
            for (String relative : GROUND_TRUTH) {
                Path file = dir.resolve(relative).normalize();
                if (Files.isRegularFile(file)) {
                    return bodies(file);
                }
            }
        }
        throw new IllegalArgumentException("gold files in " + location + " name pages by id, but neither "
                + String.join(" nor ", GROUND_TRUTH) + " is found in " + location + " or a folder above it");
    }

    private static Map<String, JsonNode> bodies(Path file) {
        try {
            Map<String, JsonNode> bodies = new HashMap<>();
            JSON.readTree(file.toFile()).properties().forEach(e -> bodies.put(e.getKey(), e.getValue()));
            return bodies;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }
}
