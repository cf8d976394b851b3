package dev.briefs.local.invoke;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipFile;

/**
 * A function's deployment package: the shaded jar the Maven build leaves in {@code functions/MODULE/target/} (the jar
 * the Makefile gives sam build), found by the handler class it holds, and the jars of its layers, which the build
 * leaves in {@code functions/MODULE/target/layers/LAYER/java/lib/}.
 */
final class LambdaArtifact {

    private LambdaArtifact() {
    }

    /** The class path Lambda's Java runtime gives the function: its jar, then its layers' jars. */
    static List<Path> classPath(Path projectRoot, FunctionDefinition function) {
        List<Path> classPath = new ArrayList<>(List.of(find(projectRoot, function.handlerClass())));
        for (String layer : function.layers()) {
            classPath.addAll(layerJars(projectRoot, layer));
        }
        return classPath;
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

    private static List<Path> layerJars(Path projectRoot, String layer) {
        Path functions = projectRoot.resolve("functions");
        try (Stream<Path> modules = Files.isDirectory(functions) ? Files.list(functions) : Stream.empty()) {
            for (Path lib : modules.map(module -> module.resolve("target/layers/" + layer + "/java/lib")).toList()) {
                if (Files.isDirectory(lib)) {
                    try (Stream<Path> jars = Files.list(lib)) {
                        return jars.filter(jar -> jar.getFileName().toString().endsWith(".jar")).sorted().toList();
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        throw new IllegalStateException("No build of the layer " + layer + " under " + functions
                + "/*/target/layers: build it with ./mvnw -DskipTests package (./briefs does it)");
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
