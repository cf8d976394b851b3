package dev.briefs.local.cli;

import dev.briefs.article.Article;
import dev.briefs.brief.Brief;
import dev.briefs.brief.Source;
import dev.briefs.engine.BriefEngine;
import dev.briefs.functions.summarize.SummarizeFunction;
import dev.briefs.json.BriefJson;
import dev.briefs.store.BriefIds;
import dev.briefs.render.BriefMarkdown;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/** {@code ./briefs brief [--json] FILE...}: parse and brief with the configured engine, storing nothing. */
public final class BriefCommand {

    private final PrintStream out;
    private final PrintStream err;

    BriefCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(List<String> arguments) {
        BriefEngine engine = SummarizeFunction.engine(System.getenv());
        return new FileArticles().run("brief", arguments, out, err, (file, bytes, article, json) -> {
            Brief brief = brief(file, bytes, article, engine);
            return json ? BriefJson.write(brief) : BriefMarkdown.render(brief);
        });
    }

    /** The READY brief of one file, as this command prints it; {@code bench quality} scores the same records. */
    public static Brief brief(Path file, byte[] bytes, Article article, BriefEngine engine) {
        Instant now = Instant.now();
        Source source = new Source(null, file.getFileName().toString(), null, BriefIds.sha256Hex(bytes),
                (long) bytes.length, article.format().contentType());
        return Brief.processing(BriefIds.of("local", file.toAbsolutePath().toString()), source, now)
                .ready(source, article.title(), engine.brief(article), now)
                .withPublished(article.metadata().publication());
    }
}
