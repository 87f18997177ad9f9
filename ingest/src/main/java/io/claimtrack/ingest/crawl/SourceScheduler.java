package io.claimtrack.ingest.crawl;

import io.claimtrack.ingest.source.SourceConfig;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Polls the active sources at their interval. A failing source is polled again with exponential
 * backoff (from 10 s up to the cap) and never delays the others.
 */
public final class SourceScheduler implements AutoCloseable {
    private static final Duration RETRY_BASE = Duration.ofSeconds(10);

    private final Crawler crawler;
    private final Supplier<Map<String, SourceHealth>> health;
    private final Duration defaultInterval;
    private final Duration maxBackoff;
    private final Function<SourceConfig, Object> tagOf;
    private final ScheduledExecutorService timer =
            Executors.newSingleThreadScheduledExecutor(
                    Thread.ofPlatform().name("ingest-sources").daemon().factory());
    private final Map<String, ScheduledFuture<?>> scheduled = new ConcurrentHashMap<>();
    private final Map<String, SourceConfig> active = new ConcurrentHashMap<>();

    public SourceScheduler(
            Crawler crawler,
            Supplier<Map<String, SourceHealth>> health,
            Duration defaultInterval,
            Duration maxBackoff,
            Function<SourceConfig, Object> tagOf) {
        this.crawler = crawler;
        this.health = health;
        this.defaultInterval = defaultInterval;
        this.maxBackoff = maxBackoff;
        this.tagOf = tagOf;
    }

    /** The task that polls a source. */
    public static FetchTask pollTask(SourceConfig s) {
        FetchTask.Kind kind =
                switch (s.type()) {
                    case FEED -> FetchTask.Kind.FEED;
                    case SITEMAP -> FetchTask.Kind.SITEMAP;
                    case SECTION -> FetchTask.Kind.SECTION;
                    case HOMEPAGE -> FetchTask.Kind.HOMEPAGE;
                };
        return new FetchTask(kind, s.url().toString(), s.id(), s.url().toString(), 0, 0);
    }

    /** Polls exactly these sources from now on (starting new ones at once, stopping others). */
    public synchronized void setActive(Iterable<SourceConfig> sources) {
        Set<String> keep = ConcurrentHashMap.newKeySet();
        for (SourceConfig s : sources) {
            keep.add(s.id());
            if (active.putIfAbsent(s.id(), s) == null) {
                schedule(s, Duration.ZERO);
            }
        }
        for (String id : Set.copyOf(active.keySet())) {
            if (!keep.contains(id)) {
                active.remove(id);
                ScheduledFuture<?> f = scheduled.remove(id);
                if (f != null) {
                    f.cancel(false);
                }
            }
        }
    }

    private void schedule(SourceConfig s, Duration delay) {
        if (timer.isShutdown()) {
            return;
        }
        scheduled.put(
                s.id(), timer.schedule(() -> poll(s), delay.toMillis(), TimeUnit.MILLISECONDS));
    }

    private void poll(SourceConfig s) {
        if (active.get(s.id()) != s) {
            return;
        }
        crawler.submit(
                new Crawler.Job(
                        pollTask(s),
                        tagOf.apply(s),
                        done -> {
                            if (active.get(s.id()) == s) {
                                schedule(s, nextDelay(s));
                            }
                        }));
    }

    /** The interval when healthy; after n failures 10 s * 2^(n-1), capped by interval and max. */
    Duration nextDelay(SourceConfig s) {
        Duration interval = s.pollInterval() != null ? s.pollInterval() : defaultInterval;
        SourceHealth h = health.get().get(s.id());
        if (h == null || h.healthy()) {
            return interval;
        }
        Duration backoff = RETRY_BASE.multipliedBy(1L << Math.min(h.consecutiveFailures() - 1, 20));
        Duration cap = interval.compareTo(maxBackoff) > 0 ? interval : maxBackoff;
        return backoff.compareTo(cap) > 0 ? cap : backoff;
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
