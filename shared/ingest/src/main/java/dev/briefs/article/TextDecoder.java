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
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * Turns the bytes of a text article into characters: a byte-order mark wins, then strict UTF-8. Bytes that are not
 * UTF-8 (whatever a meta tag claims) are decoded with the declared charset or a legacy one: windows-1252 (most legacy
 * newsroom exports, which ISO-8859-1 would mangle into control characters) or windows-1251 (Cyrillic), whichever
 * reads as real words rather than mojibake, the declared charset winning a tie.
 */
public final class TextDecoder {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final Charset WINDOWS_1251 = Charset.forName("windows-1251");
    /** Non-ASCII Latin letters in a row: what Cyrillic read as windows-1252 looks like ("Ïðåçèäåíò"). */
    private static final Pattern LATIN_MOJIBAKE = Pattern.compile("[\\u00C0-\\u024F&&\\p{L}]{3,}");
    private static final Pattern WORD = Pattern.compile("\\p{L}+");

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
        Set<Charset> candidates = new LinkedHashSet<>();
        if (declared != null && !declared.equals(StandardCharsets.UTF_8)) {
            candidates.add(declared);
        }
        candidates.add(WINDOWS_1252);
        candidates.add(WINDOWS_1251);
        String best = null;
        long fewestMangled = Long.MAX_VALUE;
        for (Charset charset : candidates) {
            String text = tryDecode(bytes, 0, charset);
            long mangled = text == null ? Long.MAX_VALUE : mangledWords(text);
            if (mangled < fewestMangled) {
                best = text;
                fewestMangled = mangled;
            }
        }
        if (best == null) {
            throw new ArticleRejectedException(FailureCode.UNDECODABLE_TEXT,
                    "The file is neither UTF-8 nor windows-1252 or windows-1251 text"
                            + (declared == null ? "." : ", nor the " + declared.name() + " it declares."));
        }
        return best;
    }

    /**
     * Words that a wrong charset made: letters of two scripts in one word ("йvйnement", French read as Cyrillic) or
     * three non-ASCII Latin letters in a row (Cyrillic read as windows-1252). Real words rarely do either.
     */
    static long mangledWords(String text) {
        return WORD.matcher(text).results().map(MatchResult::group)
                .filter(word -> mixesScripts(word) || LATIN_MOJIBAKE.matcher(word).find())
                .count();
    }

    private static boolean mixesScripts(String word) {
        Character.UnicodeScript first = null;
        for (int i = 0; i < word.length(); ) {
            int c = word.codePointAt(i);
            i += Character.charCount(c);
            Character.UnicodeScript script = Character.UnicodeScript.of(c);
            if (script == Character.UnicodeScript.COMMON || script == Character.UnicodeScript.INHERITED) {
                continue;
            }
            if (first == null) {
                first = script;
            } else if (script != first) {
                return true;
            }
        }
        return false;
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
