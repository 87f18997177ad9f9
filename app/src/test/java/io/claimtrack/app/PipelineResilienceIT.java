package io.claimtrack.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import io.claimtrack.devstack.DevStack;
import io.claimtrack.devstack.StackEndpoints;
import io.claimtrack.devstack.TestStack;
import io.claimtrack.extract.statement.StatementExtractor;
import io.claimtrack.indexer.ElasticsearchClients;
import io.claimtrack.indexer.IndexerService;
import io.claimtrack.model.Article;
import io.claimtrack.model.Ids;
import io.claimtrack.model.kafka.TopicAdmin;
import io.claimtrack.model.kafka.Topics;
import io.claimtrack.streams.StreamsService;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.streams.KafkaStreams;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * "Nothing lost when a broker or a node dies": articles flow into articles.v1 while the Kafka
 * broker is killed (SIGKILL) and restarted and the Elasticsearch node is stopped for a while; every
 * statement the extractor finds must end up in Elasticsearch exactly once.
 */
class PipelineResilienceIT {
    private static final Logger LOG = LoggerFactory.getLogger(PipelineResilienceIT.class);
    private static final int ARTICLES = 200;
    private static final Duration PRODUCE_EVERY = Duration.ofMillis(200);
    private static final Duration RESTART = Duration.ofMinutes(3);

    @TempDir Path stateDir;

    private final List<AutoCloseable> open = new ArrayList<>();
    private final List<Exception> sendErrors = new CopyOnWriteArrayList<>();

    @AfterEach
    void closeAll() throws Exception {
        for (int i = open.size() - 1; i >= 0; i--) {
            open.get(i).close();
        }
    }

    @Test
    void everyStatementIsIndexedExactlyOnceAcrossABrokerKillAndAnElasticsearchRestart()
            throws Exception {
        StackEndpoints endpoints = TestStack.get();
        DevStack stack =
                TestStack.embedded()
                        .orElseThrow(
                                () ->
                                        new AssertionError(
                                                "this test stops and kills the stack's nodes, so it"
                                                        + " needs the embedded stack, not "
                                                        + endpoints));
        String prefix = TestStack.uniqueName("resilience");
        ClaimtrackConfig cfg = TestConfigs.isolated(endpoints, prefix);
        List<Article> articles = articles(prefix);
        Set<String> expectedIds = expectedStatementIds(articles);
        assertThat(expectedIds)
                .as("the extractor finds the synthetic quotes")
                .hasSizeGreaterThan(ARTICLES);

        TopicAdmin.ensure(cfg.kafka(), Topics.all(), TopicAdmin.Layout.dev());
        StreamsService streams =
                StreamsService.start(cfg.kafka(), cfg.streams().withStateDir(stateDir));
        open.add(streams);
        IndexerService indexer =
                IndexerService.start(cfg.kafka(), cfg.elasticsearch(), cfg.indexer());
        open.add(indexer);
        ElasticsearchClient es = ElasticsearchClients.create(cfg.elasticsearch());
        open.add(es);
        String index = cfg.elasticsearch().index("statements");
        assertThat(streams.awaitRunning(Duration.ofMinutes(2))).as("streams RUNNING").isTrue();

        Thread producer =
                Thread.ofPlatform().name("resilience-producer").start(() -> produce(cfg, articles));

        await("first statements indexed")
                .atMost(Duration.ofMinutes(3))
                .pollInterval(Duration.ofSeconds(1))
                .ignoreExceptions()
                .until(() -> count(es, index) > 0);
        killAndRestartKafka(stack);

        long afterKafka = count(es, index);
        await("indexing resumes after the broker restart")
                .atMost(Duration.ofMinutes(4))
                .pollInterval(Duration.ofSeconds(1))
                .ignoreExceptions()
                .until(
                        () ->
                                count(es, index) > afterKafka
                                        || count(es, index) == expectedIds.size());
        stopAndRestartElasticsearch(stack);

        producer.join(Duration.ofMinutes(6).toMillis());
        assertThat(producer.isAlive()).as("producer finished").isFalse();
        assertThat(sendErrors).as("every article acknowledged by the broker").isEmpty();

        assertEveryStatementIndexedOnce(es, index, indexer, expectedIds);
        await("streams back to RUNNING")
                .atMost(Duration.ofMinutes(2))
                .until(() -> streams.state() == KafkaStreams.State.RUNNING);
        LOG.info(
                "resilience: {} articles, {} statements indexed, indexer {}",
                ARTICLES,
                expectedIds.size(),
                indexer.stats());
    }

