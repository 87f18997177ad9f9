package io.claimtrack.feed;

import io.claimtrack.model.Claim;
import io.claimtrack.model.ClaimLink;
import io.claimtrack.model.LinkRelation;
import io.claimtrack.model.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The bounded in-memory state of the feed: one row per claim, plus one row per statement that no
 * claim holds yet, newest first. Every change gets a number, so readers can follow it. Pure (no
 * I/O) and thread-safe: the consumer thread writes, HTTP threads read and wait.
 */
public final class FeedView {
    private static final Comparator<FeedItem> NEWEST_FIRST =
            Comparator.comparing(FeedItem::time).reversed().thenComparing(FeedItem::id);

    private final int maxItems;
    private final Clock clock;
    private final String epoch = UUID.randomUUID().toString().substring(0, 8);
    private final Map<String, FeedItem> items = new HashMap<>();
    private final TreeSet<FeedItem> order = new TreeSet<>(NEWEST_FIRST);
    private final Map<String, Claim> claims = new HashMap<>();
    private final Map<String, Statement> statements = new HashMap<>();
    private final Map<String, String> claimOfStatement = new HashMap<>();
    private final LinkIndex rebuttals;
    private final LinkIndex responses;
    private final ChangeLog log;
    private final ReentrantLock signalLock = new ReentrantLock();
    private final Condition changed = signalLock.newCondition();
    private long published;

    public FeedView(int maxItems, Clock clock) {
        if (maxItems < 1) {
            throw new IllegalArgumentException("maxItems must be >= 1, was " + maxItems);
        }
        this.maxItems = maxItems;
        this.clock = clock;
        this.rebuttals = new LinkIndex(LinkRelation.REBUTS, Math.max(1024, maxItems * 2));
        this.responses = new LinkIndex(LinkRelation.RESPONDS_TO, Math.max(1024, maxItems * 2));
        this.log = new ChangeLog(Math.max(1024, maxItems));
    }

    /** A snapshot of the rows that pass {@code filter}, newest first. */
    public record Snapshot(String epoch, long seq, int total, int matched, List<FeedItem> items) {}

    /** Changes after a given number, or the news that the reader must reload ({@code reset}). */
    public record Changes(String epoch, long seq, boolean reset, List<FeedChange> changes) {}

    /** A statement occurrence; ignored when a claim already shows it. */
    public synchronized void applyStatement(Statement s) {
        if (claimOfStatement.containsKey(s.id())) {
            return;
        }
        statements.put(s.id(), s);
        FeedItem old = items.get(s.id());
        Instant fallback = old != null ? old.time() : clock.instant();
        upsertIfChanged(Rows.ofStatement(s, fallback, 0));
        evictOverflow();
    }

    /**
     * The latest state of claim {@code key} ({@code null} deletes it). A version older than the one
     * held (by {@code lastSeen}) is ignored, so a replay never rolls a row back.
     */
    public synchronized void applyClaim(String key, Claim c) {
        Claim old = claims.get(key);
        if (c == null) {
            if (old != null) {
                dropClaim(key);
                remove(key);
                refresh(neighbours(old));
            }
            return;
        }
        if (old != null && isOlder(c, old)) {
            return;
        }
        if (old != null) {
            old.occurrences().forEach(o -> claimOfStatement.remove(o.statementId()));
        }
        claims.put(c.id(), c);
        for (Claim.Occurrence o : c.occurrences()) {
            if (o.statementId() != null) {
                claimOfStatement.put(o.statementId(), c.id());
                if (statements.remove(o.statementId()) != null) {
                    remove(o.statementId());
                }
            }
        }
        Set<String> touched = new LinkedHashSet<>();
        touched.add(c.id());
        touched.addAll(neighbours(c));
        if (old != null) {
            touched.addAll(neighbours(old));
        }
        refresh(touched);
        evictOverflow();
    }

    /**
     * A link between claims ({@code null} deletes it); rebuttals and responses change rows, repeats
     * (the same words from another speaker) do not.
     */
    public synchronized void applyLink(String key, ClaimLink link) {
        Set<String> touched = new LinkedHashSet<>(rebuttals.apply(key, link));
        touched.addAll(responses.apply(key, link));
        refresh(touched);
    }

