package io.claimtrack.config;

import io.claimtrack.model.kafka.Topic;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;

/**
 * How a service reaches Kafka: bootstrap servers, extra client properties passed through verbatim,
 * and an optional topic-name prefix (tests share one broker; every test gets its own prefix).
 *
 * @param properties client properties ({@code kafka.*} keys of the config) given to every client
 */
public record KafkaSettings(
        String bootstrapServers, Map<String, String> properties, String topicPrefix) {

    public KafkaSettings {
        Objects.requireNonNull(bootstrapServers, "kafka.bootstrap-servers");
        if (bootstrapServers.isBlank()) {
            throw new IllegalArgumentException(
                    "kafka.bootstrap-servers must name at least one host:port");
        }
        properties = properties == null ? Map.of() : Map.copyOf(properties);
        topicPrefix = topicPrefix == null ? "" : topicPrefix;
    }

    public static KafkaSettings of(String bootstrapServers) {
        return new KafkaSettings(bootstrapServers, Map.of(), "");
    }

    public KafkaSettings withTopicPrefix(String prefix) {
        return new KafkaSettings(bootstrapServers, properties, prefix);
    }

    /** The topic as this deployment names it (prefix applied). */
    public <K, V> Topic<K, V> topic(Topic<K, V> topic) {
        return topicPrefix.isEmpty() ? topic : topic.withPrefix(topicPrefix);
    }

    /** Base client properties: bootstrap servers plus the pass-through properties. */
    public Properties clientProperties() {
        Properties p = new Properties();
        p.putAll(properties);
        p.put("bootstrap.servers", bootstrapServers);
        return p;
    }
}