    @Test
    void aSecondStreamsInstanceTakesOverWithoutLossWhenTheFirstStopsMidFlow() throws Exception {
        String prefix = TestStack.uniqueName("handover");
        ClaimtrackConfig cfg = TestConfigs.isolated(TestStack.get(), prefix);
        List<Article> articles = articles(prefix);
        Set<String> expectedIds = expectedStatementIds(articles);

        TopicAdmin.ensure(cfg.kafka(), Topics.all(), TopicAdmin.Layout.dev());
        StreamsService first =
                StreamsService.start(
                        cfg.kafka(), cfg.streams().withStateDir(stateDir.resolve("first")));
        open.add(first);
        StreamsService second =
                StreamsService.start(
                        cfg.kafka(), cfg.streams().withStateDir(stateDir.resolve("second")));
        open.add(second);
        IndexerService indexer =
                IndexerService.start(cfg.kafka(), cfg.elasticsearch(), cfg.indexer());
        open.add(indexer);
        ElasticsearchClient es = ElasticsearchClients.create(cfg.elasticsearch());
        open.add(es);
        String index = cfg.elasticsearch().index("statements");
        assertThat(first.awaitRunning(Duration.ofMinutes(2))).as("first RUNNING").isTrue();
        assertThat(second.awaitRunning(Duration.ofMinutes(2))).as("second RUNNING").isTrue();

        Thread producer =
                Thread.ofPlatform().name("handover-producer").start(() -> produce(cfg, articles));
        await("first statements indexed")
                .atMost(Duration.ofMinutes(3))
                .pollInterval(Duration.ofSeconds(1))
                .ignoreExceptions()
                .until(() -> count(es, index) > 0);
        LOG.info("handover: stopping the first streams instance mid-flow");
        first.close(Duration.ZERO); // returns at once: its tasks are abandoned mid-transaction

        producer.join(Duration.ofMinutes(6).toMillis());
        assertThat(producer.isAlive()).as("producer finished").isFalse();
        assertThat(sendErrors).as("every article acknowledged by the broker").isEmpty();
        assertEveryStatementIndexedOnce(es, index, indexer, expectedIds);
        await("the survivor RUNNING")
                .atMost(Duration.ofMinutes(2))
                .until(() -> second.state() == KafkaStreams.State.RUNNING);
    }

    private static void assertEveryStatementIndexedOnce(
            ElasticsearchClient es, String index, IndexerService indexer, Set<String> expectedIds)
            throws Exception {
        await("every statement indexed")
                .atMost(Duration.ofMinutes(6))
                .pollInterval(Duration.ofSeconds(2))
                .ignoreExceptions()
                .untilAsserted(
                        () ->
                                assertThat(count(es, index))
                                        .isGreaterThanOrEqualTo(expectedIds.size()));
        // Give a late duplicate (a replayed, non-idempotent write) the chance to show up.
        assertThat(indexer.awaitIdle(Duration.ofMinutes(2))).as("indexer idle").isTrue();
        assertThat(count(es, index)).as("statement documents").isEqualTo(expectedIds.size());
        assertThat(documentIds(es, index)).containsExactlyInAnyOrderElementsOf(expectedIds);
        assertThat(indexer.failure()).as("indexer consumer thread").isEmpty();
    }

    private static List<Article> articles(String runId) {
        SyntheticArticles gen = new SyntheticArticles(42, runId);
        List<Article> out = new ArrayList<>(ARTICLES);
        for (int n = 0; n < ARTICLES; n++) {
            out.add(gen.article(n, 1 + n % 3, 2));
        }
        return out;
    }

    /** What the topology should emit, computed with the same extractor it runs. */
    private static Set<String> expectedStatementIds(List<Article> articles) {
        StatementExtractor extractor = new StatementExtractor();
        Set<String> ids = new HashSet<>();
        for (Article a : articles) {
            int found = extractor.extract(a.text()).statements().size();
            for (int i = 0; i < found; i++) {
                ids.add(Ids.statementId(a.id(), i));
            }
        }
        return ids;
    }

    private void produce(ClaimtrackConfig cfg, List<Article> articles) {
        var topic = cfg.kafka().topic(Topics.ARTICLES);
        Properties p = cfg.kafka().clientProperties();
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, "300000");
        p.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, "600000");
        p.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, "15000");
        Serializer<String> keys = topic.keySerde().serializer();
        Serializer<Article> values = topic.valueSerde().serializer();
        try (KafkaProducer<String, Article> producer = new KafkaProducer<>(p, keys, values)) {
            for (Article a : articles) {
                producer.send(
                        new ProducerRecord<>(topic.name(), a.id(), a),
                        (md, e) -> {
                            if (e != null) {
                                sendErrors.add(e);
                            }
                        });
                Thread.sleep(PRODUCE_EVERY.toMillis());
            }
            producer.flush();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            sendErrors.add(e);
        }
    }

    private static void killAndRestartKafka(DevStack stack) throws InterruptedException {
        LOG.info("resilience: SIGKILL the Kafka broker");
        stack.kafka().kill();
        Thread.sleep(5_000); // the outage itself
        stack.kafka().start(RESTART);
        LOG.info("resilience: Kafka broker back");
    }

    private static void stopAndRestartElasticsearch(DevStack stack) throws InterruptedException {
        LOG.info("resilience: stopping Elasticsearch");
        stack.elasticsearch().stop();
        Thread.sleep(10_000); // the outage itself
        stack.elasticsearch().start(RESTART);
        LOG.info("resilience: Elasticsearch back");
    }

    private static long count(ElasticsearchClient es, String index) throws Exception {
        es.indices().refresh(r -> r.index(index));
        return es.count(c -> c.index(index)).count();
    }

    private static List<String> documentIds(ElasticsearchClient es, String index) throws Exception {
        SearchResponse<Map> found =
                es.search(
                        s -> s.index(index).size(10_000).source(src -> src.fetch(false)),
                        Map.class);
        return found.hits().hits().stream().map(Hit::id).toList();
    }
}
