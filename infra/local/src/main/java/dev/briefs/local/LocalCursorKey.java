package dev.briefs.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The key that signs a local stack's listing cursors: generated the first time a data directory is used and kept
 * there ({@value #FILE_NAME}, readable by its owner only), so cursors survive a restart, while a cursor from one stack,
 * or forged with a built-in key, is refused by every other. In AWS the template generates one per stack.
 */
final class LocalCursorKey {

    static final String FILE_NAME = "cursor.key";
    private static final int KEY_BYTES = 32;

    private LocalCursorKey() {
    }

    /** The data directory's key, created on first use. */
    static String of(Path dataDir) {
        Path file = dataDir.resolve(FILE_NAME);
        try {
            if (!Files.exists(file)) {
                create(file);
            }
            return Files.readString(file, StandardCharsets.US_ASCII).strip();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the cursor key " + file + ": " + e.getMessage(), e);
        }
    }

    private static void create(Path file) throws IOException {
        byte[] key = new byte[KEY_BYTES];
        new SecureRandom().nextBytes(key);
        Files.createDirectories(file.getParent());
        try {
            if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } else {
                Files.createFile(file);
            }
        } catch (FileAlreadyExistsException e) {
            return; // another process made it first: use theirs
        }
        Files.writeString(file, Base64.getUrlEncoder().withoutPadding().encodeToString(key), StandardCharsets.US_ASCII);
    }
}
