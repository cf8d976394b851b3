package dev.briefs.engine.extractive;

import dev.briefs.article.Article;
import dev.briefs.article.ArticleFormat;
import dev.briefs.article.ArticleMetadata;
import dev.briefs.article.Block;
import dev.briefs.brief.BriefContent;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Locates files of the repository and of the shared folder beside it, and builds small articles for tests. */
final class TestFiles {

    private TestFiles() {
    }

    /** The repository root: Maven's multi-module directory, else the first parent holding {@code mvnw}. */
    static Path repositoryRoot() {
        String configured = System.getProperty("maven.multiModuleProjectDirectory");
        if (configured != null && Files.exists(Path.of(configured, "mvnw"))) {
            return Path.of(configured).toAbsolutePath();
        }
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.exists(dir.resolve("mvnw"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("No mvnw above " + Path.of("").toAbsolutePath());
        }
        return dir;
    }

    /** A file of the shared folder beside the repository ({@code ../shared/...}). */
    static Path shared(String relative) {
        return repositoryRoot().resolve("../shared").resolve(relative).normalize();
    }

    static Path repository(String relative) {
        return repositoryRoot().resolve(relative);
    }

    static byte[] bytes(Path path) {
        try {
            return Files.readAllBytes(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * An article of paragraphs; a paragraph starting with "## " is a subhead, one starting with "> " a quotation, one
     * starting with "- " an item of a list.
     */
    static Article article(String title, String... paragraphs) {
        List<Block> blocks = new ArrayList<>();
        for (String paragraph : paragraphs) {
            if (paragraph.startsWith("## ")) {
                blocks.add(Block.heading(paragraph.substring(3)));
            } else if (paragraph.startsWith("> ")) {
                blocks.add(new Block(Block.Kind.QUOTE, paragraph.substring(2)));
            } else if (paragraph.startsWith("- ")) {
                blocks.add(new Block(Block.Kind.LIST_ITEM, paragraph.substring(2)));
            } else {
                blocks.add(Block.paragraph(paragraph));
            }
        }
        return new Article(title, blocks, ArticleFormat.TEXT, ArticleMetadata.NONE);
    }

    static BriefContent brief(String title, String... paragraphs) {
        return new ExtractiveBriefEngine().brief(article(title, paragraphs));
    }

    /** The brief's quotes as "speaker: text", for comparing attributions. */
    static List<String> attributed(BriefContent brief) {
        return brief.quotes().stream().map(q -> q.speaker() + ": " + q.text()).toList();
    }

    /**
     * An invented article and its quotes as "speaker: text", by the rule of attribution it shows: a case of a
     * parameterised test, named by its rule.
     */
    record QuoteCase(String rule, List<String> paragraphs, List<String> quotes) {
        @Override
        public String toString() {
            return rule;
        }

        /** The quotes of the brief of this article, as "speaker: text". */
        List<String> attributed() {
            return TestFiles.attributed(brief("", paragraphs.toArray(String[]::new)));
        }
    }
}
