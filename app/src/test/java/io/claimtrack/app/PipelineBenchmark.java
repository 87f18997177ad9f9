package io.claimtrack.app;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.search.Hit;
import io.claimtrack.devstack.DevStack;
import io.claimtrack.devstack.DevStackOptions;
import io.claimtrack.extract.statement.StatementExtractor;
import io.claimtrack.indexer.ElasticsearchClients;
import io.claimtrack.indexer.IndexerService;
import io.claimtrack.model.Article;
import io.claimtrack.model.Ids;
import io.claimtrack.model.json.Json;
import io.claimtrack.model.kafka.TopicAdmin;
import io.claimtrack.model.kafka.Topics;
import io.claimtrack.streams.StreamsService;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.LockSupport;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Whole-pipeline benchmark (not a test): synthetic ~5 KB articles into articles.v1 at a fixed rate
 * and at full speed, through the exactly-once topology and the indexer into Elasticsearch, on an
 * embedded stack. Prints throughput, article-produced → statement-searchable latency, lag per
 * consumer group over time, and CPU / RSS per process. Arguments: {@code [fixedArticles] [rate]
 * [maxArticles]}.
 */
public final class PipelineBenchmark {
    private static final int QUOTES = 4;
    private static final int FILLER_PARAGRAPHS = 30;
    private static final int PROBE_EVERY = 10;
    private static final Duration DRAIN_LIMIT = Duration.ofMinutes(12);

    private PipelineBenchmark() {}

    /** One run's inputs: {@code rate} 0 means as fast as the producer can send. */
    record Phase(String name, int articles, double rate) {}

    public static void main(String[] args) throws Exception {
        int fixed = args.length > 0 ? Integer.parseInt(args[0]) : 7_500;
        double rate = args.length > 1 ? Double.parseDouble(args[1]) : 250;
        int max = args.length > 2 ? Integer.parseInt(args[2]) : 6_000;
        Path work = Files.createTempDirectory("claimtrack-bench");
        System.out.printf(
                "start %s, JDK %s, %d cores, max heap %d MiB, load %s, work dir %s%n",
                Instant.now(),
                Runtime.version(),
                Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20,
                BenchProbes.loadAverage(),
                work);
        try (DevStack stack =
                DevStack.start(
                        DevStackOptions.defaults()
                                .withWorkDir(work)
                                .withPorts(0, 0)
                                .withStartTimeout(Duration.ofMinutes(3)))) {
            System.out.printf("stack up in %s%n", stack.startupTime());
            List<Phase> phases =
                    List.of(
                            new Phase("warm-up", 600, 0),
                            new Phase("fixed-" + (int) rate, fixed, rate),
                            new Phase("max", max, 0));
            for (Phase phase : phases) {
                new PhaseRun(stack, phase).run();
            }
        } finally {
            deleteTree(work);
        }
    }

