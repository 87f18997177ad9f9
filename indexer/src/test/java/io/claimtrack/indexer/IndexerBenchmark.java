package io.claimtrack.indexer;

import static io.claimtrack.indexer.Fixtures.*;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import io.claimtrack.model.SpeakerRef;
import io.claimtrack.model.Statement;
import io.claimtrack.model.json.Json;
import io.claimtrack.model.kafka.Topics;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * Not a test: indexer throughput beside raw {@code _bulk} of the same documents into the same
 * embedded node in the same run, and latency from a statement on Kafka to visible in search.
 *
 * <p>Run: {@code ./mvnw -B -q -pl indexer exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=io.claimtrack.indexer.IndexerBenchmark
 * -Dclaimtrack.it.workdir=target/bench-stack [-Dbench.docs=20000] [-Dbench.rounds=2]
 * [-Dbench.latency=100]}
 */
public final class IndexerBenchmark {
    private static final List<SpeakerRef> SPEAKERS = List.of(TATOYAN, ALIYEV, MOFA_AZ, MOFA_AM);
    private static final List<String> QUOTES =
            List.of(TATOYAN_QUOTE, ALIYEV_QUOTE, MOFA_AZ_QUOTE, MOFA_AM_QUOTE);

    private IndexerBenchmark() {}

    public static void main(String[] args) throws Exception {
        int docs = Integer.getInteger("bench.docs", 20_000);
        int rounds = Integer.getInteger("bench.rounds", 2);
        int samples = Integer.getInteger("bench.latency", 100);
        List<Statement> statements = statements(docs);
        var serde = Topics.STATEMENTS.valueSerde().serializer();
        List<byte[]> values = statements.stream().map(s -> serde.serialize("t", s)).toList();
        long mapStart = System.nanoTime();
        for (int i = 0; i < values.size(); i++) {
            DocumentMapper.map(IndexKind.STATEMENTS, statements.get(i).articleId(), values.get(i));
        }
        System.out.printf(
                Locale.ROOT,
                "mapping %d statements (read + enrich + write JSON): %d ms%n",
                docs,
                (System.nanoTime() - mapStart) / 1_000_000);
        List<double[]> results = new ArrayList<>();
        for (int round = 1; round <= rounds; round++) {
            // Alternate which path goes first, so neither always meets a busier machine.
            double raw;
            double indexer;
            if (round % 2 == 1) {
                raw = rawBulk(statements, round);
                indexer = indexer(statements, round);
            } else {
                indexer = indexer(statements, round);
                raw = rawBulk(statements, round);
            }
            results.add(new double[] {raw, indexer});
            System.out.printf(
                    Locale.ROOT,
                    "round %d: raw _bulk %.0f docs/s, indexer %.0f docs/s (%.0f%%)%n",
                    round,
                    raw,
                    indexer,
                    100 * indexer / raw);
        }
        // Round 1 warms up the JIT for both paths; the median of the others is the figure.
        double[] ratios =
                results.stream()
                        .skip(rounds > 1 ? 1 : 0)
                        .mapToDouble(r -> r[1] / r[0])
                        .sorted()
                        .toArray();
        System.out.printf(
                Locale.ROOT,
                "median indexer/raw over %d measured rounds: %.0f%%%n",
                ratios.length,
                100 * ratios[ratios.length / 2]);
        long[] latencies = latency(samples);
        System.out.printf(
                Locale.ROOT,
                "latency Kafka -> searchable over %d statements: p50 %d ms, p95 %d ms, max %d ms%n",
                latencies.length,
                percentile(latencies, 50),
                percentile(latencies, 95),
                latencies[latencies.length - 1]);
        System.exit(0);
    }

