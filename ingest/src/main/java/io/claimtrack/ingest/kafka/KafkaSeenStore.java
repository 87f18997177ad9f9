package io.claimtrack.ingest.kafka;

import io.claimtrack.config.KafkaSettings;
import io.claimtrack.ingest.crawl.SeenStore;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.CloseOptions;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The seen set kept in the compacted {@code ingest-seen.v1}: every instance reads the whole topic
 * at start and tails it, so restarts and other instances see what was already produced. Adds return
 * only after the broker acknowledged them.
 */
public final class KafkaSeenStore implements SeenStore {
    private static final Logger LOG = LoggerFactory.getLogger(KafkaSeenStore.class);

    private final Set<String> seen = ConcurrentHashMap.newKeySet();
    private final Map<TopicPartition, Long> positions = new ConcurrentHashMap<>();
    private final KafkaProducer<String, String> producer;
    private final KafkaConsumer<String, String> consumer;
    private final String topic;
    private final Properties consumerProps;
    private final Thread tailer;
    private volatile boolean open = true;

    /** Opens the store and blocks until the existing topic content is loaded. */
    public KafkaSeenStore(KafkaSettings kafka, Duration loadTimeout) {
        this.topic = kafka.topic(IngestTopics.SEEN).name();
        this.producer =
                new KafkaProducer<>(
                        KafkaArticleSink.producerProperties(kafka, "ingest-seen"),
                        new StringSerializer(),
                        new StringSerializer());
        Properties c = kafka.clientProperties();
        c.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        c.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        this.consumerProps = c;
        this.consumer = new KafkaConsumer<>(c, new StringDeserializer(), new StringDeserializer());
        List<TopicPartition> parts = new ArrayList<>();
        consumer.partitionsFor(topic, Duration.ofSeconds(30))
                .forEach(p -> parts.add(new TopicPartition(topic, p.partition())));
        consumer.assign(parts);
        consumer.seekToBeginning(parts);
        Map<TopicPartition, Long> ends = consumer.endOffsets(parts, Duration.ofSeconds(30));
        this.tailer = Thread.ofPlatform().name("ingest-seen-tail").daemon().start(this::tail);
        if (!awaitOffsets(ends, loadTimeout)) {
            throw new IllegalStateException("could not load " + topic + " within " + loadTimeout);
        }
        LOG.info("loaded {} seen keys from {}", seen.size(), topic);
    }

    private void tail() {
        try {
            while (open) {
                var records = consumer.poll(Duration.ofMillis(200));
                for (ConsumerRecord<String, String> r : records) {
                    if (r.key() != null && r.value() != null) {
                        seen.add(r.key());
                    }
                }
                for (TopicPartition tp : consumer.assignment()) {
                    positions.put(tp, consumer.position(tp));
                }
            }
        } catch (WakeupException e) {
            // closing
        } catch (RuntimeException e) {
            LOG.error("seen-topic tailer stopped; de-duplication now only covers this instance", e);
        } finally {
            consumer.close(CloseOptions.timeout(Duration.ofSeconds(5)));
        }
    }

    /** Waits until everything written to the topic before this call has been read. */
    public boolean awaitCaughtUp(Duration timeout) {
        Map<TopicPartition, Long> ends;
        try (var probe =
                new KafkaConsumer<>(
                        consumerProps, new StringDeserializer(), new StringDeserializer())) {
            List<TopicPartition> parts = new ArrayList<>();
            probe.partitionsFor(topic, Duration.ofSeconds(30))
                    .forEach(p -> parts.add(new TopicPartition(topic, p.partition())));
            ends = probe.endOffsets(parts, Duration.ofSeconds(30));
        }
        return awaitOffsets(ends, timeout);
    }

    private boolean awaitOffsets(Map<TopicPartition, Long> ends, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            boolean done =
                    ends.entrySet().stream()
                            .allMatch(
                                    e ->
                                            e.getValue() <= 0
                                                    || positions.getOrDefault(e.getKey(), 0L)
                                                            >= e.getValue());
            if (done) {
                return true;
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return false;
    }

    @Override
    public boolean contains(String key) {
        return seen.contains(key);
    }

    @Override
    public void add(Collection<String> keys) {
        List<Future<RecordMetadata>> acks = new ArrayList<>();
        String now = Instant.now().toString();
        for (String k : keys) {
            if (!seen.contains(k)) {
                acks.add(producer.send(new ProducerRecord<>(topic, k, now)));
            }
        }
        try {
            for (Future<RecordMetadata> f : acks) {
                f.get(60, TimeUnit.SECONDS);
            }
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            throw new IllegalStateException("cannot record seen keys in " + topic + ": " + e, e);
        }
        seen.addAll(keys);
    }

    /** Number of keys known; for summaries. */
    public int size() {
        return seen.size();
    }

    @Override
    public void close() {
        open = false;
        consumer.wakeup();
        try {
            tailer.join(5000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        producer.close(Duration.ofSeconds(5));
    }
}
