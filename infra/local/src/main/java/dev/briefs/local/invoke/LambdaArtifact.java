package dev.briefs.local.invoke;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipFile;

/**
 * A function's deployment package: the shaded jar the Maven build leaves in {@code functions/MODULE/target/} (the jar
 * the Makefile gives sam build), found by the handler class it holds.
 */
final class LambdaArtifact {

    private LambdaArtifact() {
    }

    static Path find(Path projectRoot, String handlerClass) {
        String entry = handlerClass.replace('.', '/') + ".class";
        Path functions = projectRoot.resolve("functions");
        for (Path jar : shadedJars(functions)) {
            if (contains(jar, entry)) {
                return jar;
            }
        }
        throw new IllegalStateException("No function jar under " + functions + " holds " + handlerClass
                + ": build them with ./mvnw -DskipTests package (./briefs does it)");
    }

    private static List<Path> shadedJars(Path functions) {
        if (!Files.isDirectory(functions)) {
            return List.of();
        }
        try (Stream<Path> files = Files.find(functions, 3, (path, attributes) -> attributes.isRegularFile()
                && path.getFileName().toString().endsWith("-lambda.jar")
                && path.getParent().getFileName().toString().equals("target"))) {
            return files.sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean contains(Path jar, String entry) {
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            return zip.getEntry(entry) != null;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + jar + ": " + e.getMessage(), e);
        }
    }
}
