package dev.briefs.store;

import dev.briefs.digest.Sha256;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * Brief ids are derived from the object's bucket and key, so every delivery of an event for that object lands on
 * the same record: that is what makes repeated deliveries idempotent.
 */
public final class BriefIds {

    private static final Pattern VALID = Pattern.compile("b_[0-9a-f]{24}");

    private BriefIds() {
    }

    /** The id of the brief of {@code bucket/key}: "b_" and 24 hex digits of a SHA-256. */
    public static String of(String bucket, String key) {
        byte[] digest = Sha256.of(bucket + "\n" + key);
        return "b_" + HexFormat.of().formatHex(digest, 0, 12);
    }

    /** Whether {@code id} has the form of a brief id. */
    public static boolean isValid(String id) {
        return id != null && VALID.matcher(id).matches();
    }

    /** The lower-case hex SHA-256 of {@code bytes}. */
    public static String sha256Hex(byte[] bytes) {
        return HexFormat.of().formatHex(Sha256.of(bytes));
    }
}
