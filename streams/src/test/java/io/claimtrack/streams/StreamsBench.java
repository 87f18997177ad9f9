package io.claimtrack.streams;

import io.claimtrack.config.KafkaSettings;
import io.claimtrack.devstack.JdkFinder;
import io.claimtrack.devstack.KafkaNode;
import io.claimtrack.model.Article;
import io.claimtrack.model.Claim;
import io.claimtrack.model.kafka.Topics;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;

/**
 * Benchmark (not a test) of the whole topology on an embedded broker with exactly-once: statements
 * per second, and article-in → claim-out latency at a fixed article rate. Run with {@code ./mvnw
 * -pl streams exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=io.claimtrack.streams.StreamsBench -Dexec.args="throughput 20000"}.
 */
public final class StreamsBench {
    /** Articles sent before latencies count: JIT, RocksDB and the first rebalance settle. */
    private static final int WARM_UP = 1000;

    private StreamsBench() {}

    public static void main(String[] args) throws Exception {
        String mode = args.length > 0 ? args[0] : "throughput";
        int n = args.length > 1 ? Integer.parseInt(args[1]) : 20_000;
        Path work = Files.createDirectories(Path.of("target", "bench"));
        try (KafkaNode node =
                new KafkaNode(
                        work.resolve("kafka-" + System.nanoTime()), 0, "512m", JdkFinder.find())) {
            node.start(Duration.ofSeconds(120));
            KafkaSettings kafka =
                    new KafkaSettings(node.bootstrap(), benchOverrides(), "")
                            .withTopicPrefix(mode + ".");
            ClaimTopologyConfig config =
                    ClaimTopologyConfig.defaults()
                            .withApplicationId("bench-" + mode)
                            .withStateDir(work.resolve("state-" + System.nanoTime()));
            config =
                    config.withStreamThreads(
                            Integer.getInteger("bench.threads", config.streamThreads()));
            if (mode.equals("latency")) {
                latency(kafka, config, n);
            } else {
                throughput(kafka, config, n);
            }
        }
        System.exit(0);
    }

    /**
     * Client settings a run may override: {@code -Dbench.commit=ms}, {@code -Dbench.cache=bytes}
     * (and {@code -Dbench.threads=n}).
     */
    private static java.util.Map<String, String> benchOverrides() {
        java.util.Map<String, String> m = new java.util.HashMap<>();
        m.put("commit.interval.ms", System.getProperty("bench.commit", "100"));
        if (System.getProperty("bench.cache") != null) {
            m.put("statestore.cache.max.bytes", System.getProperty("bench.cache"));
        }
        return m;
    }

    /** Pre-loads {@code statements/5} articles, then times the topology through all of them. */
    static void throughput(KafkaSettings kafka, ClaimTopologyConfig config, int statements)
            throws Exception {
        int articles = statements / 5;
        TopicSetup.ensure(kafka, StreamsService.topics(kafka), config.topicPartitions());
        try (KafkaIo io = new KafkaIo(kafka)) {
            Instant t = Instant.parse("2026-01-05T08:00:00Z");
            for (int i = 0; i < articles; i++) {
                // Half the quotes repeat across outlets (pool of statements/2), half are new.
                long[] seeds = new long[5];
                for (int q = 0; q < 5; q++) {
                    int idx = i * 5 + q;
                    seeds[q] = idx % 2 == 0 ? (idx * 31L) % (statements / 2) : 10_000_000L + idx;
                }
                io.send(Corpus.article("t" + i, Corpus.outlet(i), t.plusSeconds(i), seeds));
            }
            io.flush();
            long start = System.nanoTime();
            long cpuStart = processCpuNanos();
            try (StreamsService service = StreamsService.start(kafka, config);
                    KafkaConsumer<String, Claim> claims = io.reader(Topics.CLAIMS, "bench-c")) {
                service.awaitRunning(Duration.ofSeconds(60));
                Map<String, Integer> counts = new HashMap<>();
                long total = 0;
                long firstOut = 0;
                long firstTotal = 0;
                while (total < statements) {
                    for (ConsumerRecord<String, Claim> r : claims.poll(Duration.ofMillis(200))) {
                        if (firstOut == 0) {
                            firstOut = System.nanoTime();
                            firstTotal = r.value().occurrenceCount();
                        }
                        Integer before = counts.put(r.key(), r.value().occurrenceCount());
                        total += r.value().occurrenceCount() - (before == null ? 0 : before);
                    }
                    if (System.nanoTime() - start > Duration.ofMinutes(15).toNanos()) {
                        throw new IllegalStateException(
                                "only " + total + " statements after 15 min");
                    }
                }
                double secs = (System.nanoTime() - start) / 1e9;
                double cpu = (processCpuNanos() - cpuStart) / 1e9;
                double steady = (System.nanoTime() - firstOut) / 1e9;
                System.out.printf(
                        "throughput: steady state (first claim out -> last) %.1f s = %.0f statements/s%n",
                        steady, (statements - firstTotal) / steady);
                printRatios(service);
                System.out.printf(
                        "throughput: client JVM CPU %.1f s = %.0f statements per CPU-second%n",
                        cpu, statements / cpu);
                System.out.printf(
                        "throughput: %d statements (%d articles, %d claims) in %.1f s = %.0f statements/s (exactly_once_v2, %d stream threads, incl. start-up)%n",
                        statements,
                        articles,
                        counts.size(),
                        secs,
                        statements / secs,
                        config.streamThreads());
            }
        }
    }

