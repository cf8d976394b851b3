package dev.briefs.local.bench;

import dev.briefs.article.Article;
import dev.briefs.article.NumberedSentences;
import dev.briefs.json.BriefJson;
import org.openjdk.jmh.infra.Blackhole;
import dev.briefs.article.ArticleParser;
import dev.briefs.engine.extractive.ExtractiveBriefEngine;
import dev.briefs.verify.BriefVerifier;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

import java.util.concurrent.TimeUnit;

/**
 * The per-article work around the LLM call, warm, on one thread: parse, extractive brief (with its evidence) and
 * verification of a plain-text article of 1,500 and of 20,000 words, and the parsed article's numbered sentences as
 * stored with the brief.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx512m"})
@Threads(1)
public class PipelineBenchmark {

    @Param({"1500", "20000"})
    public int words;

    private final ArticleParser parser = new ArticleParser();
    private final ExtractiveBriefEngine engine = new ExtractiveBriefEngine();
    private final BriefVerifier verifier = new BriefVerifier();
    private byte[] article;

    @Setup(Level.Trial)
    public void prepare() {
        article = BenchArticles.ofWords(words, 0);
    }

    @Benchmark
    public void parseBriefVerify(Blackhole results) {
        Article parsed = parser.parse(article, "article.txt", "text/plain");
        results.consume(verifier.verify(parsed, engine.brief(parsed)));
        results.consume(BriefJson.write(NumberedSentences.of(parsed).toParsedArticle("b_0", parsed.title())));
    }
}
