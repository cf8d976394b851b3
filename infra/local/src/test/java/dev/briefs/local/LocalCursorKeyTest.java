package dev.briefs.local;

import dev.briefs.api.CursorCodec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class LocalCursorKeyTest {

    @Test
    void eachDataDirectoryHasItsOwnKeyWhichOutlivesARestart(@TempDir Path first, @TempDir Path second) throws Exception {
        String key = LocalCursorKey.of(first);

        assertEquals(key, LocalCursorKey.of(first));
        assertNotEquals(key, LocalCursorKey.of(second));
        assertEquals("rw-------", PosixFilePermissions.toString(
                Files.getPosixFilePermissions(first.resolve(LocalCursorKey.FILE_NAME))));
    }

    @Test
    void aCursorFromOneStackOrSignedWithTheBuiltInKeyIsRefusedByAnother(@TempDir Path first, @TempDir Path second) {
        CursorCodec one = new CursorCodec(LocalCursorKey.of(first).getBytes(StandardCharsets.UTF_8));
        CursorCodec other = new CursorCodec(LocalCursorKey.of(second).getBytes(StandardCharsets.UTF_8));
        String cursor = one.encode("0000000000123#b_x");

        assertEquals("0000000000123#b_x", one.decode(cursor));
        assertThrows(CursorCodec.InvalidCursorException.class, () -> other.decode(cursor));
        assertThrows(CursorCodec.InvalidCursorException.class,
                () -> other.decode(CursorCodec.fromSecret(null).encode("0000000000123#b_x")));
    }
}
