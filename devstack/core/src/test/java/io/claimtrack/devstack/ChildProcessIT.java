package io.claimtrack.devstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChildProcessIT {
    @TempDir Path dir;

    @Test
    void timeoutKillsTheChildAndShowsTheLast20LinesOfItsLog() throws Exception {
        Path log = dir.resolve("logs/out.log");
        ChildProcess child =
                ChildProcess.start("chatty server", chatty("30", "hang"), dir, log, List.of());
        awaitLine(log, "line 30");

        assertThatThrownBy(() -> child.awaitReady(() -> false, Duration.ofMillis(300)))
                .isInstanceOf(DevStackException.class)
                .hasMessageContaining("The chatty server did not come up within 300 ms")
                .hasMessageContaining("last 20 lines of " + log)
                .hasMessageContaining("line 11")
                .hasMessageContaining("line 30")
                .hasMessageNotContaining("line 10");
        assertThat(child.isAlive()).isFalse();
    }

    @Test
    void earlyExitReportsTheExitCodeAndTheLogTail() {
        Path log = dir.resolve("logs/out.log");
        ChildProcess child =
                ChildProcess.start("chatty server", chatty("2", "exit"), dir, log, List.of());

        assertThatThrownBy(() -> child.awaitReady(() -> false, Duration.ofMinutes(2)))
                .isInstanceOf(DevStackException.class)
                .hasMessageContaining("exited with code 3 before it was ready")
                .hasMessageContaining("boom: cannot bind");
    }

    @Test
    void readyProbeEndsTheWaitAndStopTerminatesTheChild() {
        Path log = dir.resolve("logs/out.log");
        ChildProcess child =
                ChildProcess.start("chatty server", chatty("1", "hang"), dir, log, List.of());

        child.awaitReady(() -> Files.readString(log).contains("line 01"), Duration.ofMinutes(2));
        assertThat(child.isAlive()).isTrue();
        child.stop(Duration.ofSeconds(10));
        assertThat(child.isAlive()).isFalse();
    }

    private static List<String> chatty(String lines, String mode) {
        return List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx32m",
                "-cp",
                testClasses(),
                Chatty.class.getName(),
                lines,
                mode);
    }

    private static String testClasses() {
        try {
            return Path.of(Chatty.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                    .toString();
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void awaitLine(Path log, String line) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
        while (System.nanoTime() < deadline) {
            if (Files.exists(log) && Files.readString(log).contains(line)) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError(line + " never appeared in " + log);
    }
}
