package io.claimtrack.devstack;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The development stack: one Kafka broker and one Elasticsearch node, each in its own JVM started
 * from jars Maven resolved, on 127.0.0.1, with their data and logs under one work directory.
 *
 * <pre>{@code
 * try (DevStack stack = DevStack.start(DevStackOptions.defaults())) {
 *     String bootstrap = stack.kafkaBootstrap();   // 127.0.0.1:<port>
 *     String url = stack.elasticsearchUrl();       // http://127.0.0.1:<port>
 * }
 * }</pre>
 *
 * Every failure is a {@link DevStackException} whose message can be shown as is.
 */
public final class DevStack implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(DevStack.class);

    private final WorkDir workDir;
    private final KafkaNode kafka;
    private final ElasticsearchNode elasticsearch;
    private final Duration startupTime;

    private DevStack(
            WorkDir workDir, KafkaNode kafka, ElasticsearchNode elasticsearch, Duration startup) {
        this.workDir = workDir;
        this.kafka = kafka;
        this.elasticsearch = elasticsearch;
        this.startupTime = startup;
    }

    /** Starts both nodes in parallel and returns once both answer their readiness probes. */
    public static DevStack start(DevStackOptions options) {
        long began = System.nanoTime();
        WorkDir dir = WorkDir.claim(options.workDir(), options.minFreeDiskBytes());
        try {
            Jdk jdk = JdkFinder.find();
            if (!options.keepData()) {
                dir.wipe("kafka", "elasticsearch");
            }
            KafkaNode kafka =
                    new KafkaNode(
                            dir.path().resolve("kafka"),
                            options.kafkaPort(),
                            options.kafkaHeap(),
                            jdk);
            ElasticsearchNode es =
                    new ElasticsearchNode(
                            dir.path().resolve("elasticsearch"),
                            options.elasticsearchPort(),
                            options.elasticsearchHeap(),
                            jdk);
            startBoth(kafka, es, options.startTimeout());
            Duration took = Duration.ofNanos(System.nanoTime() - began);
            LOG.info(
                    "Dev stack up in {} ms (JDK {}): kafka {}, elasticsearch {}, work dir {}",
                    took.toMillis(),
                    jdk.feature(),
                    kafka.bootstrap(),
                    es.url(),
                    dir.path());
            return new DevStack(dir, kafka, es, took);
        } catch (RuntimeException e) {
            dir.close();
            throw e;
        }
    }

    private static void startBoth(KafkaNode kafka, ElasticsearchNode es, Duration timeout) {
        var kafkaUp = CompletableFuture.runAsync(() -> kafka.start(timeout), DevStack::thread);
        var esUp = CompletableFuture.runAsync(() -> es.start(timeout), DevStack::thread);
        RuntimeException failure = null;
        for (CompletableFuture<Void> up : java.util.List.of(kafkaUp, esUp)) {
            try {
                up.join();
            } catch (CompletionException e) {
                RuntimeException cause =
                        e.getCause() instanceof RuntimeException r ? r : new RuntimeException(e);
                if (failure == null) {
                    failure = cause;
                } else {
                    failure.addSuppressed(cause);
                }
            }
        }
        if (failure != null) {
            kafka.stop();
            es.stop();
            throw failure;
        }
    }

    private static void thread(Runnable task) {
        Thread.ofPlatform().name("devstack-start").daemon().start(task);
    }

    /** Kafka {@code bootstrap.servers}: {@code 127.0.0.1:<port>}. */
    public String kafkaBootstrap() {
        return kafka.bootstrap();
    }

    /** Elasticsearch base URL: {@code http://127.0.0.1:<port>}. */
    public String elasticsearchUrl() {
        return elasticsearch.url();
    }

    /** Both addresses. */
    public StackEndpoints endpoints() {
        return new StackEndpoints(kafkaBootstrap(), elasticsearchUrl());
    }

    /** The broker, e.g. to stop and restart it in resilience tests. */
    public KafkaNode kafka() {
        return kafka;
    }

    /** The Elasticsearch node, e.g. to stop and restart it in resilience tests. */
    public ElasticsearchNode elasticsearch() {
        return elasticsearch;
    }

    /** The work directory (data, configuration and logs of both nodes). */
    public Path workDir() {
        return workDir.path();
    }

    /** How long {@link #start} took, from call to both nodes ready. */
    public Duration startupTime() {
        return startupTime;
    }

    /** Stops both nodes (in parallel) and releases the work directory; logs stay for diagnosis. */
    @Override
    public void close() {
        try {
            var kafkaDown = CompletableFuture.runAsync(kafka::stop, DevStack::thread);
            elasticsearch.stop();
            kafkaDown.join();
        } finally {
            workDir.close();
        }
    }
}
