package io.claimtrack.indexer;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._helpers.bulk.BulkIngester;
import co.elastic.clients.elasticsearch._helpers.bulk.BulkListener;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import co.elastic.clients.transport.BackoffPolicy;
import io.claimtrack.model.kafka.DeadLetters;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.producer.Producer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Elasticsearch side of the indexer: a {@link BulkIngester} (size and time flush, its own
 * backoff on 429), item outcomes turned into finished offsets, dead letters or retries, and a retry
 * queue with exponential backoff that the consumer thread drains when it is due.
 */
final class BulkSink implements BulkListener<InFlight>, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(BulkSink.class);
    static final String STAGE = "indexer";

    private final BulkIngester<InFlight> ingester;
    private final Producer<byte[], byte[]> dlqProducer;
    private final String dlqTopic;
    private final OffsetTracker tracker;
    private final IndexerConfig config;
    private final Queue<InFlight> retries = new ConcurrentLinkedQueue<>();
    private final Map<IndexKind, AtomicLong> indexed = new EnumMap<>(IndexKind.class);
    private final AtomicLong unchanged = new AtomicLong();
    private final AtomicLong deadLettered = new AtomicLong();
    private final AtomicLong retried = new AtomicLong();
    private final AtomicLong failedBulks = new AtomicLong();
    private volatile boolean healthy = true;
    private volatile long backoffMillis;
    private volatile long retryDueAt;

    BulkSink(
            ElasticsearchClient client,
            Producer<byte[], byte[]> dlqProducer,
            String dlqTopic,
            OffsetTracker tracker,
            IndexerConfig config) {
        this.dlqProducer = dlqProducer;
        this.dlqTopic = dlqTopic;
        this.tracker = tracker;
        this.config = config;
        this.backoffMillis = config.retryBackoff().toMillis();
        for (IndexKind kind : IndexKind.values()) {
            indexed.put(kind, new AtomicLong());
        }
        this.ingester =
                BulkIngester.of(
                        b ->
                                b.client(client)
                                        .maxOperations(config.bulkActions())
                                        .maxSize(config.bulkBytes())
                                        .maxConcurrentRequests(config.concurrentRequests())
                                        .flushInterval(
                                                config.flushInterval().toMillis(),
                                                TimeUnit.MILLISECONDS)
                                        .backoffPolicy(
                                                BackoffPolicy.exponentialBackoff(
                                                        config.retryBackoff().toMillis(), 5))
                                        .globalSettings(g -> g.requireAlias(true))
                                        .listener(this));
    }

    /** Queues one operation; blocks while the ingester's buffer and request slots are full. */
    void add(InFlight item) {
        ingester.add(item.operation(), item);
    }

    /** Sends a record to the dead-letter topic; its offset finishes once Kafka has it. */
    void deadLetter(InFlight item, Exception error) {
        dlqProducer.send(
                DeadLetters.record(dlqTopic, STAGE, item.origin(), item.key(), item.value(), error),
                (meta, failure) -> {
                    if (failure == null) {
                        deadLettered.incrementAndGet();
                        tracker.finish(item.partition(), item.offset());
                    } else {
                        // Never drop: keep the offset open; the record is retried via the queue.
                        LOG.error("dead letter for {} failed; will retry", item.origin(), failure);
                        scheduleRetry(List.of(item));
                    }
                });
    }

    /** Re-adds due retries; called by the consumer thread. Returns how many were re-added. */
    int drainDueRetries(long nowMillis) {
        if (retries.isEmpty() || nowMillis < retryDueAt) {
            return 0;
        }
        int n = 0;
        for (InFlight item; (item = retries.poll()) != null; n++) {
            if (item.operation() == null) {
                deadLetter(item, new IllegalStateException("unreadable record"));
            } else {
                add(item);
            }
        }
        retried.addAndGet(n);
        return n;
    }

    /** True while Elasticsearch answers and nothing waits for a retry. */
    boolean accepting() {
        return healthy && retries.isEmpty();
    }

    boolean hasRetries() {
        return !retries.isEmpty();
    }

    void flush() {
        ingester.flush();
    }

    int pendingOperations() {
        return ingester.pendingOperations();
    }

    @Override
    public void beforeBulk(long executionId, BulkRequest request, List<InFlight> contexts) {}

    @Override
    public void afterBulk(
            long executionId, BulkRequest request, List<InFlight> contexts, BulkResponse response) {
        List<InFlight> again = new ArrayList<>();
        List<BulkResponseItem> items = response.items();
        for (int i = 0; i < items.size(); i++) {
            InFlight item = contexts.get(i);
            BulkResponseItem r = items.get(i);
            String type = r.error() == null ? null : r.error().type();
            String reason = r.error() == null ? null : r.error().reason();
            switch (ItemOutcome.of(r.status(), item.isDelete(), type, reason)) {
                case ItemOutcome.Indexed ok -> {
                    indexed.get(item.kind()).incrementAndGet();
                    tracker.finish(item.partition(), item.offset());
                }
                case ItemOutcome.Unchanged u -> {
                    unchanged.incrementAndGet();
                    tracker.finish(item.partition(), item.offset());
                }
                case ItemOutcome.Rejected rej ->
                        deadLetter(
                                item,
                                new IndexRejectedException(
                                        r.index(), r.id(), rej.status(), rej.reason()));
                case ItemOutcome.Retry retry -> again.add(item);
            }
        }
        healthy = true;
        backoffMillis = config.retryBackoff().toMillis();
        if (!again.isEmpty()) {
            LOG.warn("{} bulk items failed transiently; retrying", again.size());
            scheduleRetry(again);
        }
    }

    @Override
    public void afterBulk(
            long executionId, BulkRequest request, List<InFlight> contexts, Throwable failure) {
        failedBulks.incrementAndGet();
        healthy = false;
        LOG.warn(
                "bulk of {} operations failed ({}); pausing consumption and retrying in {} ms",
                contexts.size(),
                failure.toString(),
                backoffMillis);
        scheduleRetry(contexts);
    }

    private void scheduleRetry(List<InFlight> items) {
        long wait = backoffMillis;
        backoffMillis = Math.min(wait * 2, config.retryMaxBackoff().toMillis());
        retryDueAt = System.currentTimeMillis() + wait;
        retries.addAll(items);
    }

    Map<IndexKind, Long> indexedCounts() {
        Map<IndexKind, Long> result = new EnumMap<>(IndexKind.class);
        indexed.forEach((k, v) -> result.put(k, v.get()));
        return result;
    }

    long unchanged() {
        return unchanged.get();
    }

    long deadLettered() {
        return deadLettered.get();
    }

    long retried() {
        return retried.get();
    }

    long failedBulks() {
        return failedBulks.get();
    }

    @Override
    public void close() {
        ingester.close();
    }
}
