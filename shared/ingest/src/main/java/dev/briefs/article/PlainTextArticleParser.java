package dev.briefs.article;

import java.util.ArrayList;
import java.util.List;

/**
 * Parses a plain-text article: the first line is the headline, unless it reads as a paragraph (then the article has
 * no title and the line is its first paragraph); a "By …" line right after it is the byline, kept as metadata rather
 * than body; blank lines, or line breaks after a complete sentence, separate blocks; hard-wrapped
 * lines are joined back into paragraphs.
 */
public final class PlainTextArticleParser implements FormatParser {

    @Override
    public Article parse(String text) {
        List<String> lines = logicalLines(text);
        // A print page's running head, a breadcrumb trail, a release line or a section rubric above the headline is
        // no headline.
        while (!lines.isEmpty() && (BoilerplateFilter.isFurniture(lines.getFirst()) || rubric(lines))) {
            lines = lines.subList(1, lines.size());
        }
        if (lines.isEmpty()) {
            return new Article("", List.of(), ArticleFormat.TEXT, ArticleMetadata.NONE);
        }
        // A file may open with its first paragraph, or a byline, rather than a headline: then it has no title.
        int first = TextBlocks.isParagraph(lines.getFirst()) || TextBlocks.byline(lines.getFirst()) != null ? 0 : 1;
        String title = first == 0 ? "" : TextBlocks.clean(lines.getFirst());
        String byline = lines.size() > first ? TextBlocks.byline(lines.get(first)) : null;
        List<Block> blocks = new ArrayList<>();
        for (int i = byline == null ? first : first + 1; i < lines.size(); i++) {
            blocks.add(TextBlocks.classify(lines.get(i), i + 1 < lines.size()));
        }
        ArticleMetadata metadata = byline == null ? ArticleMetadata.NONE : new ArticleMetadata(byline, null, null, null);
        return new Article(title, BoilerplateFilter.filter(blocks), ArticleFormat.TEXT, metadata);
    }

    /** Whether the first line is a section rubric over the headline that follows it. */
    private static boolean rubric(List<String> lines) {
        return lines.size() > 2 && FurnitureLines.isRubricOver(lines.get(0), lines.get(1))
                && !TextBlocks.isParagraph(lines.get(1)) && TextBlocks.byline(lines.get(1)) == null;
    }

    /** Lines with hard wraps joined and blank lines dropped. */
    static List<String> logicalLines(String text) {
        // A print page's running head at a page break may fall inside a paragraph ("para os" / "13 | THE COURIER" /
        // "leitores"): without it the paragraph's two halves join again.
        List<String> kept = new ArrayList<>();
        List<String> cleaned = new ArrayList<>();
        for (String line : text.replace("\r\n", "\n").replace('\r', '\n').split("\n")) {
            String clean = TextBlocks.clean(line);
            if (!FurnitureLines.isPageHead(clean)) {
                kept.add(line);
                cleaned.add(clean);
            }
        }
        String[] raw = kept.toArray(String[]::new);
        boolean hardWrapped = TextBlocks.isHardWrapped(raw);
        int filledLength = TextBlocks.filledLength(raw);
        // Words broken at a line end, as text extracted from a print page keeps them ("deci-" / "são"), are joined.
        LineJoiner joiner = LineJoiner.forDocument(cleaned);
        List<String> lines = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (int i = 0; i < cleaned.size(); i++) {
            String line = cleaned.get(i);
            if (line.isEmpty()) {
                flush(current, lines);
                continue;
            }
            joiner.append(current, line);
            String next = i + 1 < cleaned.size() ? cleaned.get(i + 1) : "";
            if (!TextBlocks.continuesOnNextLine(line, next, hardWrapped, filledLength)) {
                flush(current, lines);
            }
        }
        flush(current, lines);
        return lines;
    }

    private static void flush(StringBuilder current, List<String> lines) {
        if (!current.isEmpty()) {
            lines.add(current.toString());
            current.setLength(0);
        }
    }
}
