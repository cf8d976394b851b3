package dev.briefs.local.invoke;

import java.nio.file.Files;
import java.nio.file.Path;

/** The project's root directory, which holds template.yaml and the function modules. */
public final class ProjectRoot {

    private ProjectRoot() {
    }

    /** The {@code briefs.home} system property (./briefs sets it), else the nearest directory up with a template. */
    public static Path find() {
        String home = System.getProperty("briefs.home");
        if (home != null) {
            return Path.of(home).toAbsolutePath().normalize();
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve(SamTemplate.FILE_NAME))) {
                return dir;
            }
        }
        throw new IllegalStateException("No " + SamTemplate.FILE_NAME + " here or above: run this from the project");
    }
}
