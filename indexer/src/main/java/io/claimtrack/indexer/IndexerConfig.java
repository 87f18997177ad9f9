package io.claimtrack.indexer;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Settings of the indexer service, validated at construction; every bad key is named at once.
 *
 * @param groupId Kafka consumer group
 * @param kinds which topics to index (default: all six)
 * @param bulkActions flush a bulk request at this many operations
 * @param bulkBytes flush a bulk request at this many bytes
 * @param flushInterval flush a non-empty bulk request at least this often
 * @param concurrentRequests bulk requests in flight at once
 * @param maxInFlightRecords pause consumption while this many records await Elasticsearch
 * @param retryBackoff first wait before resending a failed bulk (doubles up to retryMaxBackoff)
 * @param retryMaxBackoff longest wait between retries while Elasticsearch is unavailable
 * @param commitInterval commit confirmed offsets at least this often
 * @param createTopics create missing source topics at start (broker defaults for partitions)
 */
public record IndexerConfig(
        String groupId,
        Set<IndexKind> kinds,
        int bulkActions,
        long bulkBytes,
        Duration flushInterval,
        int concurrentRequests,
        int maxInFlightRecords,
        Duration retryBackoff,
        Duration retryMaxBackoff,
        Duration commitInterval,
        boolean createTopics) {

    public IndexerConfig {
        kinds =
                kinds == null || kinds.isEmpty()
                        ? EnumSet.allOf(IndexKind.class)
                        : Set.copyOf(kinds);
        List<String> errors = new ArrayList<>();
        if (groupId == null || groupId.isBlank()) {
            errors.add("indexer.group-id must not be blank");
        }
        range(errors, "indexer.bulk-actions", bulkActions, 1, 100_000);
        range(errors, "indexer.bulk-bytes", bulkBytes, 1024, 100L * 1024 * 1024);
        duration(errors, "indexer.flush-interval", flushInterval, Duration.ofMillis(10));
        range(errors, "indexer.concurrent-requests", concurrentRequests, 1, 16);
        range(errors, "indexer.max-in-flight-records", maxInFlightRecords, 1, 1_000_000);
        duration(errors, "indexer.retry-backoff", retryBackoff, Duration.ofMillis(1));
        duration(errors, "indexer.retry-max-backoff", retryMaxBackoff, Duration.ofMillis(1));
        duration(errors, "indexer.commit-interval", commitInterval, Duration.ofMillis(10));
        if (retryBackoff != null
                && retryMaxBackoff != null
                && retryMaxBackoff.compareTo(retryBackoff) < 0) {
            errors.add("indexer.retry-max-backoff must be >= indexer.retry-backoff");
        }
        if (!errors.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", errors));
        }
    }

    /** Sane defaults for one indexer beside a single Elasticsearch node. */
    public static IndexerConfig defaults() {
        return new IndexerConfig(
                "claimtrack-indexer",
                EnumSet.allOf(IndexKind.class),
                1000,
                5L * 1024 * 1024,
                Duration.ofMillis(500),
                2,
                20_000,
                Duration.ofMillis(200),
                Duration.ofSeconds(5),
                Duration.ofSeconds(1),
                true);
    }

    /** The same settings with another consumer group (tests use a unique one). */
    public IndexerConfig withGroupId(String id) {
        return new IndexerConfig(
                id,
                kinds,
                bulkActions,
                bulkBytes,
                flushInterval,
                concurrentRequests,
                maxInFlightRecords,
                retryBackoff,
                retryMaxBackoff,
                commitInterval,
                createTopics);
    }

    /** The same settings indexing only {@code only}. */
    public IndexerConfig withKinds(Set<IndexKind> only) {
        return new IndexerConfig(
                groupId,
                only,
                bulkActions,
                bulkBytes,
                flushInterval,
                concurrentRequests,
                maxInFlightRecords,
                retryBackoff,
                retryMaxBackoff,
                commitInterval,
                createTopics);
    }

    private static void range(List<String> errors, String key, long value, long min, long max) {
        if (value < min || value > max) {
            errors.add(key + " must be between " + min + " and " + max + ", got " + value);
        }
    }

    private static void duration(List<String> errors, String key, Duration value, Duration min) {
        if (value == null || value.compareTo(min) < 0) {
            errors.add(key + " must be at least " + min + ", got " + value);
        }
    }
}
