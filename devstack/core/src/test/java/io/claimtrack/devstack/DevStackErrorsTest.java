package io.claimtrack.devstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The errors that stop a dev stack before any server starts. */
class DevStackErrorsTest {
    @TempDir Path dir;

    @Test
    void aKafkaPortInUseIsNamedWithAWayOut() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            int port = taken.getLocalPort();
            DevStackOptions options =
                    DevStackOptions.defaults().withWorkDir(dir).withPorts(port, 0);

            assertThatThrownBy(() -> DevStack.start(options))
                    .isInstanceOf(DevStackException.class)
                    .hasMessageContaining(
                            "The Kafka port " + port + " on 127.0.0.1 is already in use")
                    .hasMessageContaining("or 0 for a free one");
        }
    }

    @Test
    void anElasticsearchPortInUseIsNamed() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            int port = taken.getLocalPort();
            DevStackOptions options =
                    DevStackOptions.defaults().withWorkDir(dir).withPorts(0, port);

            assertThatThrownBy(() -> DevStack.start(options))
                    .isInstanceOf(DevStackException.class)
                    .hasMessageContaining(
                            "The Elasticsearch HTTP port "
                                    + port
                                    + " on 127.0.0.1 is already in use");
        }
    }

    @Test
    void tooLittleDiskSpaceSaysHowMuchIsFreeAndWhere() {
        DevStackOptions options =
                DevStackOptions.defaults().withWorkDir(dir).withMinFreeDiskBytes(Long.MAX_VALUE);

        assertThatThrownBy(() -> DevStack.start(options))
                .isInstanceOf(DevStackException.class)
                .hasMessageMatching(
                        "(?s)Not enough free disk space for the dev stack: [0-9.]+ [GM]iB free in "
                                + java.util.regex.Pattern.quote(dir.toString())
                                + ", at least .* needed\\..*");
    }

    @Test
    void aWorkDirectoryServesOneStackAtATime() {
        try (WorkDir first = WorkDir.claim(dir, 0)) {
            assertThat(first.path()).isEqualTo(dir.toAbsolutePath().normalize());
            assertThatThrownBy(() -> WorkDir.claim(dir, 0))
                    .isInstanceOf(DevStackException.class)
                    .hasMessageContaining("is in use by a dev stack in this JVM");
        }
        WorkDir.claim(dir, 0).close();
    }

    @Test
    void aFreshStartWipesOnlyTheNodeDirectories() throws Exception {
        Files.createDirectories(dir.resolve("kafka/data/topic-0"));
        Files.writeString(dir.resolve("kafka/data/topic-0/00.log"), "old");
        Files.writeString(dir.resolve("notes.txt"), "mine");

        try (WorkDir work = WorkDir.claim(dir, 0)) {
            work.wipe("kafka", "elasticsearch");
        }

        assertThat(dir.resolve("kafka")).doesNotExist();
        assertThat(dir.resolve("notes.txt")).hasContent("mine");
    }

    @Test
    void sizesAreHumanReadable() {
        assertThat(WorkDir.human(300L * 1024 * 1024)).isEqualTo("300 MiB");
        assertThat(WorkDir.human(5L * 1024 * 1024 * 1024 + 512L * 1024 * 1024))
                .isEqualTo("5.5 GiB");
    }
}
