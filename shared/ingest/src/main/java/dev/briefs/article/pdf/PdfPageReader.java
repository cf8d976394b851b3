package dev.briefs.article.pdf;

import dev.briefs.brief.ArticleRejectedException;
import dev.briefs.brief.FailureCode;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

import java.io.IOException;
import java.io.Writer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads the text lines of a document's pages, with where they stand and how they are set.
 *
 * <p>PDFBox's text stripper does the hard part: decoding glyphs to Unicode, removing the duplicate glyphs of fake
 * bold, following article beads, telling lines apart and guessing the spaces between words. Lines come in content-stream
 * order (not sorted by position): the tools that make press releases and reports draw a column, or a text frame, at a
 * time, so this is the reading order, where sorting by position would interleave the lines of side-by-side columns.
 *
 * <p>Reads at most {@value #MAX_PAGES} pages and stops at the time budget; the pages finished by then are kept.
 * One instance reads one document.
 */
final class PdfPageReader extends PDFTextStripper {

    /** More pages than this is a book or a data dump; the first ones hold what a brief needs. */
    static final int MAX_PAGES = 200;
    static final Duration TIME_BUDGET = Duration.ofSeconds(10);

    /** Checking the clock is cheap but not free: once every this many content-stream operators. */
    private static final int OPERATORS_PER_CLOCK_CHECK = 256;
    private static final Pattern BOLD_FONT_NAME = Pattern.compile("(?i)bold|black|heavy|semibold|demi");
    private static final Pattern WHITESPACE = Pattern.compile("[\\s\\u00A0\\u2000-\\u200B\\u202F\\u205F\\u3000]+");

    private final long deadline;
    private final List<PdfPage> pages = new ArrayList<>();
    private final Map<PDFont, Boolean> boldFonts = new IdentityHashMap<>();
    private List<PdfLine> pageLines;
    private LineBuilder line;
    private float pageHeight;
    private boolean pageHasImages;
    private int operators;

    private PdfPageReader(long deadline) {
        this.deadline = deadline;
        setEndPage(MAX_PAGES);
    }

    /**
     * The pages read before {@code deadline} ({@link System#nanoTime()}), which ends {@code budget}.
     *
     * @throws ArticleRejectedException with {@link FailureCode#UNREADABLE_PDF} when not even the first page could be
     *                                  read in time
     * @throws IOException              when PDFBox cannot read the content
     */
    static List<PdfPage> read(PDDocument document, long deadline, Duration budget) throws IOException {
        PdfPageReader reader = new PdfPageReader(deadline);
        try {
            reader.writeText(document, Writer.nullWriter());
        } catch (OutOfTime e) {
            if (reader.pages.isEmpty()) {
                throw new ArticleRejectedException(FailureCode.UNREADABLE_PDF, "Reading the PDF's first page took longer"
                        + " than " + budget.toMillis() + " ms; the page is too complex to extract text from.");
            }
        }
        return List.copyOf(reader.pages);
    }

    @Override
    protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
        if (++operators % OPERATORS_PER_CLOCK_CHECK == 0 && System.nanoTime() - deadline > 0) {
            throw new OutOfTime();
        }
        super.processOperator(operator, operands);
    }

    @Override
    protected void startPage(PDPage page) throws IOException {
        super.startPage(page);
        if (System.nanoTime() - deadline > 0) {
            throw new OutOfTime();
        }
        pageLines = new ArrayList<>();
        line = null;
        pageHeight = page.getCropBox().getHeight();
        pageHasImages = drawsImages(page.getResources());
    }

    @Override
    protected void writeString(String text, List<TextPosition> textPositions) {
        if (line == null) {
            line = new LineBuilder();
        }
        line.add(text, textPositions);
    }

    @Override
    protected void writeWordSeparator() {
        if (line != null) {
            line.space();
        }
    }

    @Override
    protected void writeLineSeparator() {
        endLine();
    }

    @Override
    protected void writeParagraphStart() {
        endLine();
    }

    @Override
    protected void writeParagraphEnd() {
        endLine();
    }

    @Override
    protected void endPage(PDPage page) throws IOException {
        endLine();
        pages.add(new PdfPage(getCurrentPageNo(), pageHeight, pageLines, pageHasImages));
        super.endPage(page);
    }

    private void endLine() {
        if (line != null) {
            PdfLine finished = line.build(getCurrentPageNo());
            if (finished != null) {
                pageLines.add(finished);
            }
            line = null;
        }
    }

    private static boolean drawsImages(PDResources resources) {
        if (resources == null) {
            return false;
        }
        for (COSName name : resources.getXObjectNames()) {
            if (resources.isImageXObject(name)) {
                return true;
            }
        }
        return false;
    }

    private boolean isBold(PDFont font) {
        return boldFonts.computeIfAbsent(font, f -> {
            PDFontDescriptor descriptor = f.getFontDescriptor();
            if (descriptor != null && (descriptor.isForceBold() || descriptor.getFontWeight() >= 600)) {
                return true;
            }
            return f.getName() != null && BOLD_FONT_NAME.matcher(f.getName()).find();
        });
    }

    /** The words of one line as the stripper hands them over, with their glyphs' geometry. */
    private final class LineBuilder {
        private final StringBuilder text = new StringBuilder();
        private float left = Float.MAX_VALUE;
        private float right = -Float.MAX_VALUE;
        private float baseline = Float.NaN;
        private double sizeSum;
        private int glyphs;
        private int boldGlyphs;

        void add(String word, List<TextPosition> positions) {
            text.append(word);
            for (TextPosition glyph : positions) {
                if (glyph.getUnicode() == null || glyph.getUnicode().isBlank()) {
                    continue;
                }
                left = Math.min(left, glyph.getXDirAdj());
                right = Math.max(right, glyph.getXDirAdj() + glyph.getWidthDirAdj());
                if (Float.isNaN(baseline)) {
                    baseline = glyph.getYDirAdj();
                }
                // The text matrix's scale, not the Tf operand: many generators set size 1 and scale the matrix.
                sizeSum += glyph.getYScale();
                glyphs++;
                boldGlyphs += isBold(glyph.getFont()) ? 1 : 0;
            }
        }

        void space() {
            text.append(' ');
        }

        /** The line, or null when it holds no visible glyph. */
        PdfLine build(int page) {
            String normalised = WHITESPACE.matcher(text).replaceAll(" ").strip();
            if (glyphs == 0 || normalised.isEmpty()) {
                return null;
            }
            // A line is bold when its words are, not when it merely starts with a bold run-in.
            boolean bold = boldGlyphs >= 0.9 * glyphs;
            return new PdfLine(page, normalised, left, right, baseline, (float) (sizeSum / glyphs), bold);
        }
    }

    /** Thrown through PDFBox, which passes unchecked exceptions on, to stop reading when the budget is spent. */
    private static final class OutOfTime extends RuntimeException {
        OutOfTime() {
            super(null, null, false, false);
        }
    }
}
