package io.claimtrack.ingest.kafka;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeSet;

/**
 * Per-partition offsets whose tasks are still in progress. Tasks of one partition finish out of
 * order (they belong to different hosts), so the committable offset is the lowest one still
 * pending, or one past the highest received when none is. Thread-safe.
 *
 * @param <P> the partition type
 */
public final class OffsetTracker<P> {
    private static final class Part {
        final TreeSet<Long> pending = new TreeSet<>();
        long next = -1;
        long committed = -1;
    }

    private final Map<P, Part> parts = new HashMap<>();

    /** Records that the task at {@code offset} was received. */
    public synchronized void received(P partition, long offset) {
        Part p = parts.computeIfAbsent(partition, k -> new Part());
        p.pending.add(offset);
        p.next = Math.max(p.next, offset + 1);
    }

    /** Records that the task at {@code offset} is finished. */
    public synchronized void completed(P partition, long offset) {
        Part p = parts.get(partition);
        if (p != null) {
            p.pending.remove(offset);
        }
    }

    /** Offsets to commit now (only those that moved since the last call). */
    public synchronized Map<P, Long> toCommit() {
        return toCommit(p -> true);
    }

    /** Offsets of the matching partitions to commit now (only those that moved). */
    public synchronized Map<P, Long> toCommit(java.util.function.Predicate<P> which) {
        Map<P, Long> out = new HashMap<>();
        for (var e : parts.entrySet()) {
            if (!which.test(e.getKey())) {
                continue;
            }
            Part p = e.getValue();
            long c = p.pending.isEmpty() ? p.next : p.pending.first();
            if (c > p.committed && c >= 0) {
                out.put(e.getKey(), c);
                p.committed = c;
            }
        }
        return out;
    }

    /** Tasks still pending in a partition. */
    public synchronized int pending(P partition) {
        Part p = parts.get(partition);
        return p == null ? 0 : p.pending.size();
    }

    /** Forgets a partition (revoked or lost). */
    public synchronized void forget(P partition) {
        parts.remove(partition);
    }
}
