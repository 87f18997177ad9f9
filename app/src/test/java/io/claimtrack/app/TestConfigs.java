package io.claimtrack.app;

import io.claimtrack.config.ElasticsearchSettings;
import io.claimtrack.config.KafkaSettings;
import io.claimtrack.devstack.StackEndpoints;

/** Configurations for tests that share one cluster: every name carries the test's own prefix. */
final class TestConfigs {
    private TestConfigs() {}

    static ClaimtrackConfig isolated(StackEndpoints stack, String prefix) {
        ClaimtrackConfig d = ClaimtrackConfig.defaults();
        return new ClaimtrackConfig(
                KafkaSettings.of(stack.kafkaBootstrap()).withTopicPrefix(prefix + "."),
                ElasticsearchSettings.of(stack.elasticsearchUrl()).withIndexPrefix(prefix),
                d.ingest().withGroup(prefix + "-ingest", 3),
                d.streams().withApplicationId(prefix + "-streams"),
                d.indexer().withGroupId(prefix + "-indexer"),
                d.feed());
    }
}
