package io.claimtrack.app;

import io.claimtrack.config.ConfigBinder;
import io.claimtrack.config.ElasticsearchSettings;
import io.claimtrack.config.KafkaSettings;
import io.claimtrack.feed.FeedConfig;
import io.claimtrack.indexer.IndexerConfig;
import io.claimtrack.ingest.IngestConfig;
import io.claimtrack.streams.ClaimTopologyConfig;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * All of claimtrack's configuration, one section per service. Defaults are the sections' own; a
 * YAML file ({@code --config} or {@code CLAIMTRACK_CONFIG}) and {@code CLAIMTRACK_*} environment
 * variables override them; see {@code docs/configuration.md}.
 */
public record ClaimtrackConfig(
        KafkaSettings kafka,
        ElasticsearchSettings elasticsearch,
        IngestConfig ingest,
        ClaimTopologyConfig streams,
        IndexerConfig indexer,
        FeedConfig feed) {

    public static ClaimtrackConfig defaults() {
        return new ClaimtrackConfig(
                KafkaSettings.of("localhost:9092"),
                ElasticsearchSettings.of("http://localhost:9200"),
                IngestConfig.defaults(),
                ClaimTopologyConfig.defaults(),
                IndexerConfig.defaults(),
                FeedConfig.defaults());
    }

    public static ConfigBinder<ClaimtrackConfig> binder() {
        return new ConfigBinder<>(ClaimtrackConfig.class, defaults());
    }

    /** Loads from {@code file} (or the file named by CLAIMTRACK_CONFIG) and the environment. */
    public static ClaimtrackConfig load(Path file, Map<String, String> env) {
        Optional<Path> chosen =
                Optional.ofNullable(file)
                        .or(() -> Optional.ofNullable(env.get("CLAIMTRACK_CONFIG")).map(Path::of));
        return binder().load(chosen, env);
    }

    public ClaimtrackConfig withKafka(KafkaSettings k) {
        return new ClaimtrackConfig(k, elasticsearch, ingest, streams, indexer, feed);
    }

    public ClaimtrackConfig withElasticsearch(ElasticsearchSettings e) {
        return new ClaimtrackConfig(kafka, e, ingest, streams, indexer, feed);
    }
}
