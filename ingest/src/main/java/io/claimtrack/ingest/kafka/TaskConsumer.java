package io.claimtrack.ingest.kafka;

import io.claimtrack.config.KafkaSettings;
import io.claimtrack.ingest.crawl.Crawler;
import io.claimtrack.ingest.crawl.FetchTask;
import io.claimtrack.ingest.crawl.SourceScheduler;
import io.claimtrack.ingest.crawl.TaskProcessor;
import io.claimtrack.ingest.crawl.TaskRouter;
import io.claimtrack.ingest.source.SourceConfig;
import io.claimtrack.model.kafka.DeadLetters;
import io.claimtrack.model.kafka.Topic;
import io.claimtrack.model.kafka.Topics;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.clients.consumer.CloseOptions;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.utils.Utils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Scale-out: reads {@code fetch-tasks.v1} (keyed by host) in a consumer group, so each host and the
 * sources on it belong to exactly one instance at a time. Offsets are committed only once tasks are
 * done (their articles and seen marks acknowledged), so a dead instance's unfinished tasks go to
 * the instance that takes its partitions, which skips what was already seen.
 */
public final class TaskConsumer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(TaskConsumer.class);

    private final Crawler crawler;
    private final SourceScheduler scheduler;
    private final List<SourceConfig> sources;
    private final KafkaSeenStore seen;
    private final int maxQueued;
    private final Topic<String, FetchTask> topic;
    private final KafkaConsumer<String, byte[]> consumer;
    private final KafkaProducer<byte[], byte[]> deadLetters;
    private final String dlqTopic;
    private final KafkaProducer<String, FetchTask> producer;
    private final OffsetTracker<TopicPartition> offsets = new OffsetTracker<>();
    private final Set<TopicPartition> owned = ConcurrentHashMap.newKeySet();
    private final Thread loop;
    private volatile int partitionCount;
    private volatile boolean open = true;
    private volatile boolean crashed;

    public TaskConsumer(
            KafkaSettings kafka,
            String groupId,
            Crawler crawler,
            SourceScheduler scheduler,
            List<SourceConfig> sources,
            KafkaSeenStore seen,
            int maxQueued) {
        this.crawler = crawler;
        this.scheduler = scheduler;
        this.sources = sources;
        this.seen = seen;
        this.maxQueued = maxQueued;
        this.topic = kafka.topic(IngestTopics.FETCH_TASKS);
        Properties c = kafka.clientProperties();
        c.put(ConsumerConfig.GROUP_ID_CONFIG, groupId);
        c.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        c.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        c.putIfAbsent(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "500");
        // Values are read as bytes and parsed per record, so that one unreadable task goes to the
        // dead-letter topic instead of failing every poll (and stopping this consumer) for good.
        this.consumer =
                new KafkaConsumer<>(
                        c, topic.keySerde().deserializer(), new ByteArrayDeserializer());
        this.dlqTopic = kafka.topic(Topics.INGEST_DLQ).name();
        this.deadLetters =
                new KafkaProducer<>(
                        KafkaArticleSink.producerProperties(kafka, "ingest-dlq"),
                        new ByteArraySerializer(),
                        new ByteArraySerializer());
        this.producer =
                new KafkaProducer<>(
                        KafkaArticleSink.producerProperties(kafka, "ingest-tasks"),
                        topic.keySerde().serializer(),
                        topic.valueSerde().serializer());
        this.partitionCount = consumer.partitionsFor(topic.name(), Duration.ofSeconds(30)).size();
        crawler.setLiveTags(
                tag -> tag == null || !(tag instanceof TopicPartition tp) || owned.contains(tp));
        this.loop = Thread.ofPlatform().name("ingest-tasks").start(this::run);
    }

    /** The router that puts discovered tasks on the topic, keyed by host. */
    public TaskRouter router() {
        return task -> {
            String host = TaskProcessor.hostKey(URI.create(task.url()));
            producer.send(
                    new ProducerRecord<>(topic.name(), host, task),
                    (md, e) -> {
                        if (e != null) {
                            LOG.warn("cannot queue {}: {}", task.url(), e.toString());
                        }
                    });
        };
    }

    /** The task partition that owns {@code host} (the producer's default partitioning). */
    public TopicPartition partitionOf(String host) {
        byte[] key = host.getBytes(StandardCharsets.UTF_8);
        return new TopicPartition(
                topic.name(), Utils.toPositive(Utils.murmur2(key)) % partitionCount);
    }

    /** Partitions this instance owns now. */
    public Set<TopicPartition> owned() {
        return Set.copyOf(owned);
    }

    private void run() {
        consumer.subscribe(List.of(topic.name()), new Rebalance());
        long lastCommit = 0;
        try {
            while (open) {
                for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(100))) {
                    accept(r);
                }
                if (System.currentTimeMillis() - lastCommit > 200) {
                    commit();
                    lastCommit = System.currentTimeMillis();
                }
                flowControl();
            }
        } catch (WakeupException e) {
            // closing
        } catch (RuntimeException e) {
            LOG.error("fetch-task consumer stopped", e);
        } finally {
            if (!crashed) {
                commitQuietly();
            }
            // A crash stays in the group: the others take over after the session timeout, as
            // they would after a kill -9.
            consumer.close(
                    crashed
                            ? CloseOptions.timeout(Duration.ZERO)
                                    .withGroupMembershipOperation(
                                            CloseOptions.GroupMembershipOperation.REMAIN_IN_GROUP)
                            : CloseOptions.timeout(Duration.ofSeconds(10)));
        }
    }

    private void accept(ConsumerRecord<String, byte[]> r) {
        TopicPartition tp = new TopicPartition(r.topic(), r.partition());
        if (r.value() == null) {
            return; // a tombstone: nothing to fetch
        }
        offsets.received(tp, r.offset());
        FetchTask task;
        try {
            task = topic.valueSerde().deserializer().deserialize(r.topic(), r.value());
        } catch (SerializationException e) {
            deadLetter(r, e);
            offsets.completed(tp, r.offset());
            return;
        }
        crawler.submit(new Crawler.Job(task, tp, done -> offsets.completed(tp, r.offset())));
    }

    private void deadLetter(ConsumerRecord<String, byte[]> r, Exception e) {
        LOG.warn(
                "unreadable fetch task at {}-{}@{} goes to {}: {}",
                r.topic(),
                r.partition(),
                r.offset(),
                dlqTopic,
                e.getMessage());
        byte[] key = r.key() == null ? null : r.key().getBytes(StandardCharsets.UTF_8);
        var origin = new DeadLetters.Origin(r.topic(), r.partition(), r.offset());
        // Synchronous: the offset is committed after this, so the letter must be on the broker
        // first.
        try {
            deadLetters
                    .send(
                            DeadLetters.record(
                                    dlqTopic, "ingest.fetch-task", origin, key, r.value(), e))
                    .get();
        } catch (InterruptedException ie) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while dead-lettering a fetch task", ie);
        } catch (java.util.concurrent.ExecutionException ee) {
            throw new IllegalStateException(
                    "cannot dead-letter a fetch task: " + ee.getCause(), ee);
        }
    }

    private void flowControl() {
        Collection<TopicPartition> assigned = consumer.assignment();
        if (crawler.backlog() > maxQueued) {
            consumer.pause(assigned);
        } else if (!consumer.paused().isEmpty()) {
            consumer.resume(consumer.paused());
        }
    }

    private void commit() {
        Map<TopicPartition, Long> ready = offsets.toCommit(owned::contains);
        if (ready.isEmpty()) {
            return;
        }
        // Tasks discovered by finished tasks must be on the topic before their parents commit.
        producer.flush();
        Map<TopicPartition, OffsetAndMetadata> commit = new HashMap<>();
        ready.forEach((tp, o) -> commit.put(tp, new OffsetAndMetadata(o)));
        if (!commit.isEmpty()) {
            consumer.commitSync(commit);
        }
    }

    private void commitQuietly() {
        try {
            commit();
        } catch (RuntimeException e) {
            LOG.warn("final commit failed: {}", e.toString());
        }
    }

    private void updateSources() {
        List<SourceConfig> mine = new ArrayList<>();
        for (SourceConfig s : sources) {
            if (owned.contains(partitionOf(TaskProcessor.hostKey(s.url())))) {
                mine.add(s);
            }
        }
        scheduler.setActive(mine);
    }

    private final class Rebalance implements ConsumerRebalanceListener {
        @Override
        public void onPartitionsRevoked(Collection<TopicPartition> parts) {
            release(parts, true);
        }

        @Override
        public void onPartitionsLost(Collection<TopicPartition> parts) {
            release(parts, false);
        }

        @Override
        public void onPartitionsAssigned(Collection<TopicPartition> parts) {
            if (parts.isEmpty()) {
                return;
            }
            partitionCount = Math.max(partitionCount, consumer.partitionsFor(topic.name()).size());
            // Whatever the previous owner produced must be known before we repeat its work.
            if (!seen.awaitCaughtUp(Duration.ofSeconds(30))) {
                LOG.warn("seen topic not caught up after 30 s; duplicates possible");
            }
            // The previous owner may have contacted these hosts a moment ago.
            crawler.holdAllHosts();
            owned.addAll(parts);
            LOG.info("owns task partitions {}", owned);
            updateSources();
        }

        private void release(Collection<TopicPartition> parts, boolean commit) {
            if (parts.isEmpty()) {
                return;
            }
            owned.removeAll(parts);
            updateSources();
            Set<TopicPartition> gone = Set.copyOf(parts);
            crawler.drop(gone::contains);
            try {
                crawler.awaitIdle(gone::contains, Duration.ofSeconds(30));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (commit && !crashed) {
                Map<TopicPartition, Long> ready = offsets.toCommit(gone::contains);
                producer.flush();
                Map<TopicPartition, OffsetAndMetadata> c = new HashMap<>();
                ready.forEach(
                        (tp, o) -> {
                            if (gone.contains(tp)) {
                                c.put(tp, new OffsetAndMetadata(o));
                            }
                        });
                try {
                    consumer.commitSync(c);
                } catch (RuntimeException e) {
                    LOG.warn("commit on revoke failed: {}", e.toString());
                }
            }
            gone.forEach(offsets::forget);
        }
    }

    /** Stops abruptly, committing nothing, as a killed process would (for failover tests). */
    public void crash() {
        crashed = true;
        owned.clear();
        close();
    }

    @Override
    public void close() {
        open = false;
        consumer.wakeup();
        try {
            loop.join(30_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        producer.close(Duration.ofSeconds(5));
        deadLetters.close(Duration.ofSeconds(5));
    }
}
