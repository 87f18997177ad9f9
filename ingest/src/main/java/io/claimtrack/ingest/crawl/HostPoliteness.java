package io.claimtrack.ingest.crawl;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * When each host may be contacted next: a per-host delay (the largest of the default, the source's
 * override and robots.txt crawl-delay) counted from the end of the previous request, exponential
 * backoff after failures, and a server's Retry-After. Pure: time is passed in.
 */
public final class HostPoliteness {
    /** How the last request to a host went, as far as politeness cares. */
    public enum Effect {
        /** The host answered normally. */
        OK,
        /** Timeout, connection error or 5xx: back off exponentially. */
        FAILED,
        /** 429 or 503: honour Retry-After, at least the backoff. */
        THROTTLED
    }

    private static final class State {
        Duration delay;
        Instant readyAt = Instant.MIN;
        int failures;

        State(Duration delay) {
            this.delay = delay;
        }
    }

    private final Duration defaultDelay;
    private final Duration maxBackoff;
    private final Map<String, State> hosts = new ConcurrentHashMap<>();
    private volatile Instant heldSince;

    public HostPoliteness(Duration defaultDelay, Duration maxBackoff) {
        this.defaultDelay = defaultDelay;
        this.maxBackoff = maxBackoff;
    }

    private State state(String host) {
        return hosts.computeIfAbsent(host, h -> new State(defaultDelay));
    }

    /** Raises the host's delay to {@code delay} if larger (source override, crawl-delay). */
    public void raiseDelay(String host, Duration delay) {
        if (delay != null) {
            State s = state(host);
            synchronized (s) {
                if (delay.compareTo(s.delay) > 0) {
                    s.delay = delay;
                }
            }
        }
    }

    /** The host's current minimum gap between requests. */
    public Duration delay(String host) {
        State s = state(host);
        synchronized (s) {
            return s.delay;
        }
    }

    /**
     * Holds every host for one delay from {@code since}: after a rebalance this instance cannot
     * know when the previous owner last contacted the hosts it takes over.
     */
    public void holdFrom(Instant since) {
        this.heldSince = since;
    }

    /** The earliest instant the host may be contacted. */
    public Instant readyAt(String host) {
        Instant held = heldSince;
        State s = hosts.get(host);
        if (s == null) {
            return held == null ? Instant.MIN : held.plus(defaultDelay);
        }
        synchronized (s) {
            if (held == null) {
                return s.readyAt;
            }
            Instant h = held.plus(s.delay);
            return h.isAfter(s.readyAt) ? h : s.readyAt;
        }
    }

    /** Records that a request to {@code host} ended at {@code now} with {@code effect}. */
    public void finished(String host, Instant now, Effect effect, Duration retryAfter) {
        State s = state(host);
        synchronized (s) {
            switch (effect) {
                case OK -> {
                    s.failures = 0;
                    s.readyAt = now.plus(s.delay);
                }
                case FAILED -> {
                    s.failures++;
                    s.readyAt = now.plus(backoff(s.delay, s.failures));
                }
                case THROTTLED -> {
                    s.failures++;
                    Duration wait = backoff(s.delay, s.failures);
                    if (retryAfter != null && retryAfter.compareTo(wait) > 0) {
                        wait = retryAfter.compareTo(maxBackoff) > 0 ? maxBackoff : retryAfter;
                    }
                    s.readyAt = now.plus(wait);
                }
            }
        }
    }

    /** Consecutive failures of the host (0 after a success). */
    public int failures(String host) {
        State s = state(host);
        synchronized (s) {
            return s.failures;
        }
    }

    /** The delay after {@code failures} consecutive failures: delay * 2^failures, capped. */
    Duration backoff(Duration delay, int failures) {
        Duration base = delay.isZero() ? Duration.ofMillis(100) : delay;
        Duration d = base.multipliedBy(1L << Math.min(failures, 20));
        return d.compareTo(maxBackoff) > 0 ? maxBackoff : d;
    }
}
