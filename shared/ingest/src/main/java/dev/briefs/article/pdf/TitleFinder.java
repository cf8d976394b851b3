package dev.briefs.article.pdf;

import dev.briefs.article.LineJoiner;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Picks the article's title: the document's own Title when it reads as a headline, else the line or lines set in
 * the largest type on the first page with text. Those lines leave the body, and so do lines repeating the document's
 * title; a large line that says something else stays, as a subhead.
 */
final class TitleFinder {

    /** Headlines wrap to two or three lines; more than that in the largest type is a display paragraph. */
    private static final int MAX_TITLE_LINES = 3;

    private TitleFinder() {
    }

    /** The title and the body lines without it. */
    record Titled(String title, List<PdfLine> body) {
    }

    static Titled find(String documentTitle, List<PdfLine> lines, BodyStyle style, LineJoiner joiner) {
        List<PdfLine> headline = headlineLines(lines, style);
        String shown = joiner.join(PdfLine.texts(headline));
        if (documentTitle != null && !comparable(shown).equals(comparable(documentTitle))) {
            return new Titled(documentTitle, lines);
        }
        List<PdfLine> body = new ArrayList<>(lines);
        body.removeAll(headline);
        return new Titled(documentTitle != null ? documentTitle : shown, body);
    }

    /**
     * The first line in the largest type on the first page, with the lines below it in the same type. When nothing is
     * larger than the running text, only the first line: as in a plain-text article.
     */
    private static List<PdfLine> headlineLines(List<PdfLine> lines, BodyStyle style) {
        if (lines.isEmpty()) {
            return List.of();
        }
        int firstPage = lines.getFirst().page();
        List<PdfLine> firstPageLines = lines.stream().takeWhile(line -> line.page() == firstPage).toList();
        double largestSize = firstPageLines.stream().mapToDouble(PdfLine::fontSize).max().orElseThrow();
        PdfLine largest = firstPageLines.stream().filter(line -> line.fontSize() >= largestSize - 0.5)
                .findFirst().orElseThrow();
        List<PdfLine> headline = new ArrayList<>(List.of(largest));
        if (!style.isEmphasised(largest)) {
            return headline;
        }
        for (int i = firstPageLines.indexOf(largest) + 1; i < firstPageLines.size() && headline.size() < MAX_TITLE_LINES; i++) {
            PdfLine next = firstPageLines.get(i);
            PdfLine previous = headline.getLast();
            if (!next.sameStyle(previous) || !next.follows(previous)
                    || next.baseline() - previous.baseline() > 2 * previous.fontSize()) {
                break;
            }
            headline.add(next);
        }
        return headline;
    }

    /** Titles compared for sameness: letters and digits only, in lower case. */
    private static String comparable(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "");
    }
}
