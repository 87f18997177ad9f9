package io.claimtrack.ingest.kafka;

import io.claimtrack.config.KafkaSettings;
import io.claimtrack.ingest.crawl.FetchTask;
import io.claimtrack.model.kafka.JsonSerde;
import io.claimtrack.model.kafka.Topic;
import io.claimtrack.model.kafka.Topics;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.serialization.Serdes;

/** The ingest module's internal topics, declared once, and their creation. */
public final class IngestTopics {
    private IngestTopics() {}

    /** Fetch tasks keyed by host, so one consumer (one instance) owns each host's politeness. */
    public static final Topic<String, FetchTask> FETCH_TASKS =
            new Topic<>("fetch-tasks.v1", Serdes.String(), new JsonSerde<>(FetchTask.class), false);

    /**
     * Seen canonical URLs ({@code u:...}) and content hashes ({@code h:...}); compacted, so it
     * holds one record per key and is re-read at start-up by every instance.
     */
    public static final Topic<String, String> SEEN =
            new Topic<>("ingest-seen.v1", Serdes.String(), Serdes.String(), true);

    /**
     * Creates the ingest topics that are missing: fetch tasks with {@code taskPartitions}, the seen
     * topic compacted, and {@code articles.v1} / {@code ingest.dlq.v1} with broker defaults when
     * the topic initialiser has not made them. Replication follows the broker default.
     */
    public static void ensure(KafkaSettings kafka, int taskPartitions) {
        try (Admin admin = Admin.create(kafka.clientProperties())) {
            Set<String> existing = admin.listTopics().names().get(30, TimeUnit.SECONDS);
            List<NewTopic> wanted = new ArrayList<>();
            add(
                    wanted,
                    existing,
                    kafka.topic(FETCH_TASKS).name(),
                    Optional.of(taskPartitions),
                    Map.of());
            add(
                    wanted,
                    existing,
                    kafka.topic(SEEN).name(),
                    Optional.of(Math.min(taskPartitions, 6)),
                    Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT));
            add(wanted, existing, kafka.topic(Topics.ARTICLES).name(), Optional.empty(), Map.of());
            add(
                    wanted,
                    existing,
                    kafka.topic(Topics.INGEST_DLQ).name(),
                    Optional.empty(),
                    Map.of());
            for (var f : admin.createTopics(wanted).values().values()) {
                try {
                    f.get(30, TimeUnit.SECONDS);
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw new IllegalStateException(
                                "cannot create ingest topics: " + e.getCause().getMessage(), e);
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while creating topics", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException(
                    "cannot reach Kafka at " + kafka.bootstrapServers() + ": " + e.getMessage(), e);
        }
    }

    private static void add(
            List<NewTopic> wanted,
            Set<String> existing,
            String name,
            Optional<Integer> partitions,
            Map<String, String> configs) {
        if (!existing.contains(name)) {
            wanted.add(new NewTopic(name, partitions, Optional.empty()).configs(configs));
        }
    }
}
