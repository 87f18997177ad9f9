package io.claimtrack.indexer;

import co.elastic.clients.elasticsearch._types.VersionType;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.util.BinaryData;
import io.claimtrack.config.ElasticsearchSettings;
import io.claimtrack.config.KafkaSettings;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.CommitFailedException;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.RebalanceInProgressException;
import org.apache.kafka.common.errors.WakeupException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The consumer thread: polls, maps records to bulk operations, pauses while Elasticsearch is
 * unavailable or too much is in flight, re-sends due retries, and commits confirmed offsets.
 */
final class ConsumerLoop implements Runnable, ConsumerRebalanceListener {
    private static final Logger LOG = LoggerFactory.getLogger(ConsumerLoop.class);
    private static final Duration POLL = Duration.ofMillis(100);
    private static final long IDLE_CHECK_NANOS = TimeUnit.MILLISECONDS.toNanos(100);

    private final KafkaConsumer<byte[], byte[]> consumer;
    private final Producer<byte[], byte[]> producer;
    private final BulkSink sink;
    private final OffsetTracker tracker;
    private final Map<String, IndexKind> topicKinds;
    private final ElasticsearchSettings es;
    private final IndexerConfig config;
    private final AtomicLong consumed = new AtomicLong();
    private volatile boolean running = true;
    private volatile boolean idleWanted;
    private volatile long idleConfirmedAt = Long.MIN_VALUE;
    private volatile Throwable failure;
    private long lastCommit = System.nanoTime();
    private long lastIdleCheck;
    private boolean paused;

    ConsumerLoop(
            KafkaConsumer<byte[], byte[]> consumer,
            Producer<byte[], byte[]> producer,
            BulkSink sink,
            OffsetTracker tracker,
            KafkaSettings kafka,
            ElasticsearchSettings es,
            IndexerConfig config) {
        this.consumer = consumer;
        this.producer = producer;
        this.sink = sink;
        this.tracker = tracker;
        this.topicKinds = IndexerService.topicKinds(kafka, config);
        this.es = es;
        this.config = config;
    }

    @Override
    public void run() {
        try {
            consumer.subscribe(topicKinds.keySet(), this);
            while (running) {
                sink.drainDueRetries(System.currentTimeMillis());
                adjustPause();
                for (ConsumerRecord<byte[], byte[]> r : consumer.poll(POLL)) {
                    handle(r);
                }
                commit(false);
                if (idleWanted) {
                    checkIdle();
                }
            }
        } catch (WakeupException e) {
            if (running) {
                failure = e;
            }
        } catch (RuntimeException | Error e) {
            failure = e;
            LOG.error("indexer consumer thread failed", e);
        } finally {
            shutdown();
        }
    }

    private void handle(ConsumerRecord<byte[], byte[]> r) {
        TopicPartition tp = new TopicPartition(r.topic(), r.partition());
        tracker.start(tp, r.offset());
        consumed.incrementAndGet();
        IndexKind kind = topicKinds.get(r.topic());
        String key = r.key() == null ? null : new String(r.key(), StandardCharsets.UTF_8);
        switch (DocumentMapper.map(kind, key, r.value())) {
            case MappedRecord.Upsert u ->
                    sink.add(
                            new InFlight(
                                    kind, tp, r.offset(), r.key(), r.value(), index(u.document())));
            case MappedRecord.Delete d ->
                    sink.add(new InFlight(kind, tp, r.offset(), r.key(), null, delete(d)));
            case MappedRecord.Invalid i ->
                    sink.deadLetter(
                            new InFlight(kind, tp, r.offset(), r.key(), r.value(), null),
                            i.error());
        }
    }

