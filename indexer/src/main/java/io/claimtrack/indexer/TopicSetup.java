package io.claimtrack.indexer;

import io.claimtrack.config.KafkaSettings;
import io.claimtrack.model.kafka.Topic;
import io.claimtrack.model.kafka.Topics;
import java.util.ArrayList;
import java.util.Collection;
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

/**
 * Creates the indexer's source topics and its dead-letter topic when missing, so a consumer
 * subscribed before the producers ran still sees them at once. Broker defaults for partitions.
 */
final class TopicSetup {
    private TopicSetup() {}

    static void createMissing(KafkaSettings kafka, Collection<IndexKind> kinds) {
        List<NewTopic> wanted = new ArrayList<>();
        for (IndexKind kind : kinds) {
            wanted.add(newTopic(kafka.topic(kind.topic())));
        }
        wanted.add(newTopic(kafka.topic(Topics.INDEXER_DLQ)));
        try (Admin admin = Admin.create(kafka.clientProperties())) {
            Set<String> existing = admin.listTopics().names().get(30, TimeUnit.SECONDS);
            List<NewTopic> missing =
                    wanted.stream().filter(t -> !existing.contains(t.name())).toList();
            for (var result : admin.createTopics(missing).values().entrySet()) {
                try {
                    result.getValue().get(30, TimeUnit.SECONDS);
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw new IllegalStateException(
                                "cannot create topic " + result.getKey(), e.getCause());
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while creating topics", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException(
                    "cannot list topics at " + kafka.bootstrapServers() + ": " + e, e);
        }
    }

    private static NewTopic newTopic(Topic<?, ?> topic) {
        NewTopic t = new NewTopic(topic.name(), Optional.empty(), Optional.empty());
        if (topic.compacted()) {
            t.configs(
                    Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT));
        }
        return t;
    }
}
