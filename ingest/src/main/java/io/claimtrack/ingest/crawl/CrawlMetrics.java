package io.claimtrack.ingest.crawl;

import io.claimtrack.ingest.fetch.FetchResult;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.ToIntFunction;

/**
 * The crawler's Micrometer meters: fetches by status, bytes, latency, queue depth per host,
 * outcomes (produced, duplicate, extraction failures, ...).
 */
public final class CrawlMetrics {
    private final MeterRegistry registry;
    private final DistributionSummary bytes;
    private final Timer latency;
    private final Set<String> hostGauges = ConcurrentHashMap.newKeySet();
    private final Map<String, Counter> counters = new ConcurrentHashMap<>();

    public CrawlMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.bytes =
                DistributionSummary.builder("claimtrack.ingest.fetch.bytes")
                        .description("decompressed response body size")
                        .baseUnit("bytes")
                        .register(registry);
        this.latency =
                Timer.builder("claimtrack.ingest.fetch.latency")
                        .description("time from request to complete body")
                        .publishPercentiles(0.5, 0.95, 0.99)
                        .register(registry);
    }

    public MeterRegistry registry() {
        return registry;
    }

    /** Records one HTTP request and how it ended. */
    public void fetched(FetchResult result, Duration took) {
        String status =
                switch (result) {
                    case FetchResult.Fetched f -> Integer.toString(f.status());
                    case FetchResult.NotModified n -> "304";
                    case FetchResult.Redirected r -> Integer.toString(r.status());
                    case FetchResult.Failed f ->
                            f.status() > 0
                                    ? Integer.toString(f.status())
                                    : f.reason().name().toLowerCase(Locale.ROOT);
                };
        count("claimtrack.ingest.fetches", "status", status);
        latency.record(took);
        if (result instanceof FetchResult.Fetched f) {
            bytes.record(f.body().length);
        }
    }

    /** Records the final status of a task (produced, duplicate, extraction_failed, ...). */
    public void outcome(Outcome.Status status) {
        count("claimtrack.ingest.tasks", "outcome", status.name().toLowerCase(Locale.ROOT));
        if (status == Outcome.Status.EXTRACTION_FAILED) {
            count("claimtrack.ingest.extraction.failures", "stage", "extract");
        }
    }

    /** Registers the queue-depth gauge of a host once. */
    public <T> void watchHost(String host, T owner, ToIntFunction<T> depth) {
        if (hostGauges.add(host)) {
            Gauge.builder("claimtrack.ingest.queue.depth", owner, o -> depth.applyAsInt(o))
                    .description("tasks waiting for their host's politeness slot")
                    .tag("host", host)
                    .register(registry);
        }
    }

    /** Count of a counter, 0 when it was never incremented; for summaries and tests. */
    public double counted(String name, String tag, String value) {
        Counter c = counters.get(name + "|" + tag + "|" + value);
        return c == null ? 0 : c.count();
    }

    private void count(String name, String tag, String value) {
        counters.computeIfAbsent(
                        name + "|" + tag + "|" + value,
                        k -> Counter.builder(name).tag(tag, value).register(registry))
                .increment();
    }
}
