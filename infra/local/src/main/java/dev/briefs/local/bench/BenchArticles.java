package dev.briefs.local.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Articles of a chosen length for benchmarks, built from the bundled sample wire story: its headline, then its body
 * repeated with numbered paragraphs until the word count is reached, so every article is distinct and realistic.
 */
final class BenchArticles {

    private BenchArticles() {
    }

    /** A plain-text article of about {@code words} words; {@code variant} makes its content unique. */
    static byte[] ofWords(int words, int variant) {
        List<String> lines = sample().lines().filter(line -> !line.isBlank()).toList();
        StringBuilder article = new StringBuilder(lines.getFirst()).append(" (").append(variant).append(")\n");
        int count = 0;
        for (int round = 0; count < words; round++) {
            for (String line : lines.subList(1, lines.size())) {
                article.append(line).append(round == 0 ? "" : " [" + round + "]").append('\n');
                count += line.split("\\s+").length;
                if (count >= words) {
                    break;
                }
            }
        }
        return article.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String sample() {
        Path file = Path.of(System.getProperty("briefs.home", ".")).resolve("events/articles/sample-wire-story.txt");
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException("The benchmarks read " + file + "; run them through ./briefs bench", e);
        }
    }
}