    private static void deleteTree(Path root) throws java.io.IOException {
        try (var paths = Files.walk(root)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    /** One phase on fresh topics, groups and indices. */
    private static final class PhaseRun {
        private final DevStack stack;
        private final Phase phase;
        private final String prefix;
        private final ClaimtrackConfig cfg;
        private final Map<String, Long> probeSentNanos = new ConcurrentHashMap<>();
        private final List<Long> latenciesMs = new ArrayList<>();
        private volatile long producedNanos;

        PhaseRun(DevStack stack, Phase phase) {
            this.stack = stack;
            this.phase = phase;
            this.prefix = "bench-" + phase.name() + "-" + (System.currentTimeMillis() % 100_000);
            this.cfg = TestConfigs.isolated(stack.endpoints(), prefix);
        }

        void run() throws Exception {
            List<Article> articles = new ArrayList<>(phase.articles());
            SyntheticArticles gen = new SyntheticArticles(7, prefix);
            for (int n = 0; n < phase.articles(); n++) {
                articles.add(gen.article(n, QUOTES - n % 2, FILLER_PARAGRAPHS));
            }
            List<byte[]> values = new ArrayList<>(articles.size());
            long bytes = 0;
            for (Article a : articles) {
                values.add(Json.mapper().writeValueAsBytes(a));
                bytes += a.text().length();
            }
            StatementExtractor extractor = new StatementExtractor();
            long expected = 0;
            List<String> probeIds = new ArrayList<>();
            for (int i = 0; i < articles.size(); i++) {
                int found = extractor.extract(articles.get(i).text()).statements().size();
                expected += found;
                probeIds.add(
                        i % PROBE_EVERY == 0 && found > 0
                                ? Ids.statementId(articles.get(i).id(), 0)
                                : null);
            }
            System.out.printf(
                    "%n== phase %s: %d articles (mean text %d chars), %s, expected statements %d%n",
                    phase.name(),
                    articles.size(),
                    bytes / articles.size(),
                    phase.rate() > 0 ? "fixed rate " + phase.rate() + "/s" : "max rate",
                    expected);
            TopicAdmin.ensure(cfg.kafka(), Topics.all(), TopicAdmin.Layout.dev());
            Path stateDir = Files.createTempDirectory("claimtrack-bench-state");
            try (StreamsService streams =
                            StreamsService.start(
                                    cfg.kafka(),
                                    cfg.streams()
                                            .withStateDir(stateDir)
                                            .withStreamThreads(
                                                    Integer.getInteger(
                                                            "bench.threads",
                                                            cfg.streams().streamThreads())));
                    IndexerService indexer =
                            IndexerService.start(cfg.kafka(), cfg.elasticsearch(), cfg.indexer());
                    ElasticsearchClient es = ElasticsearchClients.create(cfg.elasticsearch());
                    Admin admin = Admin.create(cfg.kafka().clientProperties())) {
                if (!streams.awaitRunning(Duration.ofMinutes(3))) {
                    throw new IllegalStateException("streams not RUNNING after 3 min");
                }
                measure(streams, indexer, es, admin, articles, values, probeIds, expected);
                es.indices().delete(d -> d.index(prefix + "*"));
            } finally {
                deleteTree(stateDir);
            }
        }

        private void measure(
                StreamsService streams,
                IndexerService indexer,
                ElasticsearchClient es,
                Admin admin,
                List<Article> articles,
                List<byte[]> values,
                List<String> probeIds,
                long expected)
                throws Exception {
            Map<String, Long> pids = BenchProbes.processes();
            Map<String, Double> cpu0 = new java.util.LinkedHashMap<>();
            Map<String, Long> rssPeak = new java.util.LinkedHashMap<>();
            pids.forEach((k, pid) -> cpu0.put(k, BenchProbes.cpuSeconds(pid)));
            String alias = cfg.elasticsearch().index("statements");
            String articlesTopic = cfg.kafka().topic(Topics.ARTICLES).name();
            String statementsTopic = cfg.kafka().topic(Topics.STATEMENTS).name();
            String load0 = BenchProbes.loadAverage();
            long t0 = System.nanoTime();
            Thread producer =
                    Thread.ofPlatform()
                            .name("bench-producer")
                            .start(() -> produce(articles, values, probeIds, t0));
            long count = 0;
            long lastSample = 0;
            long doneNanos = 0;
            long c20 = 0;
            long c80 = 0;
            while (System.nanoTime() - t0 < DRAIN_LIMIT.toNanos()) {
                pollProbes(es, alias);
                long now = System.nanoTime();
                if (now - lastSample >= 5_000_000_000L || count >= expected) {
                    lastSample = now;
                    count = es.count(c -> c.index(alias)).count();
                    pids.forEach((k, pid) -> rssPeak.merge(k, BenchProbes.rssMib(pid), Math::max));
                    System.out.printf(
                            "  t=%5.1fs produced=%s indexed statements=%d/%d  lag streams(articles)=%d indexer(statements)=%d  load %s%n",
                            (now - t0) / 1e9,
                            producedNanos > 0 ? "all" : "…",
                            count,
                            expected,
                            BenchProbes.lag(
                                    admin, cfg.streams().applicationId(), List.of(articlesTopic)),
                            BenchProbes.lag(
                                    admin, cfg.indexer().groupId(), List.of(statementsTopic)),
                            BenchProbes.loadAverage());
                    System.out.printf(
                            "         stream threads %s%n",
                            BenchProbes.streamThreads(streams.streams()));
                    if (c20 == 0 && count >= expected / 5) {
                        c20 = now;
                    }
                    if (c80 == 0 && count >= expected * 4 / 5) {
                        c80 = now;
                    }
                    if (count >= expected) {
                        doneNanos = now;
                        break;
                    }
                }
                Thread.sleep(250);
            }
            producer.join();
            // Probes still outstanding right at the end get one more look.
            pollProbes(es, alias);
            // Statements are searchable before linking has caught up: claims, speakers, links and
            // stories are done when the streams group has consumed every article and link event.
            List<String> linkInputs =
                    List.of(
                            articlesTopic,
                            cfg.streams().applicationId() + "-link-events-repartition");
            long linkedNanos = 0;
            while (doneNanos > 0 && System.nanoTime() - t0 < DRAIN_LIMIT.toNanos()) {
                if (BenchProbes.lag(admin, cfg.streams().applicationId(), linkInputs) == 0) {
                    linkedNanos = System.nanoTime();
                    break;
                }
                Thread.sleep(500);
            }
            if (linkedNanos > 0) {
                double linked = (linkedNanos - t0) / 1e9;
                System.out.printf(
                        "RESULT %s linked: every article and link event consumed by the topology after %.1f s"
                                + " => %.1f articles/s linked (±0.5 s poll + commit interval)%n",
                        phase.name(), linked, phase.articles() / linked);
            }
            report(
                    pids, cpu0, rssPeak, t0, doneNanos, c20, c80, count, expected, streams, indexer,
                    load0);
        }

        private void produce(
                List<Article> articles, List<byte[]> values, List<String> probeIds, long t0) {
            Properties p = cfg.kafka().clientProperties();
            p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
            p.put(ProducerConfig.ACKS_CONFIG, "all");
            p.put(ProducerConfig.LINGER_MS_CONFIG, "5");
            p.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
            String topic = cfg.kafka().topic(Topics.ARTICLES).name();
            try (KafkaProducer<String, byte[]> producer =
                    new KafkaProducer<>(p, new StringSerializer(), new ByteArraySerializer())) {
                for (int i = 0; i < values.size(); i++) {
                    if (phase.rate() > 0) {
                        long due = t0 + (long) (i * 1e9 / phase.rate());
                        long wait = due - System.nanoTime();
                        if (wait > 0) {
                            LockSupport.parkNanos(wait);
                        }
                    }
                    if (probeIds.get(i) != null) {
                        probeSentNanos.put(probeIds.get(i), System.nanoTime());
                    }
                    producer.send(new ProducerRecord<>(topic, articles.get(i).id(), values.get(i)));
                }
                producer.flush();
            }
            producedNanos = System.nanoTime();
        }

        private void pollProbes(ElasticsearchClient es, String alias) throws Exception {
            List<String> outstanding = probeSentNanos.keySet().stream().limit(1000).toList();
            if (outstanding.isEmpty()) {
                return;
            }
            var found =
                    es.search(
                            s ->
                                    s.index(alias)
                                            .size(outstanding.size())
                                            .source(src -> src.fetch(false))
                                            .query(q -> q.ids(i -> i.values(outstanding))),
                            Map.class);
            long now = System.nanoTime();
            for (Hit<Map> h : found.hits().hits()) {
                Long sent = probeSentNanos.remove(h.id());
                if (sent != null) {
                    latenciesMs.add((now - sent) / 1_000_000);
                }
            }
        }

        private void report(
                Map<String, Long> pids,
                Map<String, Double> cpu0,
                Map<String, Long> rssPeak,
                long t0,
                long doneNanos,
                long c20,
                long c80,
                long count,
                long expected,
                StreamsService streams,
                IndexerService indexer,
                String load0) {
            double produceSec = (producedNanos - t0) / 1e9;
            double wall = ((doneNanos > 0 ? doneNanos : System.nanoTime()) - t0) / 1e9;
            int n = phase.articles();
            System.out.printf(
                    "RESULT %s: %s; produced %d articles in %.1f s (%.0f/s); all %d statements searchable after %.1f s"
                            + " => %.1f articles/s end to end (%.0f statements/s)%n",
                    phase.name(),
                    doneNanos > 0 ? "complete" : "INCOMPLETE " + count + "/" + expected,
                    n,
                    produceSec,
                    n / produceSec,
                    expected,
                    wall,
                    n / wall,
                    expected / wall);
            if (c20 > 0 && c80 > c20) {
                double mid = (c80 - c20) / 1e9;
                System.out.printf(
                        "  steady state (20%%..80%% of statements indexed, 5-s samples): %.1f articles/s%n",
                        0.6 * n / mid);
            }
            System.out.printf(
                    "  latency produced -> searchable (%d probes, 1 in %d articles, ±0.3 s poll): p50 %.0f ms, p95 %.0f ms, max %.0f ms; %d probes never seen%n",
                    latenciesMs.size(),
                    PROBE_EVERY,
                    BenchProbes.quantile(latenciesMs, 0.5),
                    BenchProbes.quantile(latenciesMs, 0.95),
                    BenchProbes.quantile(latenciesMs, 1.0),
                    probeSentNanos.size());
            pids.forEach(
                    (k, pid) -> {
                        double used = BenchProbes.cpuSeconds(pid) - cpu0.get(k);
                        System.out.printf(
                                "  %-45s cpu %6.1f s (%.2f cores, %.1f ms/article), peak RSS %d MiB%n",
                                k, used, used / wall, 1000 * used / n, rssPeak.get(k));
                    });
            System.out.printf(
                    "  streams %s, indexer %s; load %s -> %s%n",
                    streams.state(), indexer.stats(), load0, BenchProbes.loadAverage());
        }
    }
}
