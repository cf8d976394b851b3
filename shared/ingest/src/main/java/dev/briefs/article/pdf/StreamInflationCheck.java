package dev.briefs.article.pdf;

import dev.briefs.brief.ArticleRejectedException;
import dev.briefs.brief.FailureCode;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDocument;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.filter.DecodeOptions;
import org.apache.pdfbox.filter.Filter;
import org.apache.pdfbox.filter.FilterFactory;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Decodes every stream that text extraction will decode, into a sink that only counts, before PDFBox does: PDFBox
 * decodes a stream whole into memory with no bound, so a decompression bomb must be stopped before it reaches PDFBox.
 * The sink stops at {@link InflationLimits} and checks the deadline as bytes arrive, so a bomb costs at most the
 * limit's worth of inflating (a few hundred milliseconds), never the heap.
 *
 * <p>Images are skipped: text extraction never decodes them, and their filters (JPEG, JPEG 2000, JBIG2, fax) decode to
 * pixels, not to bytes PDFBox keeps. Every stream is a top-level object (the PDF format keeps streams out of object
 * streams), so the cross-reference table's uncompressed entries list them all, object streams included.
 */
final class StreamInflationCheck {

    private static final Set<COSName> IMAGE_FILTERS = Set.of(COSName.DCT_DECODE, COSName.DCT_DECODE_ABBREVIATION,
            COSName.JPX_DECODE, COSName.JBIG2_DECODE, COSName.CCITTFAX_DECODE, COSName.CCITTFAX_DECODE_ABBREVIATION);
    /** Bytes decoded between two looks at the clock. */
    private static final int BYTES_PER_CLOCK_CHECK = 1 << 20;

    private final InflationLimits limits;
    private final long deadlineNanos;
    private final long budgetMillis;
    private long total;

    private StreamInflationCheck(InflationLimits limits, long deadlineNanos, long budgetMillis) {
        this.limits = limits;
        this.deadlineNanos = deadlineNanos;
        this.budgetMillis = budgetMillis;
    }

    /**
     * @throws ArticleRejectedException {@link FailureCode#RESOURCE_LIMIT} when a stream, or all of them together,
     *                                  inflate past the limits; {@link FailureCode#UNREADABLE_PDF} when decoding runs
     *                                  past the deadline
     */
    static void check(COSDocument document, InflationLimits limits, long deadlineNanos, long budgetMillis) {
        StreamInflationCheck check = new StreamInflationCheck(limits, deadlineNanos, budgetMillis);
        for (Map.Entry<COSObjectKey, Long> entry : document.getXrefTable().entrySet()) {
            // A negative offset is an object inside an object stream: never a stream itself.
            if (entry.getValue() != null && entry.getValue() >= 0
                    && document.getObjectFromPool(entry.getKey()).getObject() instanceof COSStream stream) {
                check.decode(stream);
            }
        }
    }

    private void decode(COSStream stream) {
        List<COSName> names = filterNames(stream.getFilters());
        if (names.isEmpty() || COSName.IMAGE.equals(stream.getCOSName(COSName.SUBTYPE))
                || names.stream().anyMatch(IMAGE_FILTERS::contains)) {
            return;
        }
        try (InputStream raw = stream.createRawInputStream()) {
            InputStream input = raw;
            for (int i = 0; i < names.size(); i++) {
                Filter filter = FilterFactory.INSTANCE.getFilter(names.get(i));
                boolean last = i == names.size() - 1;
                CountingSink sink = new CountingSink(last);
                filter.decode(input, sink, stream, i, DecodeOptions.DEFAULT);
                input = last ? null : sink.bytes();
            }
        } catch (IOException e) {
            // A damaged stream is PDFBox's to report (or to skip) when it reads the page; only size and time are ours.
        }
    }

    private static List<COSName> filterNames(COSBase filters) {
        if (filters instanceof COSName name) {
            return List.of(name);
        }
        List<COSName> names = new ArrayList<>();
        if (filters instanceof COSArray array) {
            for (COSBase item : array) {
                if (item instanceof COSName name) {
                    names.add(name);
                }
            }
        }
        return names;
    }

    private ArticleRejectedException tooLarge(String what, long limit) {
        return new ArticleRejectedException(FailureCode.RESOURCE_LIMIT, "The PDF is a decompression bomb: " + what
                + " to more than " + limit + " bytes (" + InflationLimits.PER_STREAM_FACTOR + " and "
                + InflationLimits.TOTAL_FACTOR + " times BRIEFS_MAX_ARTICLE_BYTES for one stream and for all).");
    }

    /** Counts what a filter writes, keeping the bytes only for the next filter of a chain. */
    private final class CountingSink extends OutputStream {
        private final ByteArrayOutputStream kept;
        private long written;
        private long nextClockCheck = BYTES_PER_CLOCK_CHECK;

        CountingSink(boolean last) {
            this.kept = last ? null : new ByteArrayOutputStream();
        }

        @Override
        public void write(int b) {
            write(new byte[]{(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) {
            written += length;
            if (written > limits.perStreamBytes()) {
                throw tooLarge("one of its streams inflates", limits.perStreamBytes());
            }
            if (kept == null) {
                total += length;
                if (total > limits.totalBytes()) {
                    throw tooLarge("all of its streams together inflate", limits.totalBytes());
                }
            } else {
                kept.write(bytes, offset, length);
            }
            if (written >= nextClockCheck) {
                nextClockCheck += BYTES_PER_CLOCK_CHECK;
                if (System.nanoTime() - deadlineNanos > 0) {
                    throw new ArticleRejectedException(FailureCode.UNREADABLE_PDF, "Decoding the PDF's streams took"
                            + " longer than " + budgetMillis + " ms; the file is too complex to extract text from.");
                }
            }
        }

        InputStream bytes() {
            return new ByteArrayInputStream(kept.toByteArray());
        }
    }
}
