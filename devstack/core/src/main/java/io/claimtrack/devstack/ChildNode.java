package io.claimtrack.devstack;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * What the broker and the Elasticsearch node share: a server in a child JVM on a port fixed at
 * construction, so that stop, kill and start again bring the same server back with its data.
 */
abstract class ChildNode implements AutoCloseable {
    protected final int port;
    protected final String heap;
    protected final Jdk jdk;
    protected ChildProcess process;

    ChildNode(int port, String heap, Jdk jdk) {
        this.port = port;
        this.heap = heap;
        this.jdk = jdk;
    }

    /** The child's command line up to its class path: java, heap and the common flags. */
    protected List<String> javaCommand() {
        List<String> command = new ArrayList<>();
        command.add(jdk.java().toString());
        command.add("-Xms" + heap);
        command.add("-Xmx" + heap);
        command.addAll(jdk.commonFlags());
        return command;
    }

    /** Stops the server cleanly (SIGTERM, then SIGKILL after 30 s); the data stays. */
    public synchronized void stop() {
        if (process != null) {
            process.stop(Duration.ofSeconds(30));
            process = null;
        }
    }

    /** Kills the server with SIGKILL, as in a crash (for resilience tests); the data stays. */
    public synchronized void kill() {
        if (process != null) {
            process.kill();
            process = null;
        }
    }

    /** Whether the server's JVM is running. */
    public synchronized boolean isRunning() {
        return process != null && process.isAlive();
    }

    /** The port clients use. */
    public int port() {
        return port;
    }

    @Override
    public void close() {
        stop();
    }
}
