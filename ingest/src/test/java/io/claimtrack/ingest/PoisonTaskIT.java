package io.claimtrack.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.claimtrack.config.KafkaSettings;
import io.claimtrack.devstack.TestStack;
import io.claimtrack.ingest.kafka.IngestTopics;
import io.claimtrack.ingest.source.SourceConfig;
import io.claimtrack.model.kafka.DeadLetters;
import io.claimtrack.model.kafka.Topics;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * An unreadable record on the fetch-task topic goes to {@code ingest.dlq.v1} with its original
 * bytes and the reason, and the ingester keeps fetching.
 */
class PoisonTaskIT {
    private final FixtureHost gazette = new FixtureHost();

    @AfterEach
    void stop() {
        gazette.close();
    }

    @Test
    void anUnreadableFetchTaskIsDeadLetteredAndIngestGoesOn() throws Exception {
        KafkaSettings kafka =
                KafkaSettings.of(TestStack.get().kafkaBootstrap())
                        .withTopicPrefix(TestStack.uniqueName("poison") + ".");
        IngestTopics.ensure(kafka, 3);
        byte[] poison = "{\"url\": 42, not json".getBytes(StandardCharsets.UTF_8);
        try (var producer =
                new KafkaProducer<>(
                        kafka.clientProperties(),
                        new ByteArraySerializer(),
                        new ByteArraySerializer())) {
            String topic = kafka.topic(IngestTopics.FETCH_TASKS).name();
            producer.send(
                            new ProducerRecord<>(
                                    topic, "127.0.0.1".getBytes(StandardCharsets.UTF_8), poison))
                    .get();
        }
        gazette.html(
                "/news/ferry.html",
                Fixtures.article(
                        "The Harbor Gazette",
                        "Ferry timetable",
                        "Mara Tollefsen",
                        "the ferry timetable"));
        gazette.rss(
                "/rss.xml",
                Fixtures.rss("The Harbor Gazette", List.of(gazette.url("/news/ferry.html"))));
        IngestConfig config =
                IngestConfig.defaults()
                        .withPoliteness(Duration.ofMillis(100))
                        .withGroup(TestStack.uniqueName("poison-group"), 3);
        var sources =
                List.of(
                        SourceConfig.feed(
                                "gazette", java.net.URI.create(gazette.url("/rss.xml")), true));

        try (IngestService service = IngestService.start(kafka, config, sources)) {
            await().atMost(Duration.ofMinutes(2))
                    .untilAsserted(
                            () ->
                                    assertThat(ArticleReader.readAll(kafka, Duration.ofSeconds(1)))
                                            .extracting(r -> r.value().title())
                                            .contains("Ferry timetable"));
            List<ConsumerRecord<byte[], byte[]>> letters = readDlq(kafka);
            assertThat(letters).hasSize(1);
            ConsumerRecord<byte[], byte[]> letter = letters.get(0);
            assertThat(letter.value()).isEqualTo(poison);
            assertThat(DeadLetters.header(letter.headers(), DeadLetters.STAGE))
                    .isEqualTo("ingest.fetch-task");
            assertThat(DeadLetters.header(letter.headers(), DeadLetters.SOURCE_TOPIC))
                    .isEqualTo(kafka.topic(IngestTopics.FETCH_TASKS).name());
            assertThat(DeadLetters.header(letter.headers(), DeadLetters.ERROR)).isNotBlank();
        }
    }

    private static List<ConsumerRecord<byte[], byte[]>> readDlq(KafkaSettings kafka) {
        Properties p = kafka.clientProperties();
        p.put(ConsumerConfig.GROUP_ID_CONFIG, "dlq-reader-" + UUID.randomUUID());
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        List<ConsumerRecord<byte[], byte[]>> out = new ArrayList<>();
        try (var c =
                new KafkaConsumer<>(p, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            c.subscribe(List.of(kafka.topic(Topics.INGEST_DLQ).name()));
            long deadline = System.currentTimeMillis() + 5_000;
            while (System.currentTimeMillis() < deadline) {
                c.poll(Duration.ofMillis(200)).forEach(out::add);
            }
        }
        return out;
    }
}