    /** The same documents the indexer writes, sent with plain HTTP _bulk, 1000 per request. */
    private static double rawBulk(List<Statement> statements, int round) throws Exception {
        ItSupport it = ItSupport.create("bench-raw-" + round);
        try (ElasticsearchClient client = ElasticsearchClients.create(it.es())) {
            IndexSetup.apply(client, it.es(), EnumSet.of(IndexKind.STATEMENTS));
        }
        List<String> bodies = new ArrayList<>();
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < statements.size(); i++) {
            IndexDocument doc =
                    DocumentMapper.document(IndexKind.STATEMENTS, null, statements.get(i));
            body.append("{\"index\":{\"_id\":")
                    .append(Json.mapper().writeValueAsString(doc.id()))
                    .append("}}\n")
                    .append(new String(doc.source(), StandardCharsets.UTF_8))
                    .append('\n');
            if ((i + 1) % 1000 == 0 || i == statements.size() - 1) {
                bodies.add(body.toString());
                body.setLength(0);
            }
        }
        String path = "/" + it.alias(IndexKind.STATEMENTS) + "/_bulk";
        long start = System.nanoTime();
        for (String b : bodies) {
            if (it.raw().post(path, b, "application/x-ndjson").path("errors").asBoolean()) {
                throw new IllegalStateException("raw bulk reported errors");
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        check(it, statements.size());
        return statements.size() / seconds;
    }

    /** Statements already on the topic; from the first confirmed document to all committed. */
    private static double indexer(List<Statement> statements, int round) throws Exception {
        ItSupport it = ItSupport.create("bench-indexer-" + round);
        try (KafkaProducer<byte[], byte[]> producer = it.producer()) {
            String topic = it.kafka().topic(Topics.STATEMENTS).name();
            var serializer = Topics.STATEMENTS.valueSerde().serializer();
            for (Statement s : statements) {
                producer.send(
                        new ProducerRecord<>(
                                topic,
                                s.articleId().getBytes(StandardCharsets.UTF_8),
                                serializer.serialize(topic, s)));
            }
            producer.flush();
        }
        IndexerConfig d = IndexerConfig.defaults();
        IndexerConfig config =
                new IndexerConfig(
                        it.name(),
                        EnumSet.of(IndexKind.STATEMENTS),
                        Integer.getInteger("bench.bulk", d.bulkActions()),
                        d.bulkBytes(),
                        Duration.ofMillis(
                                Long.getLong("bench.flushMs", d.flushInterval().toMillis())),
                        Integer.getInteger("bench.concurrency", d.concurrentRequests()),
                        d.maxInFlightRecords(),
                        d.retryBackoff(),
                        d.retryMaxBackoff(),
                        d.commitInterval(),
                        true);
        try (IndexerService indexer = IndexerService.start(it.kafka(), it.es(), config)) {
            while (indexer.stats().indexedTotal() == 0) {
                Thread.sleep(5);
            }
            long start = System.nanoTime();
            long first = indexer.stats().indexedTotal();
            if (!indexer.awaitIdle(Duration.ofMinutes(10))) {
                throw new IllegalStateException("indexer did not finish");
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            check(it, statements.size());
            return (statements.size() - first) / seconds;
        }
    }

    /** One statement at a time: sent, then searched for (term on id) until it is visible. */
    private static long[] latency(int samples) throws Exception {
        ItSupport it = ItSupport.create("bench-latency");
        IndexerConfig config =
                IndexerConfig.defaults()
                        .withGroupId(it.name())
                        .withKinds(EnumSet.of(IndexKind.STATEMENTS));
        long[] result = new long[samples];
        try (KafkaProducer<byte[], byte[]> producer = it.producer();
                IndexerService indexer = IndexerService.start(it.kafka(), it.es(), config)) {
            indexer.awaitIdle(Duration.ofMinutes(1));
            String path = "/" + it.alias(IndexKind.STATEMENTS) + "/_search";
            for (int i = 0; i < samples; i++) {
                Statement s =
                        statement(
                                "Latency Gazette",
                                1_000_000 + i,
                                0,
                                TATOYAN,
                                TATOYAN_QUOTE,
                                Instant.now());
                String query =
                        "{\"query\":{\"term\":{\"id\":"
                                + Json.mapper().writeValueAsString(s.id())
                                + "}}}";
                long start = System.nanoTime();
                it.send(producer, Topics.STATEMENTS, s.articleId(), s);
                while (it.raw().post(path, query).at("/hits/total/value").asInt() == 0) {
                    Thread.sleep(10);
                }
                result[i] = (System.nanoTime() - start) / 1_000_000;
            }
        }
        Arrays.sort(result);
        return result;
    }

    private static void check(ItSupport it, int expected) throws Exception {
        long count = it.count(IndexKind.STATEMENTS);
        if (count != expected) {
            throw new IllegalStateException("expected " + expected + " documents, found " + count);
        }
    }

    private static List<Statement> statements(int n) {
        Instant t0 = Instant.parse("2021-04-13T09:00:00Z");
        List<Statement> list = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            list.add(
                    statement(
                            "Outlet " + (i % 23),
                            i,
                            0,
                            SPEAKERS.get(i % 4),
                            QUOTES.get(i % 4),
                            t0.plusSeconds(i)));
        }
        return list;
    }

    private static long percentile(long[] sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }
}
