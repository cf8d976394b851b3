package dev.briefs.engine.extractive;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.briefs.article.Article;
import dev.briefs.article.PlainTextArticleParser;
import dev.briefs.brief.Actor;
import dev.briefs.brief.BriefContent;
import dev.briefs.brief.NextStep;
import dev.briefs.brief.Quote;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Robustness on 181 real article bodies of many sites and styles (the public article-extraction benchmark in
 * ../shared/benchmarks, read when present): no exception, quotes verbatim, actor names from the body, sizes bounded.
 */
class BenchmarkCorpusTest {

    @Test
    void briefsEveryBenchmarkBodyGroundedInItsText() throws IOException {
        Path truth = TestFiles.shared("benchmarks/article-extraction/ground-truth.json");
        assumeTrue(Files.exists(truth), "benchmark not present at " + truth);
        JsonNode pages = new ObjectMapper().readTree(truth.toFile());
        ExtractiveBriefEngine engine = new ExtractiveBriefEngine();
        PlainTextArticleParser parser = new PlainTextArticleParser();
        List<String> problems = new ArrayList<>();
        int withActors = 0;
        int withQuotes = 0;
        int count = 0;
        for (Iterator<Map.Entry<String, JsonNode>> it = pages.properties().iterator(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> page = it.next();
            String id = page.getKey().substring(0, 8);
            // The bodies have no headline line: the URL slug stands in for it.
            Article article = parser.parse(slugTitle(page.getValue().get("url").asText()) + "\n"
                    + page.getValue().get("articleBody").asText());
            BriefContent brief;
            try {
                brief = engine.brief(article);
            } catch (RuntimeException e) {
                problems.add(id + ": " + e);
                continue;
            }
            count++;
            String body = normalise(article.body());
            for (Quote quote : brief.quotes()) {
                if (quote.text().isBlank() || !body.contains(normalise(quote.text()))) {
                    problems.add(id + ": quote not verbatim: " + quote.text());
                }
            }
            for (Actor actor : brief.actors()) {
                if (!article.body().contains(actor.name()) || actor.mentions() < 1) {
                    problems.add(id + ": actor not named in the body: " + actor.name());
                }
            }
            for (NextStep step : brief.nextSteps()) {
                if (step.action().isBlank()) {
                    problems.add(id + ": empty next step");
                }
            }
            if (brief.actors().size() > Cast.MAX_ACTORS || brief.quotes().size() > QuoteExtractor.MAX_QUOTES
                    || brief.nextSteps().size() > NextStepExtractor.MAX_STEPS) {
                problems.add(id + ": too long a brief");
            }
            withActors += brief.actors().isEmpty() ? 0 : 1;
            withQuotes += brief.quotes().isEmpty() ? 0 : 1;
        }
        assertTrue(problems.isEmpty(), () -> String.join("\n", problems));
        assertTrue(count == 181, "all pages briefed: " + count);
        // About 19 pages are not in English and get no actors; nearly all English news has some.
        assertTrue(withActors >= 140, "pages with actors: " + withActors);
        assertTrue(withQuotes >= 80, "pages with quotes: " + withQuotes);
    }

    private static String slugTitle(String url) {
        String path = url.replaceAll("[?#].*", "").replaceAll("/+$", "");
        return path.substring(path.lastIndexOf('/') + 1).replaceAll("\\.[a-z]+$", "").replaceAll("[-_]+", " ");
    }

    /** Only whitespace and the style of quotation marks may differ between a quote and the body. */
    private static String normalise(String text) {
        return text.replaceAll("[“”„«»\"]", "\"").replaceAll("[‘’‚']", "'").replaceAll("\\s+", " ");
    }
}
