package dev.briefs.article.pdf;

import java.util.List;

/**
 * One line of text as a PDF lays it out. Coordinates are in points, measured from the top left of the page.
 *
 * @param page     the page number, from 1
 * @param text     the line's text, whitespace-normalised, never blank
 * @param left     where the line starts
 * @param right    where the line ends
 * @param baseline the baseline's distance from the top of the page
 * @param fontSize the effective font size (the size set in the content stream times any scaling), averaged over the
 *                 line's characters
 * @param bold     whether (nearly) all of the line is set in a bold font
 */
record PdfLine(int page, String text, float left, float right, float baseline, float fontSize, boolean bold) {

    /** The lines' texts, for the {@link dev.briefs.article.LineJoiner}. */
    static List<String> texts(List<PdfLine> lines) {
        return lines.stream().map(PdfLine::text).toList();
    }

    float width() {
        return right - left;
    }

    /** Whether this line is the next one down on the same page, not the top of a new column or page. */
    boolean follows(PdfLine previous) {
        return page == previous.page && baseline > previous.baseline;
    }

    /** Whether two lines are set in the same size (within rounding) and weight. */
    boolean sameStyle(PdfLine other) {
        return bold == other.bold && sameSize(other);
    }

    boolean sameSize(PdfLine other) {
        return Math.abs(fontSize - other.fontSize) <= 0.1f * Math.max(fontSize, other.fontSize);
    }
}
