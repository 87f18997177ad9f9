package io.claimtrack.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.apache.kafka.common.Uuid;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A single-node KRaft Kafka broker (broker + controller) in its own JVM, on 127.0.0.1. Ports and
 * data directory are fixed at construction, so {@link #stop()} then {@link #start(Duration)} brings
 * the same broker back with its data.
 *
 * <p>Layout of its directory: {@code server.properties}, {@code log4j2.properties}, {@code
 * cluster.id}, {@code data/} (the log dirs) and {@code logs/} ({@code server.log}, {@code
 * stdout.log}).
 */
public final class KafkaNode extends ChildNode {
    private static final Logger LOG = LoggerFactory.getLogger(KafkaNode.class);
    private static final String MAIN = "io.claimtrack.devstack.kafka.KafkaNodeMain";

    private final Path dir;
    private final int controllerPort;

    /**
     * @param dir the broker's directory (created if missing)
     * @param port the client port, 0 for a free one
     * @param heap the JVM heap, e.g. {@code 256m}
     * @param jdk the JDK 21+ to run it with
     */
    public KafkaNode(Path dir, int port, String heap, Jdk jdk) {
        super(Ports.resolve("Kafka", port), heap, jdk);
        this.dir = dir.toAbsolutePath();
        this.controllerPort = Ports.free();
    }

    /** Formats the storage if needed, starts the broker and waits until it answers clients. */
    public synchronized void start(Duration timeout) {
        if (process != null && process.isAlive()) {
            return;
        }
        Ports.requireFree("Kafka", port);
        Ports.requireFree("Kafka controller", controllerPort);
        writeConfig();
        List<String> command = javaCommand();
        command.add("-Dlog4j2.configurationFile=" + dir.resolve("log4j2.properties"));
        command.add("-cp");
        command.add(NodeJars.classpath(NodeJars.KAFKA));
        command.add(MAIN);
        command.add(dir.resolve("server.properties").toString());
        command.add(clusterId());
        Path logs = dir.resolve("logs");
        process =
                ChildProcess.start(
                        "Kafka broker",
                        command,
                        dir,
                        logs.resolve("stdout.log"),
                        List.of(logs.resolve("server.log")));
        try (BrokerProbe probe = new BrokerProbe(bootstrap(), port)) {
            process.awaitReady(probe, timeout);
        }
        LOG.info("Kafka broker up at {} (pid {}, dir {})", bootstrap(), process.pid(), dir);
    }

    /** {@code 127.0.0.1:<port>}, for {@code bootstrap.servers}. */
    public String bootstrap() {
        return Ports.HOST + ":" + port;
    }

    /** The broker's directory (configuration, data, logs). */
    public Path directory() {
        return dir;
    }

    private String clusterId() {
        Path file = dir.resolve("cluster.id");
        try {
            if (Files.isRegularFile(file)) {
                return Files.readString(file).strip();
            }
            String id = Uuid.randomUuid().toString();
            Files.writeString(file, id);
            return id;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void writeConfig() {
        try {
            Files.createDirectories(dir.resolve("data"));
            Files.createDirectories(dir.resolve("logs"));
            Files.writeString(
                    dir.resolve("server.properties"),
                    KafkaConfigs.serverProperties(
                            port, controllerPort, dir.resolve("data").toString()));
            Files.writeString(
                    dir.resolve("log4j2.properties"),
                    KafkaConfigs.log4j2(dir.resolve("logs").toString()));
        } catch (IOException e) {
            throw new DevStackException("Cannot write the broker's configuration in " + dir, e);
        }
    }
}
