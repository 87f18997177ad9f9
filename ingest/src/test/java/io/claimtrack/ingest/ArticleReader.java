package io.claimtrack.ingest;

import io.claimtrack.config.KafkaSettings;
import io.claimtrack.model.Article;
import io.claimtrack.model.kafka.Topic;
import io.claimtrack.model.kafka.Topics;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;

/** Reads {@code articles.v1} from the beginning, for assertions. */
final class ArticleReader {
    private ArticleReader() {}

    /** Every record currently on the topic (reads until {@code quiet} passes with nothing new). */
    static List<ConsumerRecord<String, Article>> readAll(KafkaSettings kafka, Duration quiet) {
        Topic<String, Article> t = kafka.topic(Topics.ARTICLES);
        Properties p = kafka.clientProperties();
        p.put(ConsumerConfig.GROUP_ID_CONFIG, "reader-" + UUID.randomUUID());
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        List<ConsumerRecord<String, Article>> out = new ArrayList<>();
        try (var c =
                new KafkaConsumer<>(
                        p, t.keySerde().deserializer(), t.valueSerde().deserializer())) {
            c.subscribe(List.of(t.name()));
            long lastNew = System.currentTimeMillis();
            while (System.currentTimeMillis() - lastNew < quiet.toMillis()) {
                var records = c.poll(Duration.ofMillis(200));
                if (!records.isEmpty()) {
                    records.forEach(out::add);
                    lastNew = System.currentTimeMillis();
                }
            }
        }
        return out;
    }
}
