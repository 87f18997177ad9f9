package io.claimtrack.streams;

import io.claimtrack.config.KafkaSettings;
import io.claimtrack.model.kafka.Topic;
import io.claimtrack.model.kafka.Topics;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs {@link ClaimTopology} against a Kafka cluster: exactly-once v2, dead-letter handlers, a
 * stream-thread failure budget. Start with {@link #start}, stop with {@link #close(Duration)}.
 */
public final class StreamsService implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(StreamsService.class);

    private final KafkaStreams streams;
    private final CountDownLatch running = new CountDownLatch(1);

    private StreamsService(Topology topology, Properties props, ClaimTopologyConfig config) {
        this.streams = new KafkaStreams(topology, props);
        streams.setUncaughtExceptionHandler(
                new FailureBudget(
                        config.maxThreadFailures(), config.failureWindow(), Clock.systemUTC()));
        streams.setStateListener(
                (now, before) -> {
                    LOG.info("streams {} -> {}", before, now);
                    if (now == KafkaStreams.State.RUNNING) {
                        running.countDown();
                    }
                });
    }

    /** Creates missing topics (if configured), builds the topology and starts it. */
    public static StreamsService start(KafkaSettings kafka, ClaimTopologyConfig config) {
        if (config.createTopics()) {
            TopicSetup.ensure(kafka, topics(kafka), config.topicPartitions());
        }
        Properties props = properties(kafka, config);
        Topology topology = ClaimTopology.build(config, kafka);
        LOG.info("starting {}:\n{}", config.applicationId(), topology.describe());
        StreamsService service = new StreamsService(topology, props, config);
        service.streams.start();
        return service;
    }

    /** The topics the service reads and writes, as this deployment names them. */
    public static List<Topic<?, ?>> topics(KafkaSettings kafka) {
        return List.of(
                kafka.topic(Topics.ARTICLES),
                kafka.topic(Topics.STATEMENTS),
                kafka.topic(Topics.CLAIMS),
                kafka.topic(Topics.SPEAKERS),
                kafka.topic(Topics.CLAIM_LINKS),
                kafka.topic(Topics.STORIES),
                kafka.topic(Topics.STREAMS_DLQ));
    }

    /** The Kafka Streams properties: pass-through client settings, then ours on top. */
    public static Properties properties(KafkaSettings kafka, ClaimTopologyConfig config) {
        Properties p = kafka.clientProperties();
        p.put(StreamsConfig.APPLICATION_ID_CONFIG, config.applicationId());
        p.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        p.put(StreamsConfig.STATE_DIR_CONFIG, config.stateDir().toString());
        p.put(StreamsConfig.NUM_STREAM_THREADS_CONFIG, config.streamThreads());
        p.put(DeadLetterHandlers.DLQ_TOPIC, kafka.topic(Topics.STREAMS_DLQ).name());
        p.put(
                StreamsConfig.PROCESSING_EXCEPTION_HANDLER_CLASS_CONFIG,
                DeadLetterHandlers.Processing.class.getName());
        p.put(
                StreamsConfig.PRODUCTION_EXCEPTION_HANDLER_CLASS_CONFIG,
                DeadLetterHandlers.Production.class.getName());
        p.put("processing.exception.handler.global.enabled", "true");
        p.putIfAbsent(StreamsConfig.producerPrefix("compression.type"), "lz4");
        return p;
    }

    /** Waits until the instance is RUNNING; false on timeout. */
    public boolean awaitRunning(Duration timeout) throws InterruptedException {
        return running.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    public KafkaStreams.State state() {
        return streams.state();
    }

    /** The underlying client, for metrics and interactive queries. */
    public KafkaStreams streams() {
        return streams;
    }

    /** Stops processing and commits; returns false if it did not finish within {@code timeout}. */
    public boolean close(Duration timeout) {
        return streams.close(timeout);
    }

    @Override
    public void close() {
        close(Duration.ofSeconds(30));
    }
}
