package io.claimtrack.app;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds the repository root (the folder with docker-compose.yml) from a module's directory. */
final class RepoRoot {
    private RepoRoot() {}

    static Path find() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null) {
            if (Files.isRegularFile(dir.resolve("docker-compose.yml"))
                    && Files.isRegularFile(dir.resolve("mvnw"))) {
                return dir;
            }
            dir = dir.getParent();
        }
        throw new IllegalStateException(
                "cannot find the repository root above " + Path.of("").toAbsolutePath());
    }
}
