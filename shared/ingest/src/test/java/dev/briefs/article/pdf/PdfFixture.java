package dev.briefs.article.pdf;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.util.Matrix;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;

/**
 * Builds test PDFs with PDFBox itself: text drawn line by line where a layout program would put it, so that each test
 * shows the layout it exercises. Positions are in points from the top left of a US Letter page (612 × 792).
 */
public final class PdfFixture {

    static final PDFont REGULAR = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    static final PDFont BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    static final float PAGE_HEIGHT = PDRectangle.LETTER.getHeight();

    private final PDDocument document = new PDDocument();
    private PDPageContentStream content;

    PdfFixture page() {
        closeContent();
        PDPage page = new PDPage(PDRectangle.LETTER);
        document.addPage(page);
        try {
            content = new PDPageContentStream(document, page);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** Draws one line of text with its baseline {@code top} points below the top of the page. */
    PdfFixture line(PDFont font, float size, float x, float top, String text) {
        try {
            content.beginText();
            content.setFont(font, size);
            content.newLineAtOffset(x, PAGE_HEIGHT - top);
            content.showText(text);
            content.endText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** Draws one line as many generators do: the font set at size 1 and scaled up by the text matrix. */
    PdfFixture lineScaledByMatrix(PDFont font, float size, float x, float top, String text) {
        try {
            content.beginText();
            content.setFont(font, 1);
            content.setTextMatrix(new Matrix(size, 0, 0, size, x, PAGE_HEIGHT - top));
            content.showText(text);
            content.endText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /**
     * Wraps {@code text} into lines at most {@code width} wide and draws them {@code leading} apart, the first one
     * indented by {@code indent}.
     *
     * @return the baseline of the line after the last one
     */
    float paragraph(PDFont font, float size, float x, float top, float width, float leading, float indent, String text) {
        float baseline = top;
        List<String> lines = wrap(font, size, width, indent, text);
        for (int i = 0; i < lines.size(); i++) {
            line(font, size, i == 0 ? x + indent : x, baseline, lines.get(i));
            baseline += leading;
        }
        return baseline;
    }

    /** Draws a grey picture over most of the page, as a scanner does. */
    PdfFixture image() {
        BufferedImage picture = new BufferedImage(85, 110, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < picture.getHeight(); y++) {
            for (int x = 0; x < picture.getWidth(); x++) {
                picture.setRGB(x, y, (x * 7 + y * 13) % 2 == 0 ? 0xEEEEEE : 0x222222);
            }
        }
        try {
            PDImageXObject image = LosslessFactory.createFromImage(document, picture);
            content.drawImage(image, 36, 36, 540, 720);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    PdfFixture info(String title, String author, Calendar created, String language) {
        document.getDocumentInformation().setTitle(title);
        document.getDocumentInformation().setAuthor(author);
        document.getDocumentInformation().setCreationDate(created);
        document.getDocumentCatalog().setLanguage(language);
        return this;
    }

    byte[] bytes() {
        return save(null);
    }

    /** The document, encrypted so that opening it needs {@code userPassword} (an empty one opens it freely). */
    byte[] encrypted(String userPassword) {
        return save(new StandardProtectionPolicy("owner-secret", userPassword, new AccessPermission()));
    }

    private byte[] save(StandardProtectionPolicy protection) {
        closeContent();
        try (document) {
            if (protection != null) {
                protection.setEncryptionKeyLength(128);
                document.protect(protection);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void closeContent() {
        if (content != null) {
            try {
                content.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            content = null;
        }
    }

    /** {@code text} broken into lines at most {@code width} wide, the first one {@code indent} narrower. */
    static List<String> wrap(PDFont font, float size, float width, float indent, String text) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            float available = lines.isEmpty() ? width - indent : width;
            if (!line.isEmpty() && textWidth(font, size, candidate) > available) {
                lines.add(line.toString());
                line.setLength(0);
                line.append(word);
            } else {
                line.setLength(0);
                line.append(candidate);
            }
        }
        lines.add(line.toString());
        return lines;
    }

    private static float textWidth(PDFont font, float size, String text) {
        try {
            return font.getStringWidth(text) / 1000 * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
