package io.claimtrack.ingest;

import io.claimtrack.config.KafkaSettings;
import io.claimtrack.ingest.crawl.ArticleSink;
import io.claimtrack.ingest.crawl.CrawlMetrics;
import io.claimtrack.ingest.crawl.Crawler;
import io.claimtrack.ingest.crawl.FetchTask;
import io.claimtrack.ingest.crawl.HostPoliteness;
import io.claimtrack.ingest.crawl.OneShotRun;
import io.claimtrack.ingest.crawl.Outcome;
import io.claimtrack.ingest.crawl.RobotsCache;
import io.claimtrack.ingest.crawl.SeenStore;
import io.claimtrack.ingest.crawl.SourceHealth;
import io.claimtrack.ingest.crawl.SourceScheduler;
import io.claimtrack.ingest.crawl.TaskProcessor;
import io.claimtrack.ingest.fetch.Fetcher;
import io.claimtrack.ingest.kafka.IngestTopics;
import io.claimtrack.ingest.kafka.KafkaArticleSink;
import io.claimtrack.ingest.kafka.KafkaSeenStore;
import io.claimtrack.ingest.kafka.TaskConsumer;
import io.claimtrack.ingest.source.SourceConfig;
import io.claimtrack.ingest.source.SourceLoader;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The ingest service: polls sources, fetches pages politely, extracts them and produces {@code
 * articles.v1}.
 *
 * <p>Two ways to run it:
 *
 * <ul>
 *   <li>Continuously and scaled out: {@code IngestService.start(kafka, config, sources)} joins the
 *       consumer group {@code config.groupId()} on {@code fetch-tasks.v1}; each instance polls the
 *       sources and fetches the pages of the hosts whose partitions it owns. Stop with {@link
 *       #close()}.
 *   <li>One shot: {@code try (var s = IngestService.open(kafka, config, sources)) { s.runOnce(); }}
 *       polls every source once, fetches everything new, waits until all articles are acknowledged
 *       and returns an {@link IngestSummary}. No consumer group is involved.
 * </ul>
 *
 * <p>Sources come from {@link #loadSources(IngestConfig)} (the YAML file named by {@code
 * ingest.sources-file}) or are built in code ({@link SourceConfig#feed}). Both modes share the seen
 * set in {@code ingest-seen.v1}, so nothing already produced is produced again.
 */
public final class IngestService implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(IngestService.class);

    private final IngestConfig config;
    private final List<SourceConfig> sources;
    private final KafkaSettings kafka;
    private final ArticleSink sink;
    private final SeenStore seen;
    private final PrometheusMeterRegistry registry =
            new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final Fetcher fetcher;
    private final TaskProcessor processor;
    private final Crawler crawler;
    private final MetricsServer metricsServer;
    private SourceScheduler scheduler;
    private TaskConsumer consumer;

    private IngestService(
            KafkaSettings kafka,
            IngestConfig config,
            List<SourceConfig> sources,
            ArticleSink sink,
            SeenStore seen) {
        this.kafka = kafka;
        this.config = config;
        this.sources = List.copyOf(sources);
        this.sink = sink;
        this.seen = seen;
        Map<String, SourceConfig> byId = new LinkedHashMap<>();
        sources.forEach(s -> byId.put(s.id(), s));
        HostPoliteness politeness =
                new HostPoliteness(config.politenessDelay(), config.maxBackoff());
        CrawlMetrics metrics = new CrawlMetrics(registry);
        this.fetcher = new Fetcher(config);
        this.processor =
                new TaskProcessor(
                        new TaskProcessor.Deps(
                                fetcher,
                                new RobotsCache(config.userAgent(), config.robotsTtl()),
                                politeness,
                                Map.copyOf(byId),
                                seen,
                                sink,
                                metrics,
                                config.maxRedirects(),
                                config.maxAttempts(),
                                config.maxBodyBytes(),
                                Clock.systemUTC()));
        this.crawler =
                new Crawler(
                        processor,
                        politeness,
                        Map.copyOf(byId),
                        metrics,
                        Clock.systemUTC(),
                        config.fetchThreads());
        this.metricsServer =
                config.metricsPort() > 0 ? new MetricsServer(registry, config.metricsPort()) : null;
    }

    /** Opens the service and starts continuous, scaled-out polling (see the class comment). */
    public static IngestService start(
            KafkaSettings kafka, IngestConfig config, List<SourceConfig> sources) {
        IngestService s = open(kafka, config, sources);
        try {
            s.startPolling();
        } catch (RuntimeException e) {
            s.close();
            throw e;
        }
        return s;
    }

    /**
     * {@link #start} with the sources of {@code config.sourcesFile()}: what {@code ./claimtrack
     * ingest} runs.
     */
    public static IngestService fromConfig(KafkaSettings kafka, IngestConfig config) {
        return start(kafka, config, loadSources(config));
    }

    /** Creates missing topics, loads the seen set and opens the producer; polls nothing yet. */
    public static IngestService open(
            KafkaSettings kafka, IngestConfig config, List<SourceConfig> sources) {
        IngestTopics.ensure(kafka, config.taskPartitions());
        KafkaSeenStore seen = new KafkaSeenStore(kafka, Duration.ofMinutes(2));
        KafkaArticleSink sink;
        try {
            sink = new KafkaArticleSink(kafka);
        } catch (RuntimeException e) {
            seen.close();
            throw e;
        }
        return new IngestService(kafka, config, sources, sink, seen);
    }

    /** A service without Kafka (one-shot runs into {@code sink}); for tests and tools. */
    public static IngestService local(
            IngestConfig config, List<SourceConfig> sources, ArticleSink sink, SeenStore seen) {
        return new IngestService(null, config, sources, sink, seen);
    }

    /** The sources listed in {@code config.sourcesFile()}, validated (all problems at once). */
    public static List<SourceConfig> loadSources(IngestConfig config) {
        return SourceLoader.load(Path.of(config.sourcesFile()));
    }

    /** Joins the fetch-task consumer group and polls the owned sources until {@link #close()}. */
    public synchronized void startPolling() {
        if (kafka == null) {
            throw new IllegalStateException(
                    "continuous polling needs Kafka; use open(...) or start(...)");
        }
        if (consumer != null) {
            return;
        }
        TaskConsumer[] holder = new TaskConsumer[1];
        scheduler =
                new SourceScheduler(
                        crawler,
                        processor::health,
                        config.defaultPollInterval(),
                        config.maxBackoff(),
                        s -> holder[0].partitionOf(TaskProcessor.hostKey(s.url())));
        consumer =
                new TaskConsumer(
                        kafka,
                        config.groupId(),
                        crawler,
                        scheduler,
                        sources,
                        (KafkaSeenStore) seen,
                        config.maxQueuedTasks());
        holder[0] = consumer;
        processor.setRouter(consumer.router());
        LOG.info("ingest polling {} sources in group {}", sources.size(), config.groupId());
    }

    /** {@link #runOnce(Duration)} with a 10-minute limit. */
    public IngestSummary runOnce() {
        return runOnce(Duration.ofMinutes(10));
    }

    /**
     * Polls every source once, fetches every new article they list, and returns when all are
     * produced (or {@code timeout} passed: then {@code complete} is false). Not while polling.
     */
    public synchronized IngestSummary runOnce(Duration timeout) {
        if (consumer != null) {
            throw new IllegalStateException(
                    "runOnce is not available while continuous polling runs");
        }
        Instant start = Instant.now();
        OneShotRun run = new OneShotRun();
        processor.forgetRouted();
        processor.setRouter(task -> crawler.submit(new Crawler.Job(task, null, run.track(task))));
        for (SourceConfig s : sources) {
            FetchTask poll = SourceScheduler.pollTask(s);
            crawler.submit(new Crawler.Job(poll, null, run.track(poll)));
        }
        boolean complete;
        try {
            complete = run.await(timeout);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            complete = false;
        }
        if (sink instanceof KafkaArticleSink k) {
            k.flush();
        }
        var byStatus = run.byStatus();
        Map<String, SourceHealth> health = new LinkedHashMap<>(processor.health());
        sources.forEach(s -> health.putIfAbsent(s.id(), SourceHealth.unknown(s.id())));
        int failed = 0;
        for (var e : byStatus.entrySet()) {
            if (e.getKey() != Outcome.Status.PRODUCED
                    && e.getKey() != Outcome.Status.DUPLICATE
                    && e.getKey() != Outcome.Status.LISTED
                    && e.getKey() != Outcome.Status.NOT_MODIFIED) {
                failed += e.getValue();
            }
        }
        IngestSummary summary =
                new IngestSummary(
                        complete,
                        sources.size(),
                        run.count(Outcome.Status.PRODUCED),
                        run.count(Outcome.Status.DUPLICATE),
                        failed,
                        byStatus,
                        health,
                        run.failures(),
                        Duration.between(start, Instant.now()));
        LOG.info(
                "one-shot ingest: {} produced, {} duplicates, {} failed, unhealthy sources {}",
                summary.produced(),
                summary.duplicates(),
                summary.failed(),
                summary.unhealthy());
        return summary;
    }

    /** Health of every source by id (sources not polled yet are reported as such). */
    public Map<String, SourceHealth> health() {
        Map<String, SourceHealth> h = new LinkedHashMap<>(processor.health());
        sources.forEach(s -> h.putIfAbsent(s.id(), SourceHealth.unknown(s.id())));
        return h;
    }

    /** The Micrometer registry (Prometheus); {@code registry().scrape()} gives the text format. */
    public PrometheusMeterRegistry registry() {
        return registry;
    }

    /** The port of the {@code /metrics} endpoint when {@code metrics-port} is set. */
    public Optional<Integer> metricsPort() {
        return Optional.ofNullable(metricsServer).map(MetricsServer::port);
    }

    /** Hosts ("host:port") whose task partition this instance owns now; empty when not polling. */
    public List<String> ownedOf(List<String> hosts) {
        List<String> out = new ArrayList<>();
        TaskConsumer c = consumer;
        if (c != null) {
            var owned = c.owned();
            hosts.stream().filter(h -> owned.contains(c.partitionOf(h))).forEach(out::add);
        }
        return out;
    }

    /** Stops without committing or leaving cleanly, as a killed process would (failover tests). */
    void crashForTest() {
        crawler.close(); // in-flight requests die with the process
        if (consumer != null) {
            consumer.crash();
        }
        close();
    }

    @Override
    public synchronized void close() {
        if (scheduler != null) {
            scheduler.close();
        }
        if (consumer != null) {
            consumer.close();
        }
        crawler.close();
        fetcher.close();
        if (sink instanceof AutoCloseable c) {
            try {
                c.close();
            } catch (Exception e) {
                LOG.warn("closing the article sink: {}", e.toString());
            }
        }
        seen.close();
        if (metricsServer != null) {
            metricsServer.close();
        }
        registry.close();
    }
}
