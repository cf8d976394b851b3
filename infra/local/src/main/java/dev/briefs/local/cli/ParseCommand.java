package dev.briefs.local.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.briefs.article.Article;
import dev.briefs.article.ArticleFormat;
import dev.briefs.article.ArticleParser;
import dev.briefs.article.ArticleRejectedException;
import dev.briefs.json.BriefJson;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/** {@code ./briefs parse [--json] FILE...}: what the parser makes of each file. */
final class ParseCommand {

    private final PrintStream out;
    private final PrintStream err;
    private final ArticleParser parser = new ArticleParser();

    ParseCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(List<String> arguments) {
        Args args = new Args(arguments, Set.of(), Set.of("--json"));
        if (args.positional().isEmpty()) {
            throw new Args.UsageException("parse needs at least one FILE");
        }
        int failures = 0;
        for (String file : args.positional()) {
            try {
                Article article = parse(Path.of(file));
                out.println(args.flag("--json") ? json(file, article) : text(article));
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

    /** Parses a file as the pipeline would parse an object of that name. */
    Article parse(Path file) throws IOException {
        String name = file.getFileName().toString();
        ArticleFormat format = ArticleFormat.fromExtension(name);
        return parser.parse(Files.readAllBytes(file), name, format == null ? null : format.contentType());
    }

    private static String json(String file, Article article) {
        ObjectNode line = BriefJson.mapper().createObjectNode();
        line.put("file", file);
        line.put("title", article.title());
        line.put("text", article.body());
        line.put("format", article.format().name().toLowerCase(java.util.Locale.ROOT));
        line.put("words", article.wordCount());
        line.set("blocks", BriefJson.mapper().valueToTree(article.blocks()));
        line.set("metadata", BriefJson.mapper().valueToTree(article.metadata()));
        return line.toString();
    }

    private static String text(Article article) {
        StringBuilder text = new StringBuilder("# ").append(article.title()).append("\n\n");
        article.blocks().forEach(block -> text.append(switch (block.kind()) {
            case HEADING -> "## " + block.text();
            case QUOTE -> "> " + block.text();
            case LIST_ITEM -> "- " + block.text();
            case PARAGRAPH -> block.text();
        }).append("\n\n"));
        return text.toString().stripTrailing();
    }
}
