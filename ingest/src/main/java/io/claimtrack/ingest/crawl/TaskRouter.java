package io.claimtrack.ingest.crawl;

/**
 * Where newly discovered tasks go: straight into this instance's crawler (one-shot mode) or onto
 * {@code fetch-tasks.v1}, keyed by host, for whichever instance owns that host.
 */
@FunctionalInterface
public interface TaskRouter {
    void route(FetchTask task);
}
