package dev.briefs.api;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;

/**
 * Makes listing positions opaque and tamper-evident: the position is signed with an HMAC, so an edited or forged
 * cursor is rejected instead of becoming a query the client chose.
 */
public final class CursorCodec {

    private static final int TAG_BYTES = 16;
    private final SecretKeySpec key;

    public CursorCodec(byte[] secret) {
        if (secret.length < 16) {
            throw new IllegalArgumentException("A cursor key needs at least 16 bytes");
        }
        this.key = new SecretKeySpec(secret.clone(), "HmacSHA256");
    }

    /** A codec keyed by {@code BRIEFS_CURSOR_KEY}, or by a fixed development key when it is not set. */
    public static CursorCodec fromSecret(String secret) {
        String value = secret == null || secret.isBlank() ? "briefs-local-development-cursor-key" : secret;
        return new CursorCodec(value.getBytes(StandardCharsets.UTF_8));
    }

    public String encode(String position) {
        byte[] payload = position.getBytes(StandardCharsets.UTF_8);
        Base64.Encoder base64 = Base64.getUrlEncoder().withoutPadding();
        return base64.encodeToString(payload) + "." + base64.encodeToString(tag(payload));
    }

    /** The position inside a cursor. */
    public String decode(String cursor) {
        int dot = cursor.indexOf('.');
        if (dot <= 0 || cursor.length() > 512) {
            throw new InvalidCursorException();
        }
        try {
            Base64.Decoder base64 = Base64.getUrlDecoder();
            byte[] payload = base64.decode(cursor.substring(0, dot));
            byte[] tag = base64.decode(cursor.substring(dot + 1));
            if (!MessageDigest.isEqual(tag, tag(payload))) {
                throw new InvalidCursorException();
            }
            return new String(payload, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new InvalidCursorException();
        }
    }

    private byte[] tag(byte[] payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return Arrays.copyOf(mac.doFinal(payload), TAG_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Every JDK has HmacSHA256", e);
        }
    }

    /** A cursor that this service did not issue, or that was altered. */
    public static final class InvalidCursorException extends RuntimeException {
        InvalidCursorException() {
            super("The cursor is not valid: pass nextCursor from a previous page unchanged.");
        }
    }
}
