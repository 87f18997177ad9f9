package io.claimtrack.streams;

import io.claimtrack.config.KafkaSettings;
import io.claimtrack.model.Article;
import io.claimtrack.model.kafka.Topic;
import io.claimtrack.model.kafka.Topics;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.BiConsumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** Producers and read_committed readers of a test's topics on a real broker. */
public final class KafkaIo implements AutoCloseable {
    private final KafkaSettings kafka;
    private final KafkaProducer<String, Article> articles;
    private final KafkaProducer<String, byte[]> raw;

    KafkaIo(KafkaSettings kafka) {
        this.kafka = kafka;
        Properties p = kafka.clientProperties();
        p.put("enable.idempotence", "true");
        p.put("acks", "all");
        p.put("linger.ms", "5");
        this.articles =
                new KafkaProducer<>(
                        p, new StringSerializer(), Topics.ARTICLES.valueSerde().serializer());
        this.raw = new KafkaProducer<>(p, new StringSerializer(), new ByteArraySerializer());
    }

    void send(Article a) {
        articles.send(new ProducerRecord<>(kafka.topic(Topics.ARTICLES).name(), a.id(), a));
    }

    /** Sends {@code a} and returns the time in ms just before the send, for latency figures. */
    void sendRaw(String key, byte[] value) {
        raw.send(new ProducerRecord<>(kafka.topic(Topics.ARTICLES).name(), key, value));
    }

    void flush() {
        articles.flush();
        raw.flush();
    }

    /** A committed-only consumer of {@code topic} from the beginning. */
    <K, V> KafkaConsumer<K, V> reader(Topic<K, V> topic, String group) {
        Properties p = kafka.clientProperties();
        p.put("group.id", group);
        p.put("auto.offset.reset", "earliest");
        p.put("isolation.level", "read_committed");
        p.put("enable.auto.commit", "false");
        KafkaConsumer<K, V> c =
                new KafkaConsumer<>(
                        p, topic.keySerde().deserializer(), topic.valueSerde().deserializer());
        c.subscribe(List.of(kafka.topic(topic).name()));
        return c;
    }

    /** Polls once and folds records into {@code latest} (the compacted view) and {@code all}. */
    static <K, V> void poll(
            KafkaConsumer<K, V> c, Map<K, V> latest, BiConsumer<K, ConsumerRecord<K, V>> each) {
        for (ConsumerRecord<K, V> r : c.poll(Duration.ofMillis(200))) {
            latest.put(r.key(), r.value());
            if (each != null) {
                each.accept(r.key(), r);
            }
        }
    }

    static <K, V> Map<K, V> newView() {
        return new LinkedHashMap<>();
    }

    static <T> List<T> newList() {
        return new ArrayList<>();
    }

    @Override
    public void close() {
        articles.close();
        raw.close();
    }
}
