package io.claimtrack.devstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The embedded stack for real: a broker and a node in child JVMs, used and restarted. */
class DevStackIT {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static DevStack stack;

    @BeforeAll
    static void startOnce() {
        stack = EmbeddedStack.shared();
    }

    @Test
    void brokerTakesARecordAndGivesItBack() throws Exception {
        String topic = TestStack.uniqueName("devstack-roundtrip");
        produce(topic, "fictional-outlet", "hello from the broker");

        assertThat(consumeAll(topic, 1))
                .extracting(ConsumerRecord::value)
                .containsExactly("hello from the broker");
    }

    @Test
    void brokerSupportsTransactionsForExactlyOnce() throws Exception {
        String topic = TestStack.uniqueName("devstack-transactions");
        Map<String, Object> config =
                Map.of(
                        ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrap(),
                        ProducerConfig.TRANSACTIONAL_ID_CONFIG, TestStack.uniqueName("tx"));
        try (var producer =
                new KafkaProducer<>(config, new StringSerializer(), new StringSerializer())) {
            producer.initTransactions();
            producer.beginTransaction();
            producer.send(new ProducerRecord<>(topic, "k", "aborted"));
            producer.abortTransaction();
            producer.beginTransaction();
            producer.send(new ProducerRecord<>(topic, "k", "committed"));
            producer.commitTransaction();
        }

        assertThat(consume(topic, 1, "read_committed"))
                .extracting(ConsumerRecord::value)
                .containsExactly("committed");
    }

    @Test
    void elasticsearchIndexesAndFindsADocument() throws Exception {
        String index = TestStack.uniqueName("devstack-docs");
        createIndex(index);
        HttpResponse<String> put =
                send(
                        "PUT",
                        "/" + index + "/_doc/1?refresh=true",
                        "{\"title\":\"Harbour bridge reopens\",\"outlet\":\"The Fictional Gazette\"}");
        assertThat(put.statusCode()).isEqualTo(201);

        HttpResponse<String> search =
                send(
                        "POST",
                        "/" + index + "/_search",
                        "{\"query\":{\"match\":{\"title\":\"bridge\"}}}");
        assertThat(search.statusCode()).isEqualTo(200);
        assertThat(search.body())
                .contains("\"total\":{\"value\":1")
                .contains("The Fictional Gazette");
        assertThat(search.headers().firstValue("X-elastic-product")).hasValue("Elasticsearch");
    }

    @Test
    void elasticsearchComesBackOnTheSamePortWithItsData() throws Exception {
        String index = TestStack.uniqueName("devstack-restart");
        createIndex(index);
        send("PUT", "/" + index + "/_doc/kept?refresh=true", "{\"title\":\"kept across restart\"}");
        ElasticsearchNode node = stack.elasticsearch();

        node.stop();
        assertThat(node.isRunning()).isFalse();
        assertThatThrownBy(() -> send("GET", "/_cluster/health", null))
                .isInstanceOf(ConnectException.class);
        node.start(Duration.ofMinutes(3));

        assertThat(stack.elasticsearchUrl()).isEqualTo("http://127.0.0.1:" + node.port());
        HttpResponse<String> doc = send("GET", "/" + index + "/_doc/kept", null);
        assertThat(doc.statusCode()).isEqualTo(200);
        assertThat(doc.body()).contains("kept across restart");
    }

    @Test
    void brokerComesBackAfterACrashOnTheSamePortWithItsRecords() throws Exception {
        String topic = TestStack.uniqueName("devstack-broker-restart");
        produce(topic, "k", "before the restart");
        KafkaNode broker = stack.kafka();

        broker.kill();
        assertThat(broker.isRunning()).isFalse();
        broker.start(Duration.ofMinutes(3));
        produce(topic, "k", "after the restart");

        assertThat(consumeAll(topic, 2))
                .extracting(ConsumerRecord::value)
                .containsExactly("before the restart", "after the restart");
    }

    private static void createIndex(String index) throws Exception {
        HttpResponse<String> created =
                send(
                        "PUT",
                        "/" + index,
                        "{\"settings\":{\"number_of_replicas\":0},"
                                + "\"mappings\":{\"properties\":{\"title\":{\"type\":\"text\"},"
                                + "\"outlet\":{\"type\":\"keyword\"}}}}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(200);
    }

    private static HttpResponse<String> send(String method, String path, String json)
            throws Exception {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(URI.create(stack.elasticsearchUrl() + path))
                        .timeout(Duration.ofSeconds(30))
                        .header("Content-Type", "application/json");
        request.method(
                method,
                json == null
                        ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json));
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void produce(String topic, String key, String value) throws Exception {
        Map<String, Object> config =
                Map.of(
                        ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        stack.kafkaBootstrap(),
                        ProducerConfig.ACKS_CONFIG,
                        "all",
                        ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG,
                        true);
        try (var producer =
                new KafkaProducer<>(config, new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(topic, key, value)).get();
        }
    }

    private static List<ConsumerRecord<String, String>> consumeAll(String topic, int expected) {
        return consume(topic, expected, "read_uncommitted");
    }

    private static List<ConsumerRecord<String, String>> consume(
            String topic, int expected, String isolation) {
        Properties config = new Properties();
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, isolation);
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrap());
        config.put(ConsumerConfig.GROUP_ID_CONFIG, TestStack.uniqueName("devstack-group"));
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        try (var consumer =
                new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (records.size() < expected && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(500)).forEach(records::add);
            }
        }
        return records;
    }
}
