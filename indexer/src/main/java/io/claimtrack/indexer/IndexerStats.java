package io.claimtrack.indexer;

import java.util.Map;

/**
 * Counters of one indexer since it started.
 *
 * @param consumed records read from Kafka
 * @param indexed documents Elasticsearch confirmed written or deleted, per kind
 * @param unchanged items that were no-ops (409: a newer version is there; 404 on delete)
 * @param deadLettered records sent to the dead-letter topic (unreadable or rejected)
 * @param retried items sent again after a transient failure
 * @param failedBulks whole bulk requests that failed (Elasticsearch unreachable)
 * @param inFlight records read but not yet confirmed
 */
public record IndexerStats(
        long consumed,
        Map<IndexKind, Long> indexed,
        long unchanged,
        long deadLettered,
        long retried,
        long failedBulks,
        int inFlight) {

    public IndexerStats {
        indexed = Map.copyOf(indexed);
    }

    /** Documents written across all kinds. */
    public long indexedTotal() {
        return indexed.values().stream().mapToLong(Long::longValue).sum();
    }
}
