package io.claimtrack.devstack.kafka;

import java.io.IOException;
import java.io.InputStream;

/**
 * Main class of the broker's child JVM: formats the storage if needed, then runs {@code
 * kafka.Kafka}.
 *
 * <p>Arguments: {@code <server.properties> <cluster id>}. The process exits (through Kafka's own
 * shutdown hook, so the broker stops cleanly) when its standard input reaches end of file, which
 * happens when the parent closes the pipe or dies: no orphan brokers.
 */
public final class KafkaNodeMain {
    private KafkaNodeMain() {}

    /** Formats (idempotently) and runs the broker. */
    public static void main(String[] args) {
        if (args.length != 2) {
            System.err.println("usage: KafkaNodeMain <server.properties> <cluster-id>");
            System.exit(2);
        }
        watchParent(System.in);
        String[] format = {"format", "-t", args[1], "-c", args[0], "--ignore-formatted"};
        int code = kafka.tools.StorageTool.execute(format, System.out);
        if (code != 0) {
            System.err.println("storage format failed with exit code " + code);
            System.exit(code);
        }
        kafka.Kafka.main(new String[] {args[0]});
    }

    /** Exits the JVM once stdin reaches EOF, i.e. when the parent is gone or asks us to stop. */
    static void watchParent(InputStream in) {
        Thread watcher =
                new Thread(
                        () -> {
                            byte[] buffer = new byte[64];
                            try {
                                while (in.read(buffer) >= 0) {
                                    // Anything the parent writes is ignored; only EOF matters.
                                }
                            } catch (IOException e) {
                                // A broken pipe means the same as EOF: the parent is gone.
                                System.err.println("parent-watch: stdin failed: " + e);
                            }
                            System.exit(0);
                        },
                        "parent-watch");
        watcher.setDaemon(true);
        watcher.start();
    }
}
