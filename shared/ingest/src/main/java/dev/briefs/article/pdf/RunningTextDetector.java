package dev.briefs.article.pdf;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds what the page repeats rather than what the story says: running headers and footers, and page numbers.
 *
 * <p>Only the outermost lines of a page are candidates: from each edge inwards, up to {@value #EDGE_LINES} lines,
 * stopping at the first line that is neither of the following. A line repeated at the same place: the same text,
 * digits aside ("Annual report 2024 | 3" and "... | 4"), at about the same distance from the same edge on at least
 * half the pages (and at least two), since a document's first page often has a letterhead of its own instead. And a
 * bare page number ("3", "Page 3 of 7", "- 3 -", "iv"), which goes whatever the other pages do.
 */
final class RunningTextDetector {

    /** Headers and footers run to a few lines: a logo line, a title, an address or a page number. */
    private static final int EDGE_LINES = 3;
    /** How far (as a share of the page height) a repeat may stand from the first one: layouts move by a line or so. */
    private static final float POSITION_TOLERANCE = 0.02f;
    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "((page|p\\.|pg\\.?|seite|página|pagina)\\s*)?\\d{1,4}(\\s*(of|/|von|de|di|sur)\\s*\\d{1,4})?"
                    + "|[-–—]\\s*\\d{1,4}\\s*[-–—]"
                    + "|(?=[ivxlcdm]+$)m{0,3}(cm|cd|d?c{0,3})(xc|xl|l?x{0,3})(ix|iv|v?i{0,3})",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern DIGITS = Pattern.compile("\\d+");

    private RunningTextDetector() {
    }

    /** The lines of all pages, in reading order, without running headers, footers and page numbers. */
    static List<PdfLine> bodyLines(List<PdfPage> pages) {
        Set<PdfLine> repeated = repeatedEdgeLines(pages);
        Set<PdfLine> furniture = Collections.newSetFromMap(new IdentityHashMap<>());
        for (PdfPage page : pages) {
            List<PdfLine> byPosition = byPosition(page);
            markOuterBand(byPosition, repeated, furniture);
            markOuterBand(byPosition.reversed(), repeated, furniture);
        }
        List<PdfLine> body = new ArrayList<>();
        for (PdfPage page : pages) {
            page.lines().stream().filter(line -> !furniture.contains(line)).forEach(body::add);
        }
        return body;
    }

    /** Furniture is the page's outermost band: from the edge inwards, up to the first line of the story. */
    private static void markOuterBand(List<PdfLine> fromEdge, Set<PdfLine> repeated, Set<PdfLine> furniture) {
        for (PdfLine line : fromEdge.subList(0, Math.min(EDGE_LINES, fromEdge.size()))) {
            if (!isFurniture(line, repeated)) {
                return;
            }
            furniture.add(line);
        }
    }

    private static boolean isFurniture(PdfLine line, Set<PdfLine> repeated) {
        return repeated.contains(line) || PAGE_NUMBER.matcher(line.text()).matches();
    }

    /** The edge lines whose text, digits aside, stands at the same place on enough pages. */
    private static Set<PdfLine> repeatedEdgeLines(List<PdfPage> pages) {
        Map<String, List<EdgeLine>> byText = new HashMap<>();
        for (PdfPage page : pages) {
            for (EdgeLine edgeLine : edgeLines(page)) {
                byText.computeIfAbsent(edgeLine.key(), key -> new ArrayList<>()).add(edgeLine);
            }
        }
        int minPages = Math.max(2, (pages.size() + 1) / 2);
        Set<PdfLine> repeated = Collections.newSetFromMap(new IdentityHashMap<>());
        for (List<EdgeLine> sameText : byText.values()) {
            // The same words can also stand elsewhere once (a title page repeating the running title): the place
            // where most of them stand is the running text's.
            List<EdgeLine> aligned = sameText.stream().map(anchor -> alignedWith(anchor, sameText))
                    .max(Comparator.comparingLong(RunningTextDetector::pageCount)).orElseThrow();
            if (pageCount(aligned) >= minPages) {
                aligned.forEach(edgeLine -> repeated.add(edgeLine.line()));
            }
        }
        return repeated;
    }

    private static List<EdgeLine> alignedWith(EdgeLine anchor, List<EdgeLine> candidates) {
        return candidates.stream()
                .filter(other -> Math.abs(other.distance() - anchor.distance()) <= POSITION_TOLERANCE * anchor.pageHeight())
                .toList();
    }

    private static long pageCount(List<EdgeLine> edgeLines) {
        return edgeLines.stream().map(edgeLine -> edgeLine.line().page()).distinct().count();
    }

    /** The few lines nearest the top and the bottom of the page. */
    private static List<EdgeLine> edgeLines(PdfPage page) {
        List<PdfLine> byPosition = byPosition(page);
        int top = Math.min(EDGE_LINES, byPosition.size());
        int bottom = Math.min(EDGE_LINES, byPosition.size() - top);
        List<EdgeLine> edges = new ArrayList<>(top + bottom);
        for (int i = 0; i < top; i++) {
            PdfLine line = byPosition.get(i);
            edges.add(new EdgeLine(line, Edge.TOP, line.baseline(), page.height()));
        }
        for (int i = byPosition.size() - bottom; i < byPosition.size(); i++) {
            PdfLine line = byPosition.get(i);
            edges.add(new EdgeLine(line, Edge.BOTTOM, page.height() - line.baseline(), page.height()));
        }
        return edges;
    }

    /** The page's lines from top to bottom, whatever order the content stream drew them in. */
    private static List<PdfLine> byPosition(PdfPage page) {
        return page.lines().stream().sorted(Comparator.comparingDouble(PdfLine::baseline)).toList();
    }

    private enum Edge { TOP, BOTTOM }

    /** A line near an edge, with its distance from that edge. */
    private record EdgeLine(PdfLine line, Edge edge, float distance, float pageHeight) {

        /** Lines with the same key say the same thing at the same edge; page numbers and dates inside may differ. */
        String key() {
            return edge + ":" + DIGITS.matcher(line.text().toLowerCase(Locale.ROOT)).replaceAll("#");
        }
    }
}
