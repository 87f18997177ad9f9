package io.claimtrack.devstack;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;

/**
 * Runs the dev stack on its own until Ctrl-C: {@code DevStackMain [--work-dir DIR] [--kafka-port N]
 * [--elasticsearch-port N] [--timeout SECONDS] [--keep-data] [--once]}. {@code --once} stops right
 * after start-up (used to measure it). Prints {@code kafka: HOST:PORT} and {@code elasticsearch:
 * URL}, each on its own line; errors are one paragraph on stderr and exit code 1.
 */
public final class DevStackMain {
    private DevStackMain() {}

    /** Entry point. */
    public static void main(String[] args) throws InterruptedException {
        DevStackOptions options = DevStackOptions.defaults();
        boolean once = false;
        try {
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--work-dir" -> options = options.withWorkDir(Path.of(args[++i]));
                    case "--kafka-port" ->
                            options =
                                    options.withPorts(
                                            Integer.parseInt(args[++i]),
                                            options.elasticsearchPort());
                    case "--elasticsearch-port" ->
                            options =
                                    options.withPorts(
                                            options.kafkaPort(), Integer.parseInt(args[++i]));
                    case "--timeout" ->
                            options =
                                    options.withStartTimeout(
                                            Duration.ofSeconds(Long.parseLong(args[++i])));
                    case "--keep-data" -> options = options.withKeepData(true);
                    case "--once" -> once = true;
                    default -> throw new IllegalArgumentException("unknown option " + args[i]);
                }
            }
        } catch (IllegalArgumentException | ArrayIndexOutOfBoundsException e) {
            System.err.println("devstack: " + e.getMessage());
            System.exit(2);
        }
        run(options, once);
    }

    private static void run(DevStackOptions options, boolean once) throws InterruptedException {
        DevStack stack;
        try {
            stack = DevStack.start(options);
        } catch (DevStackException e) {
            System.err.println("devstack: " + e.getMessage());
            System.exit(1);
            return;
        }
        System.out.println("kafka: " + stack.kafkaBootstrap());
        System.out.println("elasticsearch: " + stack.elasticsearchUrl());
        System.out.println("started in " + stack.startupTime().toMillis() + " ms");
        if (once) {
            long stopping = System.nanoTime();
            stack.close();
            System.out.println("stopped in " + (System.nanoTime() - stopping) / 1_000_000 + " ms");
            return;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime()
                .addShutdownHook(
                        new Thread(
                                () -> {
                                    stack.close();
                                    stopped.countDown();
                                }));
        stopped.await();
    }
}
