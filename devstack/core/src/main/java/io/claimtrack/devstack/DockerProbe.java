package io.claimtrack.devstack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.DockerClientFactory;

/** Whether a Docker engine answers, asked of Testcontainers only where one could plausibly be. */
final class DockerProbe {
    private static final Logger LOG = LoggerFactory.getLogger(DockerProbe.class);

    private DockerProbe() {}

    static boolean answers() {
        if (!plausible()) {
            LOG.info("No Docker socket, DOCKER_HOST or Testcontainers config found");
            return false;
        }
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            LOG.info("Docker did not answer: {}", e.toString());
            return false;
        }
    }

    /** Cheap checks first, so machines without Docker do not pay for Testcontainers' search. */
    private static boolean plausible() {
        if (System.getenv("DOCKER_HOST") != null
                || System.getenv("TESTCONTAINERS_HOST_OVERRIDE") != null) {
            return true;
        }
        String home = System.getProperty("user.home");
        String runtime = System.getenv("XDG_RUNTIME_DIR");
        List<Path> candidates =
                new java.util.ArrayList<>(
                        List.of(
                                Path.of("/var/run/docker.sock"),
                                Path.of("/run/docker.sock"),
                                Path.of(home, ".docker", "run", "docker.sock"),
                                Path.of(home, ".docker", "desktop", "docker.sock"),
                                Path.of(home, ".testcontainers.properties")));
        if (runtime != null) {
            candidates.add(Path.of(runtime, "docker.sock"));
            candidates.add(Path.of(runtime, "podman", "podman.sock"));
        }
        return candidates.stream().anyMatch(Files::exists);
    }
}
