package io.claimtrack.ingest.crawl;

import java.time.Instant;

/**
 * Health of one source: healthy after its last poll succeeded, otherwise the reason and how many
 * polls in a row failed (the poll interval backs off exponentially meanwhile).
 */
public record SourceHealth(
        String sourceId,
        boolean healthy,
        String reason,
        int consecutiveFailures,
        Instant lastPoll,
        Instant lastSuccess) {

    public static SourceHealth unknown(String sourceId) {
        return new SourceHealth(sourceId, true, "not polled yet", 0, null, null);
    }

    public SourceHealth succeeded(Instant now, String detail) {
        return new SourceHealth(sourceId, true, detail, 0, now, now);
    }

    public SourceHealth failed(Instant now, String why) {
        return new SourceHealth(sourceId, false, why, consecutiveFailures + 1, now, lastSuccess);
    }
}