    public synchronized Snapshot snapshot(FeedFilter filter) {
        List<FeedItem> out = new ArrayList<>(Math.min(filter.limit(), order.size()));
        int matched = 0;
        for (FeedItem item : order) {
            if (filter.matches(item)) {
                matched++;
                if (out.size() < filter.limit()) {
                    out.add(item);
                }
            }
        }
        return new Snapshot(epoch, log.seq(), order.size(), matched, out);
    }

    /** The changes after {@code after} in this epoch, at most {@code max}. */
    public synchronized Changes changesSince(String readerEpoch, long after, int max) {
        if (!epoch.equals(readerEpoch)) {
            return new Changes(epoch, log.seq(), true, List.of());
        }
        Optional<List<FeedChange>> changes = log.since(after, max);
        return changes.map(c -> new Changes(epoch, log.seq(), false, c))
                .orElseGet(() -> new Changes(epoch, log.seq(), true, List.of()));
    }

    /**
     * Waits until a change after {@code after} exists, or the timeout passes. Waits on a lock of
     * its own, not this object's monitor: a virtual thread in {@code Object.wait} pins its carrier
     * on Java 21, and every browser tab holds one such waiting thread.
     */
    public void awaitChangeAfter(long after, Duration timeout) throws InterruptedException {
        long left = timeout.toNanos();
        signalLock.lock();
        try {
            while (published <= after && left > 0) {
                left = changed.awaitNanos(left);
            }
        } finally {
            signalLock.unlock();
        }
    }

    public synchronized int size() {
        return items.size();
    }

    public synchronized long seq() {
        return log.seq();
    }

    public String epoch() {
        return epoch;
    }

    public int maxItems() {
        return maxItems;
    }

    private static boolean isOlder(Claim incoming, Claim held) {
        return incoming.lastSeen() != null
                && held.lastSeen() != null
                && incoming.lastSeen().isBefore(held.lastSeen());
    }

    private Set<String> neighbours(Claim c) {
        Set<String> ids = new LinkedHashSet<>(c.rebuts());
        ids.addAll(c.rebuttedBy());
        for (LinkIndex index : List.of(rebuttals, responses)) {
            ids.addAll(index.sourcesOf(c.id()).keySet());
            ids.addAll(index.targetsOf(c.id()).keySet());
        }
        ids.remove(c.id());
        return ids;
    }

    private void refresh(Set<String> claimIds) {
        for (String id : claimIds) {
            Claim c = claims.get(id);
            if (c != null) {
                FeedItem old = items.get(id);
                Instant fallback = old != null ? old.time() : clock.instant();
                upsertIfChanged(Rows.ofClaim(c, fallback, rebuttals, responses, claims::get, 0));
            }
        }
    }

    private void upsertIfChanged(FeedItem fresh) {
        FeedItem old = items.get(fresh.id());
        if (old != null && old.equals(fresh.withVersion(old.version()))) {
            return;
        }
        FeedItem stamped = fresh.withVersion(log.nextSeq());
        if (old != null) {
            order.remove(old);
        }
        items.put(stamped.id(), stamped);
        order.add(stamped);
        record(new FeedChange.Upsert(stamped.version(), stamped));
    }

    private void remove(String id) {
        FeedItem old = items.remove(id);
        if (old != null) {
            order.remove(old);
            record(new FeedChange.Remove(log.nextSeq(), id));
        }
    }

    private void evictOverflow() {
        while (items.size() > maxItems) {
            String id = order.last().id();
            dropClaim(id);
            statements.remove(id);
            remove(id);
        }
    }

    private void dropClaim(String id) {
        Claim c = claims.remove(id);
        if (c != null) {
            c.occurrences().forEach(o -> claimOfStatement.remove(o.statementId(), id));
        }
    }

    private void record(FeedChange change) {
        log.append(change);
        signalLock.lock();
        try {
            published = change.seq();
            changed.signalAll();
        } finally {
            signalLock.unlock();
        }
    }
}
