package dev.briefs.article.pdf;

import dev.briefs.article.Article;
import dev.briefs.article.ArticleFormat;
import dev.briefs.brief.ArticleRejectedException;
import dev.briefs.article.BoilerplateFilter;
import dev.briefs.article.Block;
import dev.briefs.article.LineJoiner;
import dev.briefs.brief.FailureCode;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * Parses a text PDF (a press release, a report) into its title, its paragraphs in reading order and its metadata,
 * with Apache PDFBox.
 *
 * <p>The steps: read the pages' text lines with their position, size and weight ({@link PdfPageReader}); drop running
 * headers, footers and page numbers ({@link RunningTextDetector}); measure the running text ({@link BodyStyle}); take
 * the title from the document information or the largest type on the first page ({@link TitleFinder}); join lines
 * into paragraphs, subheads and list items, undoing hyphenation ({@link ParagraphAssembler}, {@link LineJoiner}); and
 * finally apply the shared {@link BoilerplateFilter}. Author, CreationDate and the catalog's language become the
 * metadata ({@link PdfDocumentInfo}).
 *
 * <p>Rejections: {@link FailureCode#ENCRYPTED_PDF} for a PDF that needs a password to open,
 * {@link FailureCode#UNREADABLE_PDF} for a damaged one (or one whose first page cannot be read within the time budget),
 * and {@link FailureCode#NO_TEXT_LAYER} for one without text to extract, such as a scan: briefing it would need OCR.
 * At most {@value PdfPageReader#MAX_PAGES} pages and {@link PdfPageReader#TIME_BUDGET} of reading go into an article.
 * Before any text is read, {@link StreamInflationCheck} rejects with {@link FailureCode#RESOURCE_LIMIT} a file whose
 * compressed streams inflate past the {@link InflationLimits}, within the same time budget.
 *
 * <p>Stateless and thread-safe.
 */
public final class PdfArticleParser {

    private final Duration budget;
    private final InflationLimits limits;

    /** A parser whose streams may inflate as far as {@code limits} allow. */
    public PdfArticleParser(InflationLimits limits) {
        this(PdfPageReader.TIME_BUDGET, limits);
    }

    PdfArticleParser(Duration budget, InflationLimits limits) {
        this.budget = budget;
        this.limits = limits;
    }

    /**
     * @param bytes the PDF file
     * @return the article; with no blocks when the text holds nothing but a title
     * @throws ArticleRejectedException when the file cannot be read or has no text layer
     */
    public Article parse(byte[] bytes) {
        long deadline = System.nanoTime() + budget.toNanos();
        try (PDDocument document = load(bytes)) {
            StreamInflationCheck.check(document.getDocument(), limits, deadline, budget.toMillis());
            List<PdfPage> pages = readPages(document, deadline);
            PdfDocumentInfo info = PdfDocumentInfo.read(document);
            List<PdfLine> lines = RunningTextDetector.bodyLines(pages);
            BodyStyle style = BodyStyle.of(lines);
            LineJoiner joiner = LineJoiner.forDocument(PdfLine.texts(lines));
            TitleFinder.Titled titled = TitleFinder.find(info.title(), lines, style, joiner);
            List<Block> blocks = new ParagraphAssembler(style, joiner).assemble(titled.body());
            return new Article(titled.title(), BoilerplateFilter.filter(blocks), ArticleFormat.PDF, info.metadata());
        } catch (IOException e) {
            throw unreadable(e);
        }
    }

    private static PDDocument load(byte[] bytes) {
        try {
            return Loader.loadPDF(bytes);
        } catch (InvalidPasswordException e) {
            throw new ArticleRejectedException(FailureCode.ENCRYPTED_PDF,
                    "The PDF is encrypted and needs a password to open; upload it without the password.");
        } catch (IOException | RuntimeException e) {
            // PDFBox reports some damage (a broken cross-reference table, a malformed object) with unchecked exceptions.
            throw unreadable(e);
        }
    }

    private List<PdfPage> readPages(PDDocument document, long deadline) {
        if (document.getNumberOfPages() == 0) {
            throw new ArticleRejectedException(FailureCode.UNREADABLE_PDF, "The PDF has no pages.");
        }
        List<PdfPage> pages;
        try {
            pages = PdfPageReader.read(document, deadline, budget);
        } catch (ArticleRejectedException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw unreadable(e);
        }
        if (pages.stream().noneMatch(PdfPage::hasTextLayer)) {
            throw new ArticleRejectedException(FailureCode.NO_TEXT_LAYER, pages.stream().anyMatch(PdfPage::hasImages)
                    ? "The PDF has no text layer: its pages are images, as in a scan. Run it through OCR and upload"
                    + " the result."
                    : "The PDF has no text layer to extract (its text may have been converted to outlines).");
        }
        return pages;
    }

    private static ArticleRejectedException unreadable(Exception e) {
        return new ArticleRejectedException(FailureCode.UNREADABLE_PDF,
                "The PDF is damaged and cannot be read: " + Objects.toString(e.getMessage(), e.getClass().getSimpleName()));
    }
}
