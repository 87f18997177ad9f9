package io.claimtrack.indexer;

import static io.claimtrack.indexer.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.claimtrack.model.Statement;
import io.claimtrack.model.kafka.DeadLetters;
import io.claimtrack.model.kafka.Topics;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.junit.jupiter.api.Test;

/** Documents Elasticsearch refuses, and records nobody can read, go to the DLQ; the rest index. */
class DeadLetterIT {
    private static final Instant T0 = Instant.parse("2021-04-13T09:00:00Z");

    @Test
    void aRejectedDocumentAndAnUnreadableRecordAreDeadLetteredAndTheOthersIndexed()
            throws Exception {
        ItSupport it = ItSupport.create("indexer-dlq");
        // A date Java can represent but Elasticsearch's date type cannot: a per-item 400.
        Statement poison =
                statement(
                        "Harbor Ledger",
                        9,
                        0,
                        BLOGGER,
                        "The park is a museum, nothing more.",
                        Instant.parse("+300000000-01-01T00:00:00Z"));
        String statementsTopic = it.kafka().topic(Topics.STATEMENTS).name();
        try (KafkaProducer<byte[], byte[]> producer = it.producer();
                IndexerService indexer = IndexerService.start(it.kafka(), it.es(), it.config())) {
            it.send(
                    producer,
                    Topics.STATEMENTS,
                    "a-1",
                    statement("Harbor Ledger", 1, 0, TATOYAN, TATOYAN_QUOTE, T0));
            it.send(producer, Topics.STATEMENTS, poison.articleId(), poison);
            producer.send(
                            new ProducerRecord<>(
                                    statementsTopic,
                                    "a-2".getBytes(StandardCharsets.UTF_8),
                                    "{\"schema\":1,\"id\":".getBytes(StandardCharsets.UTF_8)))
                    .get();
            it.send(
                    producer,
                    Topics.STATEMENTS,
                    "a-3",
                    statement("Valley Courier", 3, 0, ALIYEV, ALIYEV_QUOTE, T0));

            assertThat(indexer.awaitIdle(Duration.ofSeconds(90))).isTrue();
            assertThat(it.count(IndexKind.STATEMENTS)).isEqualTo(2);
            assertThat(indexer.stats().deadLettered()).isEqualTo(2);
        }

        List<ConsumerRecord<byte[], byte[]>> dead = readDlq(it, 2);
        ConsumerRecord<byte[], byte[]> rejected =
                dead.stream().filter(r -> text(r).contains("+300000000")).findFirst().orElseThrow();
        ConsumerRecord<byte[], byte[]> unreadable =
                dead.stream().filter(r -> r != rejected).findFirst().orElseThrow();
        assertThat(DeadLetters.header(rejected.headers(), DeadLetters.STAGE)).isEqualTo("indexer");
        assertThat(DeadLetters.header(rejected.headers(), DeadLetters.EXCEPTION))
                .isEqualTo(IndexRejectedException.class.getName());
        assertThat(DeadLetters.header(rejected.headers(), DeadLetters.ERROR))
                .contains("(400)", poison.id());
        assertThat(DeadLetters.header(rejected.headers(), DeadLetters.SOURCE_TOPIC))
                .isEqualTo(statementsTopic);
        assertThat(DeadLetters.header(rejected.headers(), DeadLetters.SOURCE_OFFSET)).isNotBlank();

        assertThat(text(unreadable)).isEqualTo("{\"schema\":1,\"id\":");
        assertThat(new String(unreadable.key(), StandardCharsets.UTF_8)).isEqualTo("a-2");
        assertThat(DeadLetters.header(unreadable.headers(), DeadLetters.ERROR))
                .contains("cannot read Statement");
    }

    private static String text(ConsumerRecord<byte[], byte[]> r) {
        return new String(r.value(), StandardCharsets.UTF_8);
    }

    private static List<ConsumerRecord<byte[], byte[]>> readDlq(ItSupport it, int expected) {
        Properties p = it.kafka().clientProperties();
        p.put(ConsumerConfig.GROUP_ID_CONFIG, it.name() + "-dlq-reader");
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        p.put(
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG,
                ByteArrayDeserializer.class.getName());
        List<ConsumerRecord<byte[], byte[]>> records = new ArrayList<>();
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(p)) {
            consumer.subscribe(List.of(it.kafka().topic(Topics.INDEXER_DLQ).name()));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (records.size() < expected && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
        }
        assertThat(records).hasSize(expected);
        return records;
    }
}
