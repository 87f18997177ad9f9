package io.claimtrack.streams;

import io.claimtrack.config.KafkaSettings;
import io.claimtrack.model.kafka.Topic;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;

/** Creates the topics a service needs when they are missing; compacted ones with compaction. */
public final class TopicSetup {
    private TopicSetup() {}

    public static void ensure(KafkaSettings kafka, List<Topic<?, ?>> topics, int partitions) {
        try (Admin admin = Admin.create(kafka.clientProperties())) {
            Set<String> existing = admin.listTopics().names().get();
            List<NewTopic> missing = new ArrayList<>();
            for (Topic<?, ?> t : topics) {
                if (!existing.contains(t.name())) {
                    NewTopic nt =
                            new NewTopic(
                                    t.name(),
                                    java.util.Optional.of(partitions),
                                    java.util.Optional.empty());
                    if (t.compacted()) {
                        nt.configs(
                                Map.of(
                                        TopicConfig.CLEANUP_POLICY_CONFIG,
                                        TopicConfig.CLEANUP_POLICY_COMPACT));
                    }
                    missing.add(nt);
                }
            }
            if (!missing.isEmpty()) {
                admin.createTopics(missing).all().get();
            }
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw new IllegalStateException(
                        "cannot create topics on "
                                + kafka.bootstrapServers()
                                + ": "
                                + e.getCause().getMessage(),
                        e);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while creating topics", e);
        }
    }
}
