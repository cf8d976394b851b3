package dev.briefs.local.cli;

import dev.briefs.article.Article;
import dev.briefs.article.ArticleRejectedException;
import dev.briefs.brief.Brief;
import dev.briefs.brief.BriefContent;
import dev.briefs.brief.Source;
import dev.briefs.engine.BriefEngine;
import dev.briefs.functions.summarize.SummarizeFunction;
import dev.briefs.json.BriefJson;
import dev.briefs.pipeline.BriefIds;
import dev.briefs.render.BriefMarkdown;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/** {@code ./briefs brief [--json] FILE...}: parse and brief with the configured engine, storing nothing. */
final class BriefCommand {

    private final PrintStream out;
    private final PrintStream err;

    BriefCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(List<String> arguments) {
        Args args = new Args(arguments, Set.of(), Set.of("--json"));
        if (args.positional().isEmpty()) {
            throw new Args.UsageException("brief needs at least one FILE");
        }
        BriefEngine engine = SummarizeFunction.engine(System.getenv());
        ParseCommand parser = new ParseCommand(out, err);
        int failures = 0;
        for (String file : args.positional()) {
            Path path = Path.of(file);
            try {
                Article article = parser.parse(path);
                Brief brief = brief(path, article, engine);
                out.println(args.flag("--json") ? BriefJson.write(brief) : BriefMarkdown.render(brief));
            } catch (ArticleRejectedException e) {
                failures++;
                err.println(file + ": " + e.code() + ": " + e.getMessage());
            } catch (IOException e) {
                failures++;
                err.println(file + ": cannot read: " + e.getMessage());
            }
        }
        return failures == 0 ? 0 : 1;
    }

    private static Brief brief(Path path, Article article, BriefEngine engine) throws IOException {
        byte[] bytes = Files.readAllBytes(path);
        Instant now = Instant.now();
        Source source = new Source(null, path.getFileName().toString(), null, BriefIds.sha256Hex(bytes),
                (long) bytes.length, article.format().contentType());
        BriefContent content = engine.brief(article);
        return Brief.processing(BriefIds.of("local", path.toAbsolutePath().toString()), source, now)
                .ready(source, article.title(), content, now);
    }
}
