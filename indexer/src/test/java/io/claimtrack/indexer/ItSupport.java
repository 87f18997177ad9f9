package io.claimtrack.indexer;

import io.claimtrack.config.ElasticsearchSettings;
import io.claimtrack.config.KafkaSettings;
import io.claimtrack.devstack.StackEndpoints;
import io.claimtrack.devstack.TestStack;
import io.claimtrack.model.kafka.Topic;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Properties;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/** One test's view of the shared stack: its own topic prefix, index prefix and consumer group. */
record ItSupport(String name, KafkaSettings kafka, ElasticsearchSettings es, RawEs raw) {

    static ItSupport create(String testName) {
        StackEndpoints stack = TestStack.get();
        String name = TestStack.uniqueName(testName).toLowerCase(Locale.ROOT);
        return new ItSupport(
                name,
                KafkaSettings.of(stack.kafkaBootstrap()).withTopicPrefix(name + "."),
                ElasticsearchSettings.of(stack.elasticsearchUrl()).withIndexPrefix(name),
                new RawEs(stack.elasticsearchUrl()));
    }

    /** Defaults with short flush, commit and retry intervals so tests finish quickly. */
    IndexerConfig config() {
        return new IndexerConfig(
                name,
                EnumSet.allOf(IndexKind.class),
                500,
                5L * 1024 * 1024,
                Duration.ofMillis(200),
                2,
                5_000,
                Duration.ofMillis(200),
                Duration.ofSeconds(2),
                Duration.ofMillis(200),
                true);
    }

    KafkaProducer<byte[], byte[]> producer() {
        Properties p = kafka.clientProperties();
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.LINGER_MS_CONFIG, "5");
        p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        return new KafkaProducer<>(p);
    }

    /**
     * Sends {@code value} (null = tombstone) to this test's copy of {@code topic}, waiting for the
     * ack.
     */
    <V> void send(
            KafkaProducer<byte[], byte[]> producer, Topic<String, V> topic, String key, V value)
            throws Exception {
        Topic<String, V> t = kafka.topic(topic);
        byte[] k = t.keySerde().serializer().serialize(t.name(), key);
        byte[] v = value == null ? null : t.valueSerde().serializer().serialize(t.name(), value);
        producer.send(new ProducerRecord<>(t.name(), k, v)).get();
    }

    String alias(IndexKind kind) {
        return es.index(kind.suffix());
    }

    long count(IndexKind kind) throws Exception {
        raw.post("/" + alias(kind) + "/_refresh", "");
        return raw.get("/" + alias(kind) + "/_count").path("count").asLong();
    }
}
