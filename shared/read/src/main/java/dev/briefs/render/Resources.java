package dev.briefs.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Text files shipped in the jar and served as they are: the pages' stylesheet, the API's OpenAPI document. */
public final class Resources {

    private Resources() {
    }

    /** The UTF-8 text of resource {@code name}, next to {@code anchor}'s class file. */
    public static String text(Class<?> anchor, String name) {
        try (InputStream in = anchor.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + name + " next to " + anchor.getName());
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