    private BulkOperation index(IndexDocument doc) {
        String alias = es.index(doc.kind().suffix());
        BinaryData source = BinaryData.of(doc.source(), "application/json");
        return BulkOperation.of(
                b ->
                        b.index(
                                i -> {
                                    i.index(alias).id(doc.id()).document(source);
                                    if (doc.version() != null) {
                                        i.version(doc.version())
                                                .versionType(VersionType.ExternalGte);
                                    }
                                    return i;
                                }));
    }

    private BulkOperation delete(MappedRecord.Delete d) {
        String alias = es.index(d.kind().suffix());
        return BulkOperation.of(b -> b.delete(x -> x.index(alias).id(d.id())));
    }

    private void adjustPause() {
        boolean shouldPause =
                !sink.accepting() || tracker.inFlight() >= config.maxInFlightRecords();
        if (shouldPause) {
            consumer.pause(consumer.assignment());
            if (!paused) {
                LOG.info(
                        "pausing consumption ({} in flight, Elasticsearch {})",
                        tracker.inFlight(),
                        sink.accepting() ? "busy" : "unavailable");
            }
        } else if (paused) {
            consumer.resume(consumer.paused());
            LOG.info("resuming consumption");
        }
        paused = shouldPause;
    }

    private void commit(boolean now) {
        if (!now && System.nanoTime() - lastCommit < config.commitInterval().toNanos()) {
            return;
        }
        lastCommit = System.nanoTime();
        Map<TopicPartition, OffsetAndMetadata> offsets = tracker.committable();
        offsets.keySet().retainAll(consumer.assignment());
        if (offsets.isEmpty()) {
            return;
        }
        try {
            consumer.commitSync(offsets);
            tracker.markCommitted(offsets);
        } catch (CommitFailedException | RebalanceInProgressException e) {
            LOG.warn(
                    "offset commit failed ({}); the records will be re-read and re-indexed",
                    e.toString());
        }
    }

    private void checkIdle() {
        long started = System.nanoTime();
        if (started - lastIdleCheck < IDLE_CHECK_NANOS) {
            return;
        }
        lastIdleCheck = started;
        Set<TopicPartition> assignment = consumer.assignment();
        Set<String> topics =
                assignment.stream().map(TopicPartition::topic).collect(Collectors.toSet());
        if (!topics.containsAll(topicKinds.keySet())
                || tracker.inFlight() > 0
                || sink.hasRetries()
                || sink.pendingOperations() > 0) {
            return;
        }
        commit(true);
        if (!tracker.committable().isEmpty()) {
            return;
        }
        Map<TopicPartition, Long> ends = consumer.endOffsets(assignment, Duration.ofSeconds(5));
        for (TopicPartition tp : assignment) {
            if (consumer.position(tp) < ends.getOrDefault(tp, 0L)) {
                return;
            }
        }
        idleConfirmedAt = started;
    }

    @Override
    public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
        sink.flush();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (tracker.inFlight() > 0 && !sink.hasRetries() && System.nanoTime() < deadline) {
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(20));
        }
        commit(true);
        partitions.forEach(tracker::forget);
    }

    @Override
    public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
        LOG.debug("assigned {}", partitions);
    }

    @Override
    public void onPartitionsLost(Collection<TopicPartition> partitions) {
        partitions.forEach(tracker::forget);
    }

    private void shutdown() {
        try {
            sink.close();
            commit(true);
        } catch (RuntimeException e) {
            LOG.warn("final flush or commit failed; uncommitted records will be re-indexed", e);
        } finally {
            consumer.close(Duration.ofSeconds(10));
            producer.close(Duration.ofSeconds(10));
        }
    }

    void requestIdleCheck() {
        idleWanted = true;
    }

    boolean idleConfirmedAfter(long nanoTime) {
        return idleConfirmedAt != Long.MIN_VALUE && idleConfirmedAt - nanoTime > 0;
    }

    void stop() {
        running = false;
        consumer.wakeup();
    }

    long consumed() {
        return consumed.get();
    }

    Optional<Throwable> failure() {
        return Optional.ofNullable(failure);
    }
}
