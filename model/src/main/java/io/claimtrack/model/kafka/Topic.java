package io.claimtrack.model.kafka;

import java.util.Objects;
import org.apache.kafka.common.serialization.Serde;

/**
 * A topic declared once: its versioned name, its Serdes, and whether it is compacted.
 *
 * @param compacted true for topics that hold the latest state per key (claims, speakers, stories)
 */
public record Topic<K, V>(String name, Serde<K> keySerde, Serde<V> valueSerde, boolean compacted) {
    public Topic {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(keySerde, "keySerde");
        Objects.requireNonNull(valueSerde, "valueSerde");
        if (name.isBlank()) {
            throw new IllegalArgumentException("a topic needs a name");
        }
    }

    /** The same topic under a prefixed name, for tests that share one broker. */
    public Topic<K, V> withPrefix(String prefix) {
        return new Topic<>(prefix + name, keySerde, valueSerde, compacted);
    }
}
