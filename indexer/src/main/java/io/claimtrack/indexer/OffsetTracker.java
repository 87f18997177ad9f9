package io.claimtrack.indexer;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeSet;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * Which offsets are still on their way to Elasticsearch. The committable position of a partition is
 * its lowest unfinished offset, so a record is never committed before every earlier record of its
 * partition has been confirmed (bulk items complete out of order). Thread-safe.
 */
final class OffsetTracker {
    private final Map<TopicPartition, TreeSet<Long>> pending = new HashMap<>();
    private final Map<TopicPartition, Long> nextOffset = new HashMap<>();
    private final Map<TopicPartition, Long> committed = new HashMap<>();
    private int inFlight;

    /** Records that {@code offset} was read and is now in flight. */
    synchronized void start(TopicPartition tp, long offset) {
        if (pending.computeIfAbsent(tp, t -> new TreeSet<>()).add(offset)) {
            inFlight++;
        }
        nextOffset.merge(tp, offset + 1, Math::max);
    }

    /** Records that {@code offset} is done (indexed, unchanged or dead-lettered). */
    synchronized void finish(TopicPartition tp, long offset) {
        TreeSet<Long> set = pending.get(tp);
        if (set != null && set.remove(offset)) {
            inFlight--;
        }
    }

    /** Records read but not yet done. */
    synchronized int inFlight() {
        return inFlight;
    }

    /** Positions that moved since the last {@link #markCommitted}; empty when nothing moved. */
    synchronized Map<TopicPartition, OffsetAndMetadata> committable() {
        Map<TopicPartition, OffsetAndMetadata> result = new HashMap<>();
        nextOffset.forEach(
                (tp, next) -> {
                    TreeSet<Long> set = pending.get(tp);
                    long position = set == null || set.isEmpty() ? next : set.first();
                    if (position > committed.getOrDefault(tp, -1L)) {
                        result.put(tp, new OffsetAndMetadata(position));
                    }
                });
        return result;
    }

    /** Remembers what Kafka accepted as committed. */
    synchronized void markCommitted(Map<TopicPartition, OffsetAndMetadata> offsets) {
        offsets.forEach((tp, o) -> committed.merge(tp, o.offset(), Math::max));
    }

    /** The last position committed for {@code tp}, or -1. */
    synchronized long committed(TopicPartition tp) {
        return committed.getOrDefault(tp, -1L);
    }

    /**
     * Forgets a partition that moved to another consumer; its in-flight records are redelivered.
     */
    synchronized void forget(TopicPartition tp) {
        TreeSet<Long> set = pending.remove(tp);
        if (set != null) {
            inFlight -= set.size();
        }
        nextOffset.remove(tp);
        committed.remove(tp);
    }
}
