package dev.briefs.local.localstack;

import dev.briefs.local.invoke.ProjectRoot;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** The files of infra/localstack, which a user runs LocalStack with and the tests run it with too. */
final class LocalStackFiles {

    static final Path DIR = ProjectRoot.find().resolve("infra/localstack");
    static final Path INIT_SCRIPT = DIR.resolve("init/briefs.sh");
    static final Path TABLE = DIR.resolve("init/briefs-table.json");
    /** Where LocalStack runs scripts once it is ready. */
    static final String READY_HOOKS = "/etc/localstack/init/ready.d/";

    private LocalStackFiles() {
    }

    /** The LocalStack image compose.yaml pins. */
    @SuppressWarnings("unchecked")
    static String image() {
        try {
            Map<String, Object> compose = new Yaml().load(Files.readString(DIR.resolve("compose.yaml")));
            Map<String, Object> services = (Map<String, Object>) compose.get("services");
            return (String) ((Map<String, Object>) services.get("localstack")).get("image");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
