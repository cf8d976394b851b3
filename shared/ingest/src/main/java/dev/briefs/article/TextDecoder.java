package dev.briefs.article;

import dev.briefs.brief.ArticleRejectedException;
import dev.briefs.brief.FailureCode;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns the bytes of a text article into characters: a byte-order mark wins, then strict UTF-8, then windows-1252
 * (the charset of most legacy newsroom exports, which ISO-8859-1 would mangle into control characters).
 */
public final class TextDecoder {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private TextDecoder() {
    }

    /** Decodes {@code bytes}; a declared charset (from a content type or a meta tag) is used when no BOM is present. */
    public static String decode(byte[] bytes, Charset declared) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return strict(bytes, 3, StandardCharsets.UTF_8);
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return strict(bytes, 2, StandardCharsets.UTF_16LE);
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return strict(bytes, 2, StandardCharsets.UTF_16BE);
        }
        String utf8 = tryDecode(bytes, 0, StandardCharsets.UTF_8);
        if (utf8 != null) {
            return utf8;
        }
        if (declared != null && !declared.equals(StandardCharsets.UTF_8)) {
            String text = tryDecode(bytes, 0, declared);
            if (text != null) {
                return text;
            }
        }
        String legacy = tryDecode(bytes, 0, WINDOWS_1252);
        if (legacy == null) {
            throw new ArticleRejectedException(FailureCode.UNDECODABLE_TEXT,
                    "The file is neither UTF-8 nor windows-1252 text.");
        }
        return legacy;
    }

    /** Decodes with no declared charset. */
    public static String decode(byte[] bytes) {
        return decode(bytes, null);
    }

    private static String strict(byte[] bytes, int offset, Charset charset) {
        String text = tryDecode(bytes, offset, charset);
        if (text == null) {
            throw new ArticleRejectedException(FailureCode.UNDECODABLE_TEXT,
                    "The file starts with a " + charset.name() + " byte-order mark but is not valid " + charset.name() + ".");
        }
        return text;
    }

    private static String tryDecode(byte[] bytes, int offset, Charset charset) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            CharBuffer chars = decoder.decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset));
            return chars.toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** Whether {@code bytes} begin with {@code prefix} (unsigned byte values): BOMs and file signatures. */
    static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
