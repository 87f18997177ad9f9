package io.claimtrack.streams;

import io.claimtrack.config.KafkaSettings;
import io.claimtrack.extract.statement.Extraction;
import io.claimtrack.model.Article;
import io.claimtrack.model.Claim;
import io.claimtrack.model.ClaimLink;
import io.claimtrack.model.Ids;
import io.claimtrack.model.SpeakerProfile;
import io.claimtrack.model.Statement;
import io.claimtrack.model.Story;
import io.claimtrack.model.kafka.Topic;
import io.claimtrack.model.kafka.Topics;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Function;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;

/** A {@link TopologyTestDriver} around the claim topology, with readers for every output. */
final class TopologyFixture implements AutoCloseable {
    static final KafkaSettings KAFKA = KafkaSettings.of("unused:9092");
    static final Instant T0 = Instant.parse("2021-04-13T08:00:00Z");

    final ClaimTopologyConfig config;
    final TopologyTestDriver driver;
    final TestInputTopic<byte[], byte[]> articles;
    final TestOutputTopic<String, Statement> statements;
    final TestOutputTopic<String, Claim> claims;
    final TestOutputTopic<String, SpeakerProfile> speakers;
    final TestOutputTopic<String, ClaimLink> links;
    final TestOutputTopic<String, Story> stories;
    final TestOutputTopic<byte[], byte[]> dlq;

    TopologyFixture(Function<String, Extraction> extractor) {
        try {
            Path state = Files.createTempDirectory("claimtrack-ttd");
            config = ClaimTopologyConfig.defaults().withStateDir(state).withApplicationId("ttd");
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        driver =
                new TopologyTestDriver(
                        ClaimTopology.build(config, KAFKA, () -> extractor),
                        properties(config),
                        T0);
        articles =
                driver.createInputTopic(
                        Topics.ARTICLES.name(),
                        Serdes.ByteArray().serializer(),
                        Serdes.ByteArray().serializer());
        statements = output(Topics.STATEMENTS);
        claims = output(Topics.CLAIMS);
        speakers = output(Topics.SPEAKERS);
        links = output(Topics.CLAIM_LINKS);
        stories = output(Topics.STORIES);
        dlq = output(Topics.STREAMS_DLQ);
    }

    private static Properties properties(ClaimTopologyConfig config) {
        Properties p = StreamsService.properties(KAFKA, config);
        p.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.AT_LEAST_ONCE);
        return p;
    }

    private <K, V> TestOutputTopic<K, V> output(Topic<K, V> topic) {
        return driver.createOutputTopic(
                topic.name(), topic.keySerde().deserializer(), topic.valueSerde().deserializer());
    }

    static Article article(String url, String outlet, String text, Instant fetchedAt) {
        return new Article(
                Article.SCHEMA,
                Ids.articleId(url),
                url,
                url,
                "src-" + outlet,
                outlet,
                "https://" + outlet + "/feed",
                "Title of " + url,
                text,
                List.of(),
                fetchedAt,
                null,
                "en",
                null,
                fetchedAt,
                200,
                Ids.sha256Hex(text),
                "test");
    }

    void pipe(Article a) {
        articles.pipeInput(
                new TestRecord<>(
                        a.id().getBytes(java.nio.charset.StandardCharsets.UTF_8),
                        ArticleProcessor.bytes(a),
                        a.fetchedAt()));
    }

    /** Lets the linker's emit punctuation run. */
    void flush() {
        driver.advanceWallClockTime(config.emitInterval().plus(Duration.ofMillis(1)));
    }

    static <V> Map<String, V> latest(TestOutputTopic<String, V> topic) {
        Map<String, V> out = new LinkedHashMap<>();
        topic.readKeyValuesToList().forEach(kv -> out.put(kv.key, kv.value));
        return out;
    }

    @Override
    public void close() {
        driver.close();
    }
}
