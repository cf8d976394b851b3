package dev.briefs.local.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.briefs.article.Article;
import dev.briefs.article.ArticleParser;
import dev.briefs.brief.ArticleRejectedException;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * {@code ./briefs bench-extraction PATH [--out FILE]}: runs the product's article parser over the article-extraction
 * benchmark (a folder with {@code html/<id>.html.gz}, {@code ground-truth.json} and {@code score.py}), writes the
 * predictions as {@code {"<id>": {"articleBody": "..."}}}, scores them with the benchmark's own {@code score.py}
 * and prints F1, precision, recall, the parse time and allocation per page and the heap in use.
 *
 * <p>Each page goes through the same entry point as production, {@link ArticleParser#parse(byte[], String, String)};
 * a rejected page counts as an empty extraction. The article body is the blocks joined by newlines, without the
 * title: the ground truth leaves the headline out, and adding it lowered F1 from 0.979 to 0.966 when measured. Pages
 * are parsed once untimed to warm the JIT, then timed one by one in a second pass, so the times are those of a warm
 * function.
 */
public final class ExtractionBenchmark {

    /** Exit code: scored. */
    public static final int OK = 0;
    /** Exit code: bad arguments or a folder that is not the benchmark. */
    public static final int USAGE = 2;
    /** Exit code: the predictions were written but could not be scored (python3 or score.py failed). */
    public static final int SCORING_FAILED = 3;

    private static final String USAGE_TEXT = "usage: bench-extraction PATH [--out FILE]\n"
            + "  PATH  the article-extraction benchmark folder (html/*.html.gz, ground-truth.json, score.py)\n"
            + "  --out FILE  where to write the predictions (default: a temporary file)";
    private static final long SCORER_TIMEOUT_SECONDS = 300;
    /** HotSpot's extension, which counts the bytes each thread allocates. */
    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    private final PrintStream out;
    private final PrintStream err;
    private final ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ExtractionBenchmark(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    /** Runs the benchmark with the arguments of {@code bench-extraction}; returns the process exit code. */
    public static int run(List<String> args) {
        return new ExtractionBenchmark(System.out, System.err).execute(args);
    }

    public static void main(String[] args) {
        System.exit(run(Arrays.asList(args)));
    }

    private int execute(List<String> args) {
        Path folder = null;
        Path predictions = null;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--out") && i + 1 < args.size()) {
                predictions = Path.of(args.get(++i));
            } else if (arg.equals("-h") || arg.equals("--help")) {
                out.println(USAGE_TEXT);
                return OK;
            } else if (folder == null && !arg.startsWith("--")) {
                folder = Path.of(arg);
            } else {
                err.println("bench-extraction: unexpected argument '" + arg + "'\n" + USAGE_TEXT);
                return USAGE;
            }
        }
        if (folder == null) {
            err.println("bench-extraction: missing the benchmark folder\n" + USAGE_TEXT);
            return USAGE;
        }
        String problem = checkFolder(folder);
        if (problem != null) {
            err.println("bench-extraction: " + folder + " is not the article-extraction benchmark: " + problem);
            return USAGE;
        }
        try {
            List<Path> pages = listPages(folder.resolve("html"));
            if (predictions == null) {
                predictions = Files.createTempFile("extraction-predictions-", ".json");
            }
            Measurement measurement = measure(pages);
            writePredictions(measurement.bodies(), predictions);
            out.printf(Locale.ROOT, "pages            %d (%d rejected, %d failed)%n", pages.size(),
                    measurement.rejected(), measurement.failed());
            out.println("predictions      " + predictions);
            JsonNode score = score(folder, predictions);
            if (score == null) {
                return SCORING_FAILED;
            }
            out.printf(Locale.ROOT, "f1               %.3f%n", score.path("f1").asDouble());
            out.printf(Locale.ROOT, "precision        %.3f%n", score.path("precision").asDouble());
            out.printf(Locale.ROOT, "recall           %.3f%n", score.path("recall").asDouble());
            out.printf(Locale.ROOT, "accuracy         %.3f%n", score.path("accuracy").asDouble());
            measurement.printTimes(out);
            return OK;
        } catch (IOException e) {
            err.println("bench-extraction: " + e.getMessage());
            return USAGE;
        }
    }

    private static String checkFolder(Path folder) {
        if (!Files.isDirectory(folder)) {
            return "no such folder";
        }
        for (String required : List.of("html", "ground-truth.json", "score.py")) {
            if (!Files.exists(folder.resolve(required))) {
                return "it has no " + required;
            }
        }
        return null;
    }

    private static List<Path> listPages(Path html) throws IOException {
        try (Stream<Path> files = Files.list(html)) {
            List<Path> pages = files.filter(p -> p.getFileName().toString().endsWith(".html.gz")).sorted().toList();
            if (pages.isEmpty()) {
                throw new IOException(html + " holds no *.html.gz page");
            }
            return pages;
        }
    }

    private Measurement measure(List<Path> pages) throws IOException {
        ArticleParser parser = new ArticleParser();
        List<Page> loaded = new ArrayList<>(pages.size());
        for (Path page : pages) {
            loaded.add(Page.read(page));
        }
        long coldStart = System.nanoTime();
        for (Page page : loaded) {
            extract(parser, page);
        }
        long coldNanos = System.nanoTime() - coldStart;

        TreeMap<String, String> bodies = new TreeMap<>();
        long[] nanos = new long[loaded.size()];
        long[] allocated = new long[loaded.size()];
        long peakHeap = 0;
        int rejected = 0;
        int failed = 0;
        for (int i = 0; i < loaded.size(); i++) {
            Page page = loaded.get(i);
            long allocatedBefore = THREADS.getCurrentThreadAllocatedBytes();
            long start = System.nanoTime();
            Extraction extraction = extract(parser, page);
            nanos[i] = System.nanoTime() - start;
            allocated[i] = THREADS.getCurrentThreadAllocatedBytes() - allocatedBefore;
            peakHeap = Math.max(peakHeap, Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory());
            bodies.put(page.id(), extraction.body());
            rejected += extraction.outcome() == Outcome.REJECTED ? 1 : 0;
            if (extraction.outcome() == Outcome.FAILED) {
                failed++;
                err.println("bench-extraction: " + page.id() + " failed: " + extraction.body());
                bodies.put(page.id(), "");
            }
        }
        return new Measurement(bodies, nanos, allocated, peakHeap, coldNanos, rejected, failed);
    }

    private static Extraction extract(ArticleParser parser, Page page) {
        try {
            Article article = parser.parse(page.bytes(), page.id() + ".html", "text/html");
            return new Extraction(article.body(), Outcome.PARSED);
        } catch (ArticleRejectedException e) {
            return new Extraction("", Outcome.REJECTED);
        } catch (RuntimeException e) {
            // A crash is a bug, but one page must not hide the score of the others.
            return new Extraction(e.toString(), Outcome.FAILED);
        }
    }

    private void writePredictions(TreeMap<String, String> bodies, Path file) throws IOException {
        ObjectNode root = json.createObjectNode();
        bodies.forEach((id, body) -> root.putObject(id).put("articleBody", body));
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        json.writeValue(file.toFile(), root);
    }

    /** Runs the benchmark's scorer; null (after saying why) when it cannot. */
    private JsonNode score(Path folder, Path predictions) {
        List<String> command = List.of("python3", folder.resolve("score.py").toString(),
                predictions.toAbsolutePath().toString(), "--bootstrap", "0", "--json");
        try {
            Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
            byte[] output;
            try (InputStream stdout = process.getInputStream()) {
                output = stdout.readAllBytes();
            }
            if (!process.waitFor(SCORER_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                err.println("bench-extraction: score.py did not finish in " + SCORER_TIMEOUT_SECONDS + " s");
                return null;
            }
            if (process.exitValue() != 0) {
                err.println("bench-extraction: score.py exited with " + process.exitValue() + ": "
                        + new String(output, StandardCharsets.UTF_8));
                return null;
            }
            return json.readTree(output);
        } catch (IOException e) {
            err.println("bench-extraction: cannot run " + String.join(" ", command) + ": " + e.getMessage()
                    + " (is python3 installed?)");
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            err.println("bench-extraction: interrupted while scoring");
            return null;
        }
    }

    private enum Outcome { PARSED, REJECTED, FAILED }

    private record Extraction(String body, Outcome outcome) {
    }

    /** One benchmark page, decompressed: the production parser receives the bytes a client would upload. */
    private record Page(String id, byte[] bytes) {

        static Page read(Path file) throws IOException {
            String name = file.getFileName().toString();
            try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
                return new Page(name.substring(0, name.length() - ".html.gz".length()), in.readAllBytes());
            }
        }
    }

    /**
     * What the timed pass measured. {@code allocated} is what each parse allocated (garbage included), the best
     * figure of the memory a page costs, whatever the heap size; {@code peakHeap} is the most heap in use seen after
     * any page, garbage not yet collected included (so it grows with the maximum heap the JVM is given), as are the
     * bytes of every page, which the benchmark holds in memory.
     */
    private record Measurement(TreeMap<String, String> bodies, long[] nanos, long[] allocated, long peakHeap,
                               long coldNanos, int rejected, int failed) {

        void printTimes(PrintStream out) {
            long[] times = sorted(nanos);
            long[] bytes = sorted(allocated);
            out.printf(Locale.ROOT, "time per page    median %.1f ms, p99 %.1f ms, max %.1f ms (warm; cold first pass"
                            + " %.1f s for all pages)%n", millis(percentile(times, 50)), millis(percentile(times, 99)),
                    millis(times[times.length - 1]), coldNanos / 1e9);
            out.printf(Locale.ROOT, "allocated/page   median %.1f MiB, p99 %.1f MiB%n", mebibytes(percentile(bytes, 50)),
                    mebibytes(percentile(bytes, 99)));
            out.printf(Locale.ROOT, "heap             peak %.0f MiB in use (uncollected garbage included), max heap"
                    + " %.0f MiB%n", mebibytes(peakHeap), mebibytes(Runtime.getRuntime().maxMemory()));
        }

        private static long[] sorted(long[] values) {
            long[] copy = values.clone();
            Arrays.sort(copy);
            return copy;
        }

        /** The nearest-rank percentile. */
        private static long percentile(long[] sorted, int percent) {
            int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
            return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
        }

        private static double millis(long nanos) {
            return nanos / 1e6;
        }

        private static double mebibytes(long bytes) {
            return bytes / 1048576.0;
        }
    }
}
