package io.claimtrack.devstack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one Kafka + Elasticsearch stack of a test JVM, chosen at run time, never skipped:
 *
 * <ol>
 *   <li>an external cluster named by {@code CLAIMTRACK_TEST_KAFKA} and {@code
 *       CLAIMTRACK_TEST_ELASTICSEARCH} (both, or neither);
 *   <li>Testcontainers, when a Docker engine answers;
 *   <li>else the embedded {@link DevStack} (child JVMs from Maven artifacts).
 * </ol>
 *
 * Started lazily on the first {@link #get()}, stopped by a JVM shutdown hook.
 */
public final class TestStack {
    /** Kafka bootstrap servers of an external test cluster. */
    public static final String ENV_KAFKA = "CLAIMTRACK_TEST_KAFKA";

    /** Elasticsearch URL of an external test cluster. */
    public static final String ENV_ELASTICSEARCH = "CLAIMTRACK_TEST_ELASTICSEARCH";

    /** System property naming the embedded stack's work directory (failsafe sets it). */
    public static final String WORKDIR_PROPERTY = "claimtrack.it.workdir";

    private static final Logger LOG = LoggerFactory.getLogger(TestStack.class);
    private static final AtomicLong COUNTER = new AtomicLong();
    private static final String RUN_ID =
            Long.toString(ThreadLocalRandom.current().nextLong(36L * 36 * 36 * 36), 36);

    private static StackEndpoints endpoints;
    private static DevStack embedded;
    private static DevStackException failure;

    /** Which stack a test JVM uses. */
    sealed interface Choice {
        /** A cluster someone else runs. */
        record External(StackEndpoints endpoints) implements Choice {}

        /** Containers on a Docker engine. */
        record Containers() implements Choice {}

        /** Child JVMs started by this JVM. */
        record Embedded() implements Choice {}
    }

    private TestStack() {}

    /**
     * The stack's addresses, starting it on the first call. A stack that failed to start is not
     * retried: every later call in this JVM throws the same {@link DevStackException} at once.
     */
    public static synchronized StackEndpoints get() {
        if (failure != null) {
            throw failure;
        }
        if (endpoints == null) {
            try {
                endpoints = start(choose(System.getenv(), DockerProbe::answers));
            } catch (DevStackException e) {
                failure = e;
                throw e;
            } catch (RuntimeException e) {
                failure = new DevStackException("The test stack did not start: " + e, e);
                throw failure;
            }
        }
        return endpoints;
    }

    /**
     * The embedded stack, if this JVM uses it (after {@link #get()}): resilience tests stop and
     * restart its nodes. Empty on the external and container paths.
     */
    public static synchronized Optional<DevStack> embedded() {
        return Optional.ofNullable(embedded);
    }

    /**
     * A name unique within this test run, safe as a Kafka topic, consumer group, Elasticsearch
     * index or alias: lowercase letters, digits and dashes, e.g. {@code articles-k3f9-7}.
     */
    public static String uniqueName(String prefix) {
        String clean =
                prefix == null
                        ? ""
                        : prefix.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9-]+", "-");
        clean = clean.replaceAll("^[-]+", "").replaceAll("-+$", "");
        if (clean.length() > 80) {
            clean = clean.substring(0, 80);
        }
        String base = clean.isEmpty() ? "t" : clean;
        return base + "-" + RUN_ID + "-" + COUNTER.incrementAndGet();
    }

    /** The selection rule, over a given environment and Docker check, so it can be tested. */
    static Choice choose(Map<String, String> env, BooleanSupplier dockerAnswers) {
        String kafka = blankToNull(env.get(ENV_KAFKA));
        String es = blankToNull(env.get(ENV_ELASTICSEARCH));
        if (kafka != null && es != null) {
            return new Choice.External(new StackEndpoints(kafka, es));
        }
        if (kafka != null || es != null) {
            String set = kafka != null ? ENV_KAFKA : ENV_ELASTICSEARCH;
            String unset = kafka != null ? ENV_ELASTICSEARCH : ENV_KAFKA;
            throw new DevStackException(
                    set
                            + " is set but "
                            + unset
                            + " is not: an external test cluster needs both (Kafka bootstrap"
                            + " servers and Elasticsearch URL). Set both, or neither to use"
                            + " Testcontainers or the embedded stack.");
        }
        return dockerAnswers.getAsBoolean() ? new Choice.Containers() : new Choice.Embedded();
    }

    private static StackEndpoints start(Choice choice) {
        StackEndpoints started =
                switch (choice) {
                    case Choice.External external -> {
                        LOG.info("Test stack: external cluster {}", external.endpoints());
                        yield external.endpoints();
                    }
                    case Choice.Containers containers -> {
                        LOG.info("Test stack: Testcontainers (a Docker engine answered)");
                        yield ContainerStack.start();
                    }
                    case Choice.Embedded e -> {
                        Path dir = workDir();
                        LOG.info("Test stack: embedded dev stack (no Docker engine) in {}", dir);
                        embedded = DevStack.start(embeddedOptions(dir));
                        Runtime.getRuntime()
                                .addShutdownHook(new Thread(embedded::close, "test-stack-stop"));
                        yield embedded.endpoints();
                    }
                };
        LOG.info(
                "Test stack ready: kafka {}, elasticsearch {}",
                started.kafkaBootstrap(),
                started.elasticsearchUrl());
        return started;
    }

    static DevStackOptions embeddedOptions(Path dir) {
        return DevStackOptions.defaults()
                .withWorkDir(dir)
                .withStartTimeout(Duration.ofSeconds(180))
                .withMinFreeDiskBytes(512L * 1024 * 1024);
    }

    private static Path workDir() {
        String configured = System.getProperty(WORKDIR_PROPERTY);
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        Path target = Path.of("target");
        return Files.isDirectory(target)
                ? target.resolve("it-stack")
                : Path.of(System.getProperty("java.io.tmpdir"), "claimtrack-it-stack");
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
