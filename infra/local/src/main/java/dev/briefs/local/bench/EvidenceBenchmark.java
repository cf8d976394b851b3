package dev.briefs.local.bench;

import dev.briefs.article.Article;
import dev.briefs.article.ArticleFormat;
import dev.briefs.article.ArticleParser;
import dev.briefs.article.ContentWords;
import dev.briefs.article.NumberedSentences;
import dev.briefs.article.Whitespace;
import dev.briefs.brief.Actor;
import dev.briefs.brief.Brief;
import dev.briefs.brief.BriefContent;
import dev.briefs.brief.EngineInfo;
import dev.briefs.brief.HeadlineShift;
import dev.briefs.brief.NextStep;
import dev.briefs.brief.Quote;
import dev.briefs.brief.Source;
import dev.briefs.brief.Verification;
import dev.briefs.engine.BriefEngine;
import dev.briefs.functions.summarize.SummarizeFunction;
import dev.briefs.json.BriefJson;
import dev.briefs.store.BriefIds;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code ./briefs bench evidence FILE...}: briefs each file with the configured engine (extractive by default) and
 * checks every item against the sentences it cites, as a reader would: a quote's words and an actor's name must stand
 * in them verbatim; a next step or a part of the headline shift verbatim, or else with all its content words. Prints
 * the share per kind, each item that fails, and what the evidence costs in bytes per stored brief.
 */
final class EvidenceBenchmark {

    private final Map<String, int[]> tally = new LinkedHashMap<>();
    private final List<String> misses = new ArrayList<>();

    private EvidenceBenchmark() {
        for (String kind : List.of("actor", "quote", "nextStep", "before", "after", "trigger")) {
            tally.put(kind, new int[3]);
        }
    }

    static int run(List<String> files, PrintStream out) throws IOException {
        if (files.isEmpty()) {
            throw new IllegalArgumentException("bench evidence needs the article FILEs to brief");
        }
        EvidenceBenchmark bench = new EvidenceBenchmark();
        BriefEngine engine = SummarizeFunction.engine(System.getenv());
        ArticleParser parser = new ArticleParser();
        List<Integer> briefBytes = new ArrayList<>();
        List<Integer> evidenceBytes = new ArrayList<>();
        List<Integer> articleBytes = new ArrayList<>();
        for (String file : files) {
            Path path = Path.of(file);
            String name = path.getFileName().toString();
            ArticleFormat format = ArticleFormat.fromExtension(name);
            Article article = parser.parse(Files.readAllBytes(path), name, format == null ? null : format.contentType());
            NumberedSentences sentences = NumberedSentences.of(article);
            BriefContent content = engine.brief(article);
            bench.check(name, content, sentences);
            Brief brief = stored(name, article, content);
            int with = BriefJson.write(brief).length();
            briefBytes.add(with);
            evidenceBytes.add(with - BriefJson.write(stored(name, article, withoutEvidence(content))).length());
            articleBytes.add(BriefJson.write(sentences.toParsedArticle(brief.id(), article.title())).length());
        }
        bench.misses.forEach(out::println);
        int items = 0;
        int contained = 0;
        for (Map.Entry<String, int[]> kind : bench.tally.entrySet()) {
            int[] counts = kind.getValue();
            items += counts[0];
            contained += counts[1] + counts[2];
            out.printf("%-9s %4d items  %4d verbatim in their sentences  %4d by all content words  %s%n", kind.getKey(),
                    counts[0], counts[1], counts[2], percent(counts[1] + counts[2], counts[0]));
        }
        out.printf("ALL       %4d items  %s contained in the sentences they cite%n", items, percent(contained, items));
        out.printf("bytes per brief (median of %d): brief %d, of which evidence %d (+%s); parsed article %d%n",
                files.size(), median(briefBytes), median(evidenceBytes),
                percent(median(evidenceBytes), median(briefBytes) - median(evidenceBytes)), median(articleBytes));
        return 0;
    }

    private void check(String file, BriefContent content, NumberedSentences sentences) {
        HeadlineShift shift = content.headlineShift();
        HeadlineShift.ShiftEvidence cited = shift.evidence();
        claim(file, "before", shift.before(), cited.before(), sentences);
        claim(file, "after", shift.after(), cited.after(), sentences);
        claim(file, "trigger", shift.trigger(), cited.trigger(), sentences);
        for (Actor actor : content.actors()) {
            boolean named = !actor.evidence().isEmpty()
                    && actor.evidence().stream().allMatch(id -> sentences.names(id, actor.name()));
            count(file, "actor", actor.name(), named ? 1 : 0, actor.evidence());
        }
        for (Quote quote : content.quotes()) {
            count(file, "quote", quote.text(), inside(quote.text(), quote.evidence(), sentences) ? 1 : 0,
                    quote.evidence());
        }
        for (NextStep step : content.nextSteps()) {
            claim(file, "nextStep", step.action(), step.evidence(), sentences);
        }
    }

    private void claim(String file, String kind, String text, List<Integer> evidence, NumberedSentences sentences) {
        if (text.isBlank()) {
            return;
        }
        int how = inside(text, evidence, sentences) ? 1
                : ContentWords.share(ContentWords.of(text), ContentWords.of(sentences.text(evidence))) == 1 ? 2 : 0;
        count(file, kind, text, how, evidence);
    }

    /** {@code how}: 0 not contained, 1 verbatim, 2 by all its content words. */
    private void count(String file, String kind, String text, int how, List<Integer> evidence) {
        int[] counts = tally.get(kind);
        counts[0]++;
        if (how > 0) {
            counts[how]++;
        } else {
            misses.add("MISS " + file + " " + kind + " \"" + text + "\" cites " + evidence);
        }
    }

    private static boolean inside(String text, List<Integer> evidence, NumberedSentences sentences) {
        return !evidence.isEmpty() && sentences.text(evidence).contains(Whitespace.collapse(text));
    }

    private static Brief stored(String key, Article article, BriefContent content) {
        Instant now = Instant.now();
        Source source = new Source("bench", key, "etag", "0".repeat(64), 1L, article.format().contentType());
        return Brief.processing(BriefIds.of("bench", key), source, now).ready(source, article.title(), content, now);
    }

    /** The same brief as a schema-1 engine would have made it: no evidence, no support scores. */
    private static BriefContent withoutEvidence(BriefContent content) {
        Verification checked = content.engine().verification();
        EngineInfo engine = checked == null ? content.engine() : content.engine().withVerification(new Verification(
                checked.droppedQuotes(), checked.droppedActors(), checked.droppedSpeakers(),
                checked.droppedNextSteps(), checked.dropped()));
        HeadlineShift shift = content.headlineShift();
        return new BriefContent(new HeadlineShift(shift.before(), shift.after(), shift.trigger()),
                content.actors().stream().map(actor -> actor.withEvidence(null)).toList(),
                content.quotes().stream().map(quote -> quote.withEvidence(null)).toList(),
                content.nextSteps().stream().map(step -> step.withEvidence(null)).toList(), engine);
    }

    private static int median(List<Integer> values) {
        List<Integer> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    private static String percent(int part, int whole) {
        return whole == 0 ? "-" : String.format("%.1f%%", 100.0 * part / whole);
    }
}
