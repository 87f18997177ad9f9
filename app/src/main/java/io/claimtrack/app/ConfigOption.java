package io.claimtrack.app;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --config FILE} option shared by every command that talks to a cluster. */
final class ConfigOption {
    @Option(
            names = {"-c", "--config"},
            paramLabel = "FILE",
            description =
                    "YAML configuration (default: $CLAIMTRACK_CONFIG, else built-in defaults);"
                            + " CLAIMTRACK_* environment variables override it")
    Path file;

    ClaimtrackConfig load() {
        return ClaimtrackConfig.load(file, System.getenv());
    }
}
