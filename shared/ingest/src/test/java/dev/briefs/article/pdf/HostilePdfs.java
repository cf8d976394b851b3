package dev.briefs.article.pdf;

import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.zip.Adler32;
import java.util.zip.Deflater;

/** PDFs made to exhaust a parser: decompression bombs, built in well under a second however far they inflate. */
public final class HostilePdfs {

    private static final int MIB = 1024 * 1024;

    private HostilePdfs() {
    }

    /**
     * A one-page PDF whose content stream inflates to {@code mebibytes} MiB of spaces (valid content: it draws
     * nothing), at about 1,000 to 1: 1.5 GiB from a 1.6 MB file. {@code marker} goes into the document information,
     * so bombs with different markers differ in content.
     */
    public static byte[] bomb(int mebibytes, String marker) {
        return bomb(1, mebibytes, marker);
    }

    /** A PDF of {@code pages} pages, each with a content stream that inflates to {@code mebibytesPerPage} MiB. */
    public static byte[] bomb(int pages, int mebibytesPerPage, String marker) {
        byte[] zlib = zlibOfSpaces(mebibytesPerPage);
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            for (int i = 0; i < pages; i++) {
                PDPage page = new PDPage(PDRectangle.LETTER);
                document.addPage(page);
                COSStream content = document.getDocument().createCOSStream();
                try (OutputStream raw = content.createRawOutputStream()) {
                    raw.write(zlib);
                }
                content.setItem(COSName.FILTER, COSName.FLATE_DECODE);
                page.setContents(new PDStream(content));
            }
            document.getDocumentInformation().setSubject(marker);
            document.save(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A zlib stream of {@code mebibytes} MiB of spaces. Compressing that much would take seconds, so one MiB is
     * compressed once, with a full flush (which resets the compressor, making every later block byte-identical), and
     * that block is repeated; the checksum is computed over the real content, so the stream is valid.
     */
    static byte[] zlibOfSpaces(int mebibytes) {
        byte[] mib = new byte[MIB];
        Arrays.fill(mib, (byte) ' ');
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
        fullFlush(deflater, mib);
        byte[] block = fullFlush(deflater, mib);
        deflater.finish();
        byte[] end = new byte[64];
        int endLength = deflater.deflate(end);
        deflater.end();
        Adler32 checksum = new Adler32();
        ByteArrayOutputStream zlib = new ByteArrayOutputStream(block.length * mebibytes + 16);
        zlib.write(0x78);
        zlib.write(0xDA);
        for (int i = 0; i < mebibytes; i++) {
            zlib.writeBytes(block);
            checksum.update(mib);
        }
        zlib.write(end, 0, endLength);
        long value = checksum.getValue();
        for (int shift = 24; shift >= 0; shift -= 8) {
            zlib.write((int) (value >>> shift));
        }
        return zlib.toByteArray();
    }

    private static byte[] fullFlush(Deflater deflater, byte[] input) {
        deflater.setInput(input);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        int n;
        do {
            n = deflater.deflate(buffer, 0, buffer.length, Deflater.FULL_FLUSH);
            out.write(buffer, 0, n);
        } while (n == buffer.length || !deflater.needsInput());
        return out.toByteArray();
    }
}
