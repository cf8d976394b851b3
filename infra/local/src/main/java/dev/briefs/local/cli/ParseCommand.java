package dev.briefs.local.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.briefs.article.Article;
import dev.briefs.json.BriefJson;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

/** {@code ./briefs parse [--json] FILE...}: what the parser makes of each file. */
final class ParseCommand {

    private final PrintStream out;
    private final PrintStream err;

    ParseCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(List<String> arguments) {
        return new FileArticles().run("parse", arguments, out, err,
                (file, bytes, article, json) -> json ? json(file.toString(), article) : text(article));
    }

    private static String json(String file, Article article) {
        ObjectNode line = BriefJson.mapper().createObjectNode();
        line.put("file", file);
        line.put("title", article.title());
        line.put("text", article.body());
        line.put("format", article.format().name().toLowerCase(Locale.ROOT));
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
