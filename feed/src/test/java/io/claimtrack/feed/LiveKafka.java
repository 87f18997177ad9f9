package io.claimtrack.feed;

import io.claimtrack.config.KafkaSettings;
import io.claimtrack.devstack.StackEndpoints;
import io.claimtrack.devstack.TestStack;
import io.claimtrack.model.Claim;
import io.claimtrack.model.ClaimLink;
import io.claimtrack.model.Statement;
import io.claimtrack.model.kafka.Topic;
import io.claimtrack.model.kafka.Topics;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** The shared test broker under a fresh topic prefix, with a producer for the feed's topics. */
final class LiveKafka implements AutoCloseable {
    final KafkaSettings settings;
    private final KafkaProducer<String, byte[]> producer;

    private LiveKafka(KafkaSettings settings) {
        this.settings = settings;
        Properties p = settings.clientProperties();
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.LINGER_MS_CONFIG, "0");
        this.producer = new KafkaProducer<>(p, new StringSerializer(), new ByteArraySerializer());
    }

    /** Topics statements, claims and claim-links created under a unique prefix. */
    static LiveKafka create(String prefix) throws ExecutionException, InterruptedException {
        StackEndpoints stack = TestStack.get();
        KafkaSettings settings =
                KafkaSettings.of(stack.kafkaBootstrap())
                        .withTopicPrefix(TestStack.uniqueName(prefix) + ".");
        try (Admin admin = Admin.create(settings.clientProperties())) {
            List<NewTopic> topics =
                    List.of(Topics.STATEMENTS, Topics.CLAIMS, Topics.CLAIM_LINKS).stream()
                            .map(settings::topic)
                            .map(LiveKafka::newTopic)
                            .toList();
            admin.createTopics(topics).all().get();
            awaitLeaders(admin, topics.stream().map(NewTopic::name).toList());
        }
        return new LiveKafka(settings);
    }

    /**
     * Writing to a partition before its leader is known makes the idempotent producer retry out of
     * order for a long time on a busy machine; wait for every leader first.
     */
    private static void awaitLeaders(Admin admin, List<String> names)
            throws ExecutionException, InterruptedException {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (true) {
            boolean ready =
                    admin.describeTopics(names).allTopicNames().get().values().stream()
                            .flatMap(d -> d.partitions().stream())
                            .allMatch(p -> p.leader() != null && !p.leader().isEmpty());
            if (ready) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("no leader for the test topics after 60 s: " + names);
            }
            Thread.sleep(100);
        }
    }

    private static NewTopic newTopic(Topic<?, ?> t) {
        NewTopic n = new NewTopic(t.name(), 2, (short) 1);
        return t.compacted() ? n.configs(Map.of("cleanup.policy", "compact")) : n;
    }

    Future<RecordMetadata> statement(Statement s) {
        return send(Topics.STATEMENTS, s.articleId(), s);
    }

    Future<RecordMetadata> claim(Claim c) {
        return send(Topics.CLAIMS, c.id(), c);
    }

    Future<RecordMetadata> link(ClaimLink l) {
        return send(Topics.CLAIM_LINKS, l.id(), l);
    }

    /** Bytes that are not a statement, to check the feed skips them and goes on. */
    Future<RecordMetadata> garbageStatement(String key) {
        String topic = settings.topic(Topics.STATEMENTS).name();
        return producer.send(new ProducerRecord<>(topic, key, "{not json".getBytes()));
    }

    private <V> Future<RecordMetadata> send(Topic<String, V> declared, String key, V value) {
        Topic<String, V> topic = settings.topic(declared);
        byte[] bytes = topic.valueSerde().serializer().serialize(topic.name(), value);
        return producer.send(new ProducerRecord<>(topic.name(), key, bytes));
    }

    void flush() {
        producer.flush();
    }

    @Override
    public void close() {
        producer.close();
    }
}
