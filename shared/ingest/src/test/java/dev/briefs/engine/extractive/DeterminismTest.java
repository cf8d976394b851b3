package dev.briefs.engine.extractive;

import dev.briefs.article.Article;
import dev.briefs.article.ArticleParser;
import dev.briefs.brief.BriefContent;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** One engine shared by many threads gives every thread the same brief it gives a single caller. */
class DeterminismTest {

    @Test
    void sharedEngineIsDeterministicAcrossThreads() throws Exception {
        List<Article> articles = new ArrayList<>();
        for (String file : List.of("sample-wire-story.txt", "harbor-robotics-pause.md",
                "northbridge-tram-vote-cp1252.txt", "riverside-hospital-wards.html")) {
            articles.add(new ArticleParser().parse(TestFiles.bytes(TestFiles.repository("events/articles/" + file)), file,
                    null));
        }
        ExtractiveBriefEngine engine = new ExtractiveBriefEngine();
        List<BriefContent> expected = articles.stream().map(new ExtractiveBriefEngine()::brief).toList();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<BriefContent>> results = new ArrayList<>();
            for (int round = 0; round < 25; round++) {
                for (Article article : articles) {
                    results.add(pool.submit(() -> engine.brief(article)));
                }
            }
            for (int i = 0; i < results.size(); i++) {
                assertEquals(expected.get(i % articles.size()), results.get(i).get());
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
