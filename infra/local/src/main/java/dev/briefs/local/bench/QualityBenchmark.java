package dev.briefs.local.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.briefs.article.Article;
import dev.briefs.article.ArticleFormat;
import dev.briefs.article.ArticleParser;
import dev.briefs.brief.ArticleRejectedException;
import dev.briefs.brief.Brief;
import dev.briefs.engine.BriefEngine;
import dev.briefs.engine.extractive.ExtractiveBriefEngine;
import dev.briefs.functions.summarize.SummarizeFunction;
import dev.briefs.json.BriefJson;
import dev.briefs.local.cli.BriefCommand;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code ./briefs bench quality [CASES] [--out BRIEFS.jsonl]}: briefs every article of a brief-gold set with the
 * extractive engine, as {@code ./briefs brief --json} does, scores the briefs with {@link GoldScorer} (the rules of
 * the set's {@code score.py}) and prints each imperfect article's misses, then the figures over all cases, per set
 * and per language, and the time per article. CASES is a folder of gold files or a CASES.tsv file; by default the
 * dev set {@code ../shared/benchmarks/brief-gold}. {@code --out} writes the briefs as JSON lines, for score.py to
 * check the figures. Every gold file is first checked with {@link GoldCheck}. Exits 1 when the engine throws on an
 * article, 2 on bad arguments or a gold file that breaks the rules.
 */
final class QualityBenchmark {

    private static final String DEFAULT_SET = "../shared/benchmarks/brief-gold";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int WARM_UP_PASSES = 5;

    /** One case briefed: its brief's JSON (null when the article was rejected) and the time parse and brief took. */
    private record Run(GoldCase gold, String language, String briefJson, double millis) {
    }

    private QualityBenchmark() {
    }

    static int run(List<String> args, PrintStream out) throws IOException {
        Path location = null;
        Path briefsOut = null;
        for (int i = 0; i < args.size(); i++) {
            if (args.get(i).equals("--out") && i + 1 < args.size()) {
                briefsOut = Path.of(args.get(++i));
            } else if (location == null && !args.get(i).startsWith("--")) {
                location = Path.of(args.get(i));
            } else {
                throw new IllegalArgumentException("usage: bench quality [CASES] [--out BRIEFS.jsonl]");
            }
        }
        if (location == null) {
            location = Path.of(System.getProperty("briefs.home", ".")).resolve(DEFAULT_SET).normalize();
        }
        List<GoldCase> cases = GoldCase.load(location);
        if (cases.isEmpty()) {
            throw new IllegalArgumentException("no gold files in " + location);
        }
        List<String> problems = cases.stream().flatMap(c -> GoldCheck.problems(c).stream()).toList();
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("gold files that break the brief-gold rules:\n  "
                    + String.join("\n  ", problems));
        }
        BriefEngine engine = SummarizeFunction.engine(Map.of());
        List<Run> runs;
        try {
            for (int pass = 0; pass < WARM_UP_PASSES; pass++) {
                briefAll(cases, engine); // the times below are those of a warm function
            }
            runs = briefAll(cases, engine);
        } catch (RuntimeException e) {
            out.println("bench quality: the engine failed: " + e);
            e.printStackTrace(out);
            return 1;
        }
        if (briefsOut != null) {
            List<String> lines = runs.stream().filter(r -> r.briefJson() != null).map(Run::briefJson).toList();
            Files.write(briefsOut, lines, StandardCharsets.UTF_8);
        }
        report(location, runs, out);
        return 0;
    }

    private static List<Run> briefAll(List<GoldCase> cases, BriefEngine engine) {
        ArticleParser parser = new ArticleParser();
        List<Run> runs = new ArrayList<>();
        for (GoldCase gold : cases) {
            ArticleFormat format = ArticleFormat.fromExtension(gold.key());
            long start = System.nanoTime();
            String json = null;
            String language = gold.language();
            try {
                Article article = parser.parse(gold.article(), gold.key(), format == null ? null : format.contentType());
                Brief brief = BriefCommand.brief(Path.of(gold.key()), gold.article(), article, engine);
                json = BriefJson.write(brief);
                language = language.isEmpty() ? ExtractiveBriefEngine.language(article) : language;
            } catch (ArticleRejectedException e) {
                // A rejected article has no READY brief, which the scorer counts as an empty one.
            }
            runs.add(new Run(gold, language.isEmpty() ? "?" : language, json, (System.nanoTime() - start) / 1e6));
        }
        return runs;
    }

    private static void report(Path location, List<Run> runs, PrintStream out) throws IOException {
        GoldScorer.Tally all = new GoldScorer.Tally();
        Map<String, GoldScorer.Tally> bySet = new TreeMap<>();
        Map<String, GoldScorer.Tally> byLanguage = new TreeMap<>();
        double[] millis = new double[runs.size()];
        for (int i = 0; i < runs.size(); i++) {
            Run run = runs.get(i);
            JsonNode brief = run.briefJson() == null ? null : JSON.readTree(run.briefJson());
            GoldScorer.Result result = GoldScorer.score(run.gold().gold(), brief, run.briefJson(),
                    GoldScorer.articleText(run.gold().key(), run.gold().article()));
            if (!result.misses().isEmpty()) {
                String line = String.join("; ", result.misses());
                out.println(run.gold().key() + ": " + (line.length() > 400 ? line.substring(0, 400) : line));
            }
            all.add(result.tally());
            bySet.computeIfAbsent(run.gold().set(), k -> new GoldScorer.Tally()).add(result.tally());
            byLanguage.computeIfAbsent(run.language(), k -> new GoldScorer.Tally()).add(result.tally());
            millis[i] = run.millis();
        }
        LatencyStats time = LatencyStats.of(millis);
        out.println();
        out.println("brief quality on " + location + " (" + runs.size() + " articles)");
        row(out, "required actors found", all, t -> pct(t.actorsFound, t.actorsRequired));
        row(out, "required quotes found", all, t -> pct(t.quotesFound, t.quotesRequired));
        row(out, "found quotes with the right speaker", all, t -> pct(t.speakersRight, t.speakersRequired));
        row(out, "next steps hit", all, t -> pct(t.nextStepHits, t.nextStepCases));
        row(out, "trigger hit", all, t -> pct(t.triggerHits, t.triggerCases));
        row(out, "headline shift complete", all, t -> pct(t.shiftComplete, t.cases));
        row(out, "clutter actors", all, t -> t.forbiddenFound + " of " + t.forbidden);
        row(out, "clutter text / forbidden speakers", all, t -> t.clutterText + " / " + t.badSpeakers);
        row(out, "quotes verbatim", all, t -> pct(t.quotesVerbatim, t.quotesOut));
        row(out, "articles perfect", all, t -> t.perfect + " of " + t.cases);
        out.printf("%-36s median %.1f ms, p99 %.1f ms, max %.1f ms (parse + brief + verify, warm)%n", "time per article",
                time.median(), time.p99(), time.max());
        out.println();
        out.println("by set:      " + breakdown(bySet));
        out.println("by language: " + breakdown(byLanguage));
        out.printf("SCORE perfect=%d/%d actor_recall=%s quote_recall=%s speaker_acc=%s next_hit=%s trigger_hit=%s"
                        + " clutter_actors=%d%n", all.perfect, all.cases, pct(all.actorsFound, all.actorsRequired),
                pct(all.quotesFound, all.quotesRequired), pct(all.speakersRight, all.speakersRequired),
                pct(all.nextStepHits, all.nextStepCases), pct(all.triggerHits, all.triggerCases), all.forbiddenFound);
    }

    private static void row(PrintStream out, String label, GoldScorer.Tally tally,
                            java.util.function.Function<GoldScorer.Tally, String> figure) {
        out.printf("%-36s %s%n", label, figure.apply(tally));
    }

    /** One short line per group: "real 25: perfect 3, actors 80%, quotes 77%, ...". */
    private static String breakdown(Map<String, GoldScorer.Tally> groups) {
        List<String> parts = new ArrayList<>();
        groups.forEach((name, t) -> parts.add(String.format("%n  %-8s %2d: perfect %d, actors %s, quotes %s,"
                        + " speakers %s, next %s, trigger %s, shift %s, clutter %d/%d", name, t.cases, t.perfect,
                pct(t.actorsFound, t.actorsRequired), pct(t.quotesFound, t.quotesRequired),
                pct(t.speakersRight, t.speakersRequired), pct(t.nextStepHits, t.nextStepCases),
                pct(t.triggerHits, t.triggerCases), pct(t.shiftComplete, t.cases), t.forbiddenFound, t.clutterText)));
        return String.join("", parts);
    }

    /** A percentage as score.py prints it (the double's exact value rounded half to even), "n/a" without cases. */
    static String pct(int hits, int total) {
        return total == 0 ? "n/a" : new java.math.BigDecimal(100.0 * hits / total)
                .setScale(0, java.math.RoundingMode.HALF_EVEN).toPlainString() + "%";
    }
}