    /** Sends {@code seconds × 100} articles at 100/s; latency = send → first claim carrying it. */
    static void latency(KafkaSettings kafka, ClaimTopologyConfig config, int seconds)
            throws Exception {
        int rate = 100;
        int total = seconds * rate;
        try (StreamsService service = StreamsService.start(kafka, config);
                KafkaIo io = new KafkaIo(kafka);
                KafkaConsumer<String, Claim> claims = io.reader(Topics.CLAIMS, "bench-l")) {
            service.awaitRunning(Duration.ofSeconds(60));
            claims.poll(Duration.ofMillis(500));
            Map<String, Long> sentAt = Collections.synchronizedMap(new HashMap<>());
            Thread producer =
                    new Thread(
                            () -> {
                                long t0 = System.nanoTime();
                                Instant t = Instant.parse("2026-01-05T08:00:00Z");
                                for (int i = 0; i < total; i++) {
                                    long due = t0 + i * 1_000_000_000L / rate;
                                    while (System.nanoTime() < due) {
                                        Thread.onSpinWait();
                                    }
                                    Article a =
                                            Corpus.article(
                                                    "l" + i,
                                                    Corpus.outlet(i),
                                                    t.plusSeconds(i),
                                                    i % 3 == 0 ? i / 3 : 5_000_000L + i);
                                    if (i >= WARM_UP) {
                                        sentAt.put(a.id(), System.nanoTime());
                                    }
                                    io.send(a);
                                }
                                io.flush();
                            });
            producer.start();
            List<Long> latencies = new ArrayList<>();
            Map<Integer, List<Long>> slices = new java.util.TreeMap<>();
            long firstSend = System.nanoTime() + 10_000_000_000L; // warm-up lasts 10 s
            Set<String> seen = new HashSet<>();
            long deadline = System.nanoTime() + Duration.ofSeconds(seconds + 60L).toNanos();
            while (seen.size() < total - WARM_UP && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, Claim> r : claims.poll(Duration.ofMillis(50))) {
                    long now = System.nanoTime();
                    for (Claim.Occurrence o : r.value().occurrences()) {
                        Long sent = sentAt.get(o.articleId());
                        if (sent != null && seen.add(o.articleId())) {
                            latencies.add((now - sent) / 1_000_000);
                            slices.computeIfAbsent(
                                            (int) ((sent - firstSend) / 10_000_000_000L),
                                            x -> new ArrayList<>())
                                    .add((now - sent) / 1_000_000);
                        }
                    }
                }
            }
            producer.join();
            slices.forEach(
                    (slice, list) -> {
                        Collections.sort(list);
                        System.out.printf(
                                "latency slice %d-%d s: p50 %d, p95 %d ms%n",
                                slice * 10, slice * 10 + 10, pct(list, 50), pct(list, 95));
                    });
            Collections.sort(latencies);
            System.out.printf(
                    "latency: %d articles at %d/s (first %d are warm-up), %d measured; article-in -> claim-out ms: p50 %d, p95 %d, p99 %d, max %d%n",
                    total,
                    rate,
                    WARM_UP,
                    latencies.size(),
                    pct(latencies, 50),
                    pct(latencies, 95),
                    pct(latencies, 99),
                    latencies.isEmpty() ? -1 : latencies.get(latencies.size() - 1));
        }
    }

    /** Where the stream thread spent its time (Kafka Streams thread-level ratio metrics). */
    static void printRatios(StreamsService service) {
        service.streams()
                .metrics()
                .forEach(
                        (name, metric) -> {
                            if (name.group().equals("stream-thread-metrics")
                                            && name.name().endsWith("-ratio")
                                    || name.name().equals("process-latency-avg")
                                            && name.group().equals("stream-task-metrics")) {
                                System.out.printf(
                                        "metric %s %s %s = %s%n",
                                        name.group(),
                                        name.name(),
                                        name.tags().getOrDefault("task-id", ""),
                                        metric.metricValue());
                            }
                        });
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean)
                        java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static long pct(List<Long> sorted, int p) {
        return sorted.isEmpty()
                ? -1
                : sorted.get(Math.min(sorted.size() - 1, sorted.size() * p / 100));
    }
}
