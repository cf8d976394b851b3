package dev.briefs.article.pdf;

/**
 * How far a PDF's compressed streams may inflate when decoded. PDFBox decodes each stream whole into memory, with no
 * limit of its own, so a 1.5 MB file whose content stream inflates to 1.5 GB would take 1.5 GB of heap.
 *
 * @param perStreamBytes the most one stream may decode to
 * @param totalBytes     the most all of a document's streams together may decode to
 */
public record InflationLimits(long perStreamBytes, long totalBytes) {

    /** Generous for text (content streams compress 4 to 10 times) and fonts; far below a 1 GB function's heap. */
    static final int PER_STREAM_FACTOR = 8;
    static final int TOTAL_FACTOR = 16;

    public InflationLimits {
        if (perStreamBytes <= 0 || totalBytes < perStreamBytes) {
            throw new IllegalArgumentException("need 0 < perStreamBytes <= totalBytes, not " + perStreamBytes + ", "
                    + totalBytes);
        }
    }

    /** The limits for articles of at most {@code maxArticleBytes} ({@code BRIEFS_MAX_ARTICLE_BYTES}). */
    public static InflationLimits relativeTo(long maxArticleBytes) {
        return new InflationLimits(Math.multiplyExact(maxArticleBytes, PER_STREAM_FACTOR),
                Math.multiplyExact(maxArticleBytes, TOTAL_FACTOR));
    }
}
