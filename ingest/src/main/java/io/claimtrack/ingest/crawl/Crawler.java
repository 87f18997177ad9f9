package io.claimtrack.ingest.crawl;

import io.claimtrack.ingest.crawl.HostPoliteness.Effect;
import io.claimtrack.ingest.source.SourceConfig;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The politeness engine: one queue per host, at most one request per host in flight, and a host's
 * next request no earlier than its delay after the previous one ended. A dispatcher thread hands
 * ready hosts to a pool of fetch threads that run {@link TaskProcessor}.
 */
public final class Crawler implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Crawler.class);

    /** A queued task, its completion callback and an owner tag (the Kafka partition, or null). */
    public record Job(FetchTask task, Object tag, Consumer<Outcome.Done> onDone) {
        Job with(FetchTask next) {
            return new Job(next, tag, onDone);
        }
    }

    private static final class Host {
        final String key;
        final ArrayDeque<Job> queue = new ArrayDeque<>();
        boolean requesting;

        Host(String key) {
            this.key = key;
        }
    }

    private final TaskProcessor processor;
    private final HostPoliteness politeness;
    private final Map<String, SourceConfig> sources;
    private final CrawlMetrics metrics;
    private final Clock clock;
    private final ExecutorService workers;
    private final Thread dispatcher;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private final Map<String, Host> hosts = new HashMap<>();
    private volatile Predicate<Object> live = tag -> true;
    private int queued;
    private final List<Job> active = new ArrayList<>();
    private volatile boolean open = true;

    public Crawler(
            TaskProcessor processor,
            HostPoliteness politeness,
            Map<String, SourceConfig> sources,
            CrawlMetrics metrics,
            Clock clock,
            int threads) {
        this.processor = processor;
        this.politeness = politeness;
        this.sources = sources;
        this.metrics = metrics;
        this.clock = clock;
        this.workers =
                Executors.newFixedThreadPool(
                        threads, Thread.ofPlatform().name("ingest-fetch-", 0).daemon().factory());
        this.dispatcher =
                Thread.ofPlatform().name("ingest-dispatch").daemon().start(this::dispatch);
    }

    /**
     * Jobs whose tag fails {@code live} are dropped instead of run or re-queued (revoked
     * partitions).
     */
    public void setLiveTags(Predicate<Object> live) {
        this.live = live;
    }

    /** Queues a task for its host. */
    public void submit(Job job) {
        String host;
        try {
            host = TaskProcessor.hostKey(URI.create(job.task().url()));
        } catch (RuntimeException e) {
            job.onDone()
                    .accept(
                            Outcome.done(
                                    null, Outcome.Status.FAILED, "bad URL " + job.task().url()));
            return;
        }
        SourceConfig s = sources.get(job.task().sourceId());
        if (s != null) {
            politeness.raiseDelay(host, s.politenessDelay());
        }
        lock.lock();
        try {
            Host h = hosts.computeIfAbsent(host, Host::new);
            h.queue.addLast(job);
            queued++;
            metrics.watchHost(host, this, c -> c.depth(host));
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** Holds every host for its delay from now (see {@link HostPoliteness#holdFrom}). */
    public void holdAllHosts() {
        politeness.holdFrom(clock.instant());
        lock.lock();
        try {
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** Tasks waiting (not running) across all hosts. */
    public int backlog() {
        lock.lock();
        try {
            return queued;
        } finally {
            lock.unlock();
        }
    }

    /** Queue depth of one host. */
    int depth(String host) {
        lock.lock();
        try {
            Host h = hosts.get(host);
            return h == null ? 0 : h.queue.size();
        } finally {
            lock.unlock();
        }
    }

    /** Removes queued jobs whose tag matches; running ones finish (see {@link #awaitIdle}). */
    public List<Job> drop(Predicate<Object> tagMatches) {
        List<Job> dropped = new ArrayList<>();
        lock.lock();
        try {
            for (Host h : hosts.values()) {
                for (Iterator<Job> it = h.queue.iterator(); it.hasNext(); ) {
                    Job j = it.next();
                    if (tagMatches.test(j.tag())) {
                        it.remove();
                        dropped.add(j);
                        queued--;
                    }
                }
            }
        } finally {
            lock.unlock();
        }
        return dropped;
    }

    /** Waits until no running job matches; false on timeout. */
    public boolean awaitIdle(Predicate<Object> tagMatches, Duration timeout)
            throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        lock.lock();
        try {
            while (active.stream().anyMatch(j -> tagMatches.test(j.tag()))) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                changed.awaitNanos(left);
            }
            return true;
        } finally {
            lock.unlock();
        }
    }

    private void dispatch() {
        lock.lock();
        try {
            while (open) {
                long waitNanos = dispatchReady();
                changed.awaitNanos(waitNanos);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            lock.unlock();
        }
    }

    /** Starts every ready host; returns how long to wait for the next one. Holds the lock. */
    private long dispatchReady() {
        Instant now = clock.instant();
        long wait = TimeUnit.SECONDS.toNanos(1);
        for (Iterator<Host> it = hosts.values().iterator(); it.hasNext(); ) {
            Host h = it.next();
            if (h.requesting) {
                continue;
            }
            if (h.queue.isEmpty()) {
                it.remove();
                continue;
            }
            Instant ready = politeness.readyAt(h.key);
            if (ready.isAfter(now)) {
                wait = Math.min(wait, Math.max(1_000_000, Duration.between(now, ready).toNanos()));
                continue;
            }
            Job job = h.queue.pollFirst();
            queued--;
            h.requesting = true;
            active.add(job);
            workers.execute(() -> run(h, job));
        }
        return wait;
    }

    private void run(Host h, Job job) {
        Release release = new Release(h);
        Outcome outcome;
        try {
            outcome =
                    live.test(job.tag())
                            ? processor.process(job.task(), release)
                            : Outcome.done(null, null, "revoked");
        } catch (RuntimeException | Error e) {
            // A bug or a broken class path must fail this task, not silently stall its host.
            LOG.error("task {} failed unexpectedly", job.task(), e);
            outcome = Outcome.done(Effect.OK, Outcome.Status.FAILED, e.toString());
        }
        release.requestDone(outcome.effect(), outcome.retryAfter());
        Outcome.Done done = null;
        lock.lock();
        try {
            active.remove(job);
            switch (outcome) {
                case Outcome.Done d -> done = d;
                case Outcome.Again a -> requeue(job.with(a.task()), true);
                case Outcome.Follow f -> requeue(job.with(f.task()), false);
            }
            changed.signalAll();
        } finally {
            lock.unlock();
        }
        if (done != null && done.status() != null) {
            metrics.outcome(done.status());
            job.onDone().accept(done);
        }
    }

    /**
     * Frees the host for its next request as soon as the network part of a task is over, so
     * extraction and Kafka acknowledgements do not stretch the host's request interval.
     */
    private final class Release implements TaskProcessor.HostRelease {
        private final Host host;
        private boolean released;

        Release(Host host) {
            this.host = host;
        }

        @Override
        public void requestDone(Effect effect, Duration retryAfter) {
            lock.lock();
            try {
                if (released) {
                    return;
                }
                released = true;
                if (effect != null) {
                    politeness.finished(host.key, clock.instant(), effect, retryAfter);
                }
                host.requesting = false;
                hosts.putIfAbsent(host.key, host);
                changed.signalAll();
            } finally {
                lock.unlock();
            }
        }
    }

    /** Re-queues a job at the front or back of its (possibly new) host's queue; holds the lock. */
    private void requeue(Job job, boolean front) {
        if (!live.test(job.tag())) {
            return;
        }
        String target = TaskProcessor.hostKey(URI.create(job.task().url()));
        Host t = hosts.computeIfAbsent(target, Host::new);
        if (front) {
            t.queue.addFirst(job);
        } else {
            t.queue.addLast(job);
        }
        queued++;
    }

    @Override
    public void close() {
        open = false;
        lock.lock();
        try {
            changed.signalAll();
        } finally {
            lock.unlock();
        }
        workers.shutdownNow();
        try {
            workers.awaitTermination(10, TimeUnit.SECONDS);
            dispatcher.join(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
