package dev.briefs.local.cli;

import dev.briefs.article.Article;
import dev.briefs.article.ArticleFormat;
import dev.briefs.article.ArticleParser;
import dev.briefs.brief.ArticleRejectedException;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/** The file loop of {@code parse} and {@code brief}: each FILE parsed as the pipeline would, one answer per file. */
final class FileArticles {

    /** What a command prints for one parsed file. */
    interface Renderer {
        String render(Path file, byte[] bytes, Article article, boolean json);
    }

    private final ArticleParser parser = new ArticleParser();

    /**
     * Parses every FILE in {@code arguments} and prints what {@code renderer} makes of it; a file that cannot be read
     * or parsed prints its error code and makes the exit code 1.
     */
    int run(String command, List<String> arguments, PrintStream out, PrintStream err, Renderer renderer) {
        Args args = new Args(arguments, Set.of(), Set.of("--json"));
        if (args.positional().isEmpty()) {
            throw new Args.UsageException(command + " needs at least one FILE");
        }
        int failures = 0;
        for (String file : args.positional()) {
            Path path = Path.of(file);
            try {
                byte[] bytes = Files.readAllBytes(path);
                String name = path.getFileName().toString();
                ArticleFormat format = ArticleFormat.fromExtension(name);
                Article article = parser.parse(bytes, name, format == null ? null : format.contentType());
                out.println(renderer.render(path, bytes, article, args.flag("--json")));
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
}
