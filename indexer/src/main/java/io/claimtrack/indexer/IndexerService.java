package io.claimtrack.indexer;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import io.claimtrack.config.ElasticsearchSettings;
import io.claimtrack.config.KafkaSettings;
import io.claimtrack.model.kafka.Topics;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The indexer service: reads claimtrack's topics and keeps Elasticsearch in step, at least once and
 * idempotently. Start it with {@link #start}, stop it with {@link #close}.
 *
 * <p>Offsets are committed only after Elasticsearch confirmed every earlier record of the
 * partition; a per-item 400 goes to {@code indexer.dlq.v1}; while Elasticsearch is unreachable
 * consumption pauses and the failed operations are retried with backoff.
 */
public final class IndexerService implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(IndexerService.class);

    private final ElasticsearchClient client;
    private final ElasticsearchSettings es;
    private final IndexerConfig config;
    private final OffsetTracker tracker = new OffsetTracker();
    private final BulkSink sink;
    private final ConsumerLoop loop;
    private final Thread thread;

    private IndexerService(KafkaSettings kafka, ElasticsearchSettings es, IndexerConfig config) {
        this.es = es;
        this.config = config;
        this.client = ElasticsearchClients.create(es);
        try {
            IndexSetup.apply(client, es, config.kinds());
        } catch (IOException | RuntimeException e) {
            closeQuietly();
            throw new IllegalStateException(
                    "cannot install index templates at " + es.url() + ": " + e.getMessage(), e);
        }
        if (config.createTopics()) {
            TopicSetup.createMissing(kafka, config.kinds());
        }
        KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(producerProperties(kafka));
        this.sink =
                new BulkSink(
                        client, producer, kafka.topic(Topics.INDEXER_DLQ).name(), tracker, config);
        KafkaConsumer<byte[], byte[]> consumer =
                new KafkaConsumer<>(consumerProperties(kafka, config));
        this.loop = new ConsumerLoop(consumer, producer, sink, tracker, kafka, es, config);
        this.thread = Thread.ofPlatform().name("claimtrack-indexer").unstarted(loop);
    }

    /** Installs templates and aliases, then starts consuming on a thread of its own. */
    public static IndexerService start(
            KafkaSettings kafka, ElasticsearchSettings es, IndexerConfig config) {
        IndexerService service = new IndexerService(kafka, es, config);
        service.thread.start();
        LOG.info(
                "indexer started: group {}, kinds {}, index prefix {}",
                config.groupId(),
                config.kinds(),
                es.indexPrefix());
        return service;
    }

    /**
     * Waits until every record produced before this call has been confirmed by Elasticsearch (or
     * dead-lettered) and its offset committed. Returns false on timeout.
     */
    public boolean awaitIdle(Duration timeout) {
        long asked = System.nanoTime();
        long deadline = asked + timeout.toNanos();
        loop.requestIdleCheck();
        while (System.nanoTime() < deadline) {
            if (loop.idleConfirmedAfter(asked)) {
                return true;
            }
            if (failure().isPresent()) {
                return false;
            }
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(50));
        }
        return false;
    }

    /** Counters since start. */
    public IndexerStats stats() {
        return new IndexerStats(
                loop.consumed(),
                sink.indexedCounts(),
                sink.unchanged(),
                sink.deadLettered(),
                sink.retried(),
                sink.failedBulks(),
                tracker.inFlight());
    }

    /** Refreshes our aliases and counts their documents, e.g. {claimtrack-statements=12}. */
    public Map<String, Long> documentCounts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        try {
            for (IndexKind kind : config.kinds()) {
                String alias = es.index(kind.suffix());
                client.indices().refresh(r -> r.index(alias));
                counts.put(alias, client.count(c -> c.index(alias)).count());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot count documents at " + es.url(), e);
        }
        return counts;
    }

    /** The error that stopped the consumer thread, if it stopped on its own. */
    public Optional<Throwable> failure() {
        return loop.failure();
    }

    /** The client this service uses (shared with {@link ClaimSearch} by the application). */
    public ElasticsearchClient client() {
        return client;
    }

    @Override
    public void close() {
        loop.stop();
        try {
            thread.join(TimeUnit.SECONDS.toMillis(60));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        closeQuietly();
        LOG.info("indexer stopped: {}", stats());
    }

    private void closeQuietly() {
        try {
            client.close();
        } catch (IOException | RuntimeException e) {
            LOG.warn("closing the Elasticsearch client failed", e);
        }
    }

    private static Properties consumerProperties(KafkaSettings kafka, IndexerConfig config) {
        Properties p = kafka.clientProperties();
        p.put(ConsumerConfig.GROUP_ID_CONFIG, config.groupId());
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        p.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, Integer.toString(config.bulkActions()));
        p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        p.put(
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG,
                ByteArrayDeserializer.class.getName());
        return p;
    }

    private static Properties producerProperties(KafkaSettings kafka) {
        Properties p = kafka.clientProperties();
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        return p;
    }

    static Map<String, IndexKind> topicKinds(KafkaSettings kafka, IndexerConfig config) {
        Map<String, IndexKind> byTopic = new HashMap<>();
        for (IndexKind kind : config.kinds()) {
            byTopic.put(kafka.topic(kind.topic()).name(), kind);
        }
        return byTopic;
    }

    static List<String> topicNames(KafkaSettings kafka, IndexerConfig config) {
        return List.copyOf(topicKinds(kafka, config).keySet());
    }
}
