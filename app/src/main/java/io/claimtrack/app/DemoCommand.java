package io.claimtrack.app;

import io.claimtrack.app.demo.DemoCorpus;
import io.claimtrack.config.ElasticsearchSettings;
import io.claimtrack.config.KafkaSettings;
import io.claimtrack.devstack.DevStack;
import io.claimtrack.devstack.DevStackOptions;
import io.claimtrack.indexer.IndexKind;
import io.claimtrack.model.json.Json;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code claimtrack demo}: the main job on the embedded default: a real Kafka broker and a real
 * Elasticsearch node started here, the bundled demo outlets served on localhost, and the whole
 * pipeline with its live feed page.
 */
@Command(
        name = "demo",
        mixinStandardHelpOptions = true,
        description = {
            "Run the whole pipeline on an embedded Kafka + Elasticsearch with the bundled demo outlets.",
            "Prints the Kafka, Elasticsearch and feed addresses; Ctrl-C stops everything."
        })
final class DemoCommand implements Callable<Integer> {
    /** Counts that stay the same this long mean the pipeline has drained. */
    private static final Duration SETTLED = Duration.ofSeconds(6);

    @Option(
            names = "--once",
            description = "process the demo corpus, print a JSON summary and exit")
    boolean once;

    @Option(
            names = "--work-dir",
            defaultValue = ".claimtrack/demo",
            description = "where the servers keep data and logs (default ${DEFAULT-VALUE})")
    Path workDir;

    @Option(
            names = "--timeout",
            defaultValue = "5m",
            converter = DurationConverter.class,
            description = "with --once: give up after this long (default ${DEFAULT-VALUE})")
    Duration timeout;

    @Option(
            names = "--kafka",
            paramLabel = "HOST:PORT",
            description = "use this Kafka cluster instead of starting one (with --elasticsearch)")
    String kafka;

