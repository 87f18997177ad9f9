package io.claimtrack.model.kafka;

import io.claimtrack.config.KafkaSettings;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;

/**
 * Creates claimtrack's topics as the code declares them (compaction included), so that a fresh
 * cluster, the dev stack and every test see the same layout. Existing topics are left alone.
 */
public final class TopicAdmin {
    private TopicAdmin() {}

    /** What to create. */
    public record Layout(int partitions, short replicationFactor) {
        public Layout {
            if (partitions < 1) {
                throw new IllegalArgumentException("partitions must be >= 1, got " + partitions);
            }
            if (replicationFactor < 1) {
                throw new IllegalArgumentException(
                        "replication factor must be >= 1, got " + replicationFactor);
            }
        }

        /** One broker, a few partitions so that several instances can share the work. */
        public static Layout dev() {
            return new Layout(3, (short) 1);
        }
    }

    /** Creates the missing ones of {@code topics}; returns the names it created. */
    public static List<String> ensure(
            KafkaSettings kafka, List<Topic<?, ?>> topics, Layout layout) {
        var props = kafka.clientProperties();
        props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, "15000");
        props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "30000");
        try (Admin admin = Admin.create(props)) {
            Set<String> existing = admin.listTopics().names().get(30, TimeUnit.SECONDS);
            List<NewTopic> wanted = new ArrayList<>();
            for (Topic<?, ?> t : topics) {
                String name = kafka.topic(t).name();
                if (!existing.contains(name)) {
                    NewTopic nt =
                            new NewTopic(name, layout.partitions(), layout.replicationFactor());
                    if (t.compacted()) {
                        nt.configs(
                                Map.of(
                                        TopicConfig.CLEANUP_POLICY_CONFIG,
                                        TopicConfig.CLEANUP_POLICY_COMPACT));
                    }
                    wanted.add(nt);
                }
            }
            List<String> created = new ArrayList<>();
            var result = admin.createTopics(wanted);
            for (var e : result.values().entrySet()) {
                try {
                    e.getValue().get(30, TimeUnit.SECONDS);
                    created.add(e.getKey());
                } catch (ExecutionException ex) {
                    if (!(ex.getCause() instanceof TopicExistsException)) {
                        throw new IllegalStateException(
                                "cannot create topic "
                                        + e.getKey()
                                        + ": "
                                        + ex.getCause().getMessage(),
                                ex);
                    }
                }
            }
            return created;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while creating topics", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException(
                    "cannot reach Kafka at "
                            + kafka.bootstrapServers()
                            + " to create topics: "
                            + e.getMessage(),
                    e);
        }
    }
}
