package io.claimtrack.devstack;

import java.time.Duration;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.lifecycle.Startables;
import org.testcontainers.utility.DockerImageName;

/**
 * The Testcontainers path of {@link TestStack}: an {@code apache/kafka} KRaft container and an
 * Elasticsearch 9 container with security off. Images can be overridden with the system properties
 * {@code claimtrack.test.kafka.image} and {@code claimtrack.test.elasticsearch.image}.
 */
final class ContainerStack {
    static final String KAFKA_IMAGE = "apache/kafka:4.3.1";
    static final String ES_IMAGE = "docker.elastic.co/elasticsearch/elasticsearch:9.5.3";

    private ContainerStack() {}

    @SuppressWarnings("resource") // stopped by the shutdown hook (and Testcontainers' reaper)
    static StackEndpoints start() {
        KafkaContainer kafka =
                new KafkaContainer(
                                DockerImageName.parse(
                                        System.getProperty(
                                                "claimtrack.test.kafka.image", KAFKA_IMAGE)))
                        .withEnv("KAFKA_TRANSACTION_STATE_LOG_REPLICATION_FACTOR", "1")
                        .withEnv("KAFKA_TRANSACTION_STATE_LOG_MIN_ISR", "1")
                        .withEnv("KAFKA_OFFSETS_TOPIC_REPLICATION_FACTOR", "1")
                        .withEnv("KAFKA_GROUP_INITIAL_REBALANCE_DELAY_MS", "0");
        GenericContainer<?> es =
                new GenericContainer<>(
                                DockerImageName.parse(
                                        System.getProperty(
                                                "claimtrack.test.elasticsearch.image", ES_IMAGE)))
                        .withExposedPorts(9200)
                        .withEnv("discovery.type", "single-node")
                        .withEnv("xpack.security.enabled", "false")
                        .withEnv("cluster.routing.allocation.disk.threshold_enabled", "false")
                        .withEnv("action.destructive_requires_name", "false")
                        .withEnv("ES_JAVA_OPTS", "-Xms512m -Xmx512m")
                        .waitingFor(
                                Wait.forHttp("/_cluster/health?wait_for_status=yellow&timeout=1s")
                                        .forPort(9200)
                                        .forStatusCode(200)
                                        .withStartupTimeout(Duration.ofMinutes(3)));
        try {
            Startables.deepStart(kafka, es).join();
        } catch (RuntimeException e) {
            kafka.stop();
            es.stop();
            throw new DevStackException(
                    "Testcontainers could not start Kafka and Elasticsearch: " + e.getMessage(), e);
        }
        Runtime.getRuntime()
                .addShutdownHook(
                        new Thread(
                                () -> {
                                    kafka.stop();
                                    es.stop();
                                },
                                "test-containers-stop"));
        return new StackEndpoints(
                kafka.getBootstrapServers(),
                "http://" + es.getHost() + ":" + es.getMappedPort(9200));
    }
}