    @Option(
            names = "--elasticsearch",
            paramLabel = "URL",
            description = "use this Elasticsearch instead of starting one (with --kafka)")
    String elasticsearch;

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if ((kafka == null) != (elasticsearch == null)) {
            throw new UserException(
                    "--kafka and --elasticsearch go together: name both clusters, or neither");
        }
        CountDownLatch stop = new CountDownLatch(1);
        CountDownLatch closed = new CountDownLatch(1);
        // Ctrl-C: tell the main thread to stop, then let it close everything in order.
        Thread hook =
                new Thread(
                        () -> {
                            stop.countDown();
                            awaitQuietly(closed, Duration.ofSeconds(60));
                        },
                        "claimtrack-demo-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            if (kafka != null) {
                return run(kafka, elasticsearch, stop, out, err);
            }
            err.println(
                    "claimtrack demo: starting Kafka and Elasticsearch in "
                            + workDir.toAbsolutePath()
                            + " ...");
            Instant t0 = Instant.now();
            try (DevStack stack =
                    DevStack.start(
                            DevStackOptions.defaults().withWorkDir(workDir.toAbsolutePath()))) {
                err.printf(
                        "claimtrack demo: stack up in %.1f s%n",
                        Duration.between(t0, Instant.now()).toMillis() / 1000.0);
                return run(stack.kafkaBootstrap(), stack.elasticsearchUrl(), stop, out, err);
            }
        } finally {
            closed.countDown();
            if (stop.getCount() > 0) {
                Runtime.getRuntime().removeShutdownHook(hook);
            }
        }
    }

    private int run(
            String bootstrap, String esUrl, CountDownLatch stop, PrintWriter out, PrintWriter err)
            throws Exception {
        out.println("kafka: " + bootstrap);
        out.println("elasticsearch: " + esUrl);
        out.flush();
        ClaimtrackConfig cfg =
                ClaimtrackConfig.defaults()
                        .withKafka(KafkaSettings.of(bootstrap))
                        .withElasticsearch(ElasticsearchSettings.of(esUrl));
        try (DemoCorpus corpus = DemoCorpus.start();
                Pipeline pipeline = Pipeline.start(cfg, corpus.sources(), true, !once);
                IndexCounts counts = new IndexCounts(cfg.elasticsearch())) {
            out.println("feed: " + pipeline.feedUrl());
            out.flush();
            if (once) {
                return runOnce(pipeline, counts, out, err);
            }
            Progress progress = new Progress(counts, err);
            while (!stop.await(5, TimeUnit.SECONDS)) {
                progress.print();
            }
            err.println("claimtrack demo: stopping ...");
            return 0;
        }
    }

    private int runOnce(Pipeline pipeline, IndexCounts counts, PrintWriter out, PrintWriter err)
            throws InterruptedException, java.io.IOException {
        Instant deadline = Instant.now().plus(timeout);
        var ingestSummary = pipeline.ingest().runOnce();
        Progress progress = new Progress(counts, err);
        Map<String, Long> last = Map.of();
        Instant stableSince = Instant.now();
        while (Instant.now().isBefore(deadline)) {
            Map<String, Long> now = progress.print();
            boolean hasStatements = now.getOrDefault(indexOf(counts, IndexKind.STATEMENTS), 0L) > 0;
            if (!now.equals(last)) {
                last = now;
                stableSince = Instant.now();
            } else if (hasStatements
                    && Duration.between(stableSince, Instant.now()).compareTo(SETTLED) >= 0) {
                Map<String, Object> summary = new LinkedHashMap<>();
                summary.put("articles", now.get(indexOf(counts, IndexKind.ARTICLES)));
                summary.put("statements", now.get(indexOf(counts, IndexKind.STATEMENTS)));
                summary.put("claims", now.get(indexOf(counts, IndexKind.CLAIMS)));
                summary.put("ingest", ingestSummary);
                summary.put("documents", now);
                out.println(
                        Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(summary));
                out.flush();
                return 0;
            }
            Thread.sleep(1000);
        }
        throw new UserException(
                "the demo corpus was not fully processed within "
                        + timeout
                        + " (last counts: "
                        + last
                        + "); logs are in "
                        + workDir.toAbsolutePath());
    }

    private static String indexOf(IndexCounts counts, IndexKind kind) {
        return counts.indexName(kind);
    }

    private static void deleteRecursively(Path dir) throws java.io.IOException {
        if (!java.nio.file.Files.exists(dir)) {
            return;
        }
        try (var paths = java.nio.file.Files.walk(dir)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                java.nio.file.Files.deleteIfExists(p);
            }
        }
    }

    private static void awaitQuietly(CountDownLatch latch, Duration d) {
        try {
            latch.await(d.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Prints a progress line when the counts change. */
    private static final class Progress {
        private final IndexCounts counts;
        private final PrintWriter err;
        private Map<String, Long> last = Map.of();

        Progress(IndexCounts counts, PrintWriter err) {
            this.counts = counts;
            this.err = err;
        }

        Map<String, Long> print() {
            Map<String, Long> now = counts.counts();
            if (!now.equals(last)) {
                StringBuilder line = new StringBuilder("claimtrack demo: indexed");
                now.forEach(
                        (k, v) ->
                                line.append(' ')
                                        .append(k.substring(k.indexOf('-') + 1))
                                        .append('=')
                                        .append(Math.max(v, 0)));
                err.println(line);
                err.flush();
                last = now;
            }
            return now;
        }
    }

    /** Parses "5m", "30s", "PT5M". */
    static final class DurationConverter implements CommandLine.ITypeConverter<Duration> {
        @Override
        public Duration convert(String value) {
            Duration d = io.claimtrack.config.ConfigBinder.parseDuration(value);
            if (d == null) {
                throw new CommandLine.TypeConversionException(
                        "not a duration: " + value + " (try 30s, 5m)");
            }
            return d;
        }
    }
}
