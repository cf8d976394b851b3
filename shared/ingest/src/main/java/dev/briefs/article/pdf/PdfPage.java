package dev.briefs.article.pdf;

import java.util.List;

/**
 * The text lines of one page, in the order the page's content stream draws them.
 *
 * @param number    the page number, from 1
 * @param height    the page's height in points
 * @param lines     the lines, in content-stream order
 * @param hasImages whether the page draws an image, as a scanned page does
 */
record PdfPage(int number, float height, List<PdfLine> lines, boolean hasImages) {

    /** A page with fewer letters and digits than this has no usable text layer (a scan with a stamped page number). */
    private static final int MIN_TEXT_CHARACTERS = 20;

    PdfPage {
        lines = List.copyOf(lines);
    }

    boolean hasTextLayer() {
        long characters = lines.stream().flatMapToInt(line -> line.text().codePoints())
                .filter(Character::isLetterOrDigit).limit(MIN_TEXT_CHARACTERS).count();
        return characters >= MIN_TEXT_CHARACTERS;
    }
}
