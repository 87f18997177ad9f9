package io.claimtrack.devstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A server in its own JVM: started with its output in a log file, probed until ready, stopped with
 * SIGTERM then SIGKILL. The child's stdin stays an open pipe; our child mains exit when it reaches
 * EOF, so a child never outlives this JVM.
 */
final class ChildProcess {
    /** Answers whether the server is ready; exceptions count as "not yet". */
    @FunctionalInterface
    interface Probe {
        boolean ready() throws Exception;
    }

    private static final Logger LOG = LoggerFactory.getLogger(ChildProcess.class);
    private static final int TAIL_LINES = 20;

    private final String name;
    private final Process process;
    private final List<Path> logs;

    private ChildProcess(String name, Process process, List<Path> logs) {
        this.name = name;
        this.process = process;
        this.logs = logs;
    }

    /**
     * Starts {@code command}; stdout and stderr go to {@code output}, which is tailed on failure
     * together with {@code moreLogs}.
     */
    static ChildProcess start(
            String name, List<String> command, Path workingDir, Path output, List<Path> moreLogs) {
        try {
            Files.createDirectories(output.getParent());
            Process process =
                    new ProcessBuilder(command)
                            .directory(workingDir.toFile())
                            .redirectErrorStream(true)
                            .redirectOutput(ProcessBuilder.Redirect.appendTo(output.toFile()))
                            .start();
            LOG.debug("{} started as pid {}: {}", name, process.pid(), command);
            var logs = new java.util.ArrayList<Path>(moreLogs);
            logs.add(output);
            return new ChildProcess(name, process, List.copyOf(logs));
        } catch (IOException e) {
            throw new DevStackException(
                    "Cannot start the " + name + " process (" + command.getFirst() + "): " + e, e);
        }
    }

    /**
     * Polls {@code probe} until it answers true. If the process exits first, or the timeout passes
     * (then the process is killed), throws a {@link DevStackException} with the tail of its logs.
     */
    void awaitReady(Probe probe, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new DevStackException(
                        "The "
                                + name
                                + " process exited with code "
                                + process.exitValue()
                                + " before it was ready."
                                + LogTail.of(logs, TAIL_LINES));
            }
            if (ready(probe)) {
                return;
            }
            sleep(200);
        }
        stop(Duration.ofSeconds(5));
        throw new DevStackException(
                "The "
                        + name
                        + " did not come up within "
                        + timeout.toMillis()
                        + " ms (the machine may be overloaded; a longer start timeout may help)."
                        + LogTail.of(logs, TAIL_LINES));
    }

    boolean isAlive() {
        return process.isAlive();
    }

    long pid() {
        return process.pid();
    }

    /** SIGTERM, wait up to {@code grace}, then SIGKILL; returns once the process is gone. */
    void stop(Duration grace) {
        if (!process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
                LOG.warn("{} (pid {}) ignored SIGTERM for {}; killing it", name, pid(), grace);
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        } finally {
            closeStdin();
        }
    }

    /** SIGKILL, as in a crash; returns once the process is gone. */
    void kill() {
        try {
            process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            closeStdin();
        }
    }

    private void closeStdin() {
        try {
            process.getOutputStream().close();
        } catch (IOException e) {
            LOG.debug("closing stdin of {}", name, e);
        }
    }

    private boolean ready(Probe probe) {
        try {
            return probe.ready();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DevStackException("Interrupted while waiting for the " + name, e);
        } catch (Exception e) {
            LOG.trace("{} not ready yet", name, e);
            return false;
        }
    }

    private void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stop(Duration.ofSeconds(5));
            throw new DevStackException("Interrupted while waiting for the " + name, e);
        }
    }
}
