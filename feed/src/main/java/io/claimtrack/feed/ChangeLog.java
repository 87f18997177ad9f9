package io.claimtrack.feed;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The most recent changes of the view, so a browser that reconnects with {@code Last-Event-ID} gets
 * what it missed instead of a full reload. Not thread-safe: {@link FeedView} guards it.
 */
final class ChangeLog {
    private final int capacity;
    private final ArrayDeque<FeedChange> changes;
    private long seq;

    ChangeLog(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("change log capacity must be >= 1, was " + capacity);
        }
        this.capacity = capacity;
        this.changes = new ArrayDeque<>(Math.min(capacity, 4096));
    }

    long seq() {
        return seq;
    }

    long nextSeq() {
        return seq + 1;
    }

    void append(FeedChange change) {
        if (change.seq() != seq + 1) {
            throw new IllegalStateException("change " + change.seq() + " does not follow " + seq);
        }
        seq = change.seq();
        changes.addLast(change);
        if (changes.size() > capacity) {
            changes.removeFirst();
        }
    }

    /**
     * The changes after {@code after}, at most {@code max} of them; empty when the log no longer
     * holds them all (or never did), in which case the reader must reload the snapshot.
     */
    Optional<List<FeedChange>> since(long after, int max) {
        if (after > seq || after < 0) {
            return Optional.empty();
        }
        long oldestKept = changes.isEmpty() ? seq + 1 : changes.peekFirst().seq();
        if (after + 1 < oldestKept) {
            return Optional.empty();
        }
        List<FeedChange> out = new ArrayList<>();
        var it = changes.descendingIterator();
        while (it.hasNext()) {
            FeedChange c = it.next();
            if (c.seq() <= after) {
                break;
            }
            out.add(c);
        }
        java.util.Collections.reverse(out);
        return Optional.of(out.size() > max ? List.copyOf(out.subList(0, max)) : out);
    }
}
