package io.claimtrack.feed;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/** Counters the consumer keeps for {@code /health}: what it applied, what it rejected and why. */
public final class FeedStats {
    private final AtomicLong applied = new AtomicLong();
    private final AtomicLong rejected = new AtomicLong();
    private final AtomicReference<Instant> lastRecordAt = new AtomicReference<>();
    private final AtomicReference<String> lastRejection = new AtomicReference<>();
    private final AtomicReference<String> failure = new AtomicReference<>();

    /** A snapshot for the health endpoint. */
    public record Health(
            boolean up,
            long applied,
            long rejected,
            Instant lastRecordAt,
            String lastRejection,
            String failure,
            int items,
            long seq,
            int clients) {}

    void applied(Instant at) {
        applied.incrementAndGet();
        lastRecordAt.set(at);
    }

    void rejected(String reason) {
        rejected.incrementAndGet();
        lastRejection.set(reason);
    }

    void failed(String reason) {
        failure.set(reason);
    }

    public long applied() {
        return applied.get();
    }

    public long rejected() {
        return rejected.get();
    }

    Health health(boolean consumerAlive, FeedView view, int clients) {
        return new Health(
                consumerAlive && failure.get() == null,
                applied.get(),
                rejected.get(),
                lastRecordAt.get(),
                lastRejection.get(),
                failure.get(),
                view.size(),
                view.seq(),
                clients);
    }
}
