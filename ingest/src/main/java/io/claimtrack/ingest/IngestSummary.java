package io.claimtrack.ingest;

import io.claimtrack.ingest.crawl.Outcome;
import io.claimtrack.ingest.crawl.SourceHealth;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The result of a one-shot run: what happened to every task, the health of every source, and the
 * first failures in detail.
 *
 * @param complete false when the run hit its timeout with tasks still pending
 * @param byStatus finished tasks by status (produced, duplicate, listed, failed, ...)
 * @param failures "url: reason" of failed, refused or not-HTML tasks (at most 200)
 */
public record IngestSummary(
        boolean complete,
        int sources,
        int produced,
        int duplicates,
        int failed,
        Map<Outcome.Status, Integer> byStatus,
        Map<String, SourceHealth> sourceHealth,
        List<String> failures,
        Duration took) {

    public IngestSummary {
        byStatus = Map.copyOf(byStatus);
        sourceHealth = Map.copyOf(sourceHealth);
        failures = List.copyOf(failures);
    }

    /** Sources whose last poll failed, with the reason. */
    public Map<String, String> unhealthy() {
        return sourceHealth.values().stream()
                .filter(h -> !h.healthy())
                .collect(
                        java.util.stream.Collectors.toMap(
                                SourceHealth::sourceId, SourceHealth::reason));
    }
}
