package io.claimtrack.streams;

import io.claimtrack.linking.KeyValues;
import org.apache.kafka.streams.state.KeyValueStore;

/** A state store seen through the linking logic's {@link KeyValues}. */
record StoreKeyValues<V>(KeyValueStore<String, V> store) implements KeyValues<V> {
    @Override
    public V get(String key) {
        return store.get(key);
    }

    @Override
    public void put(String key, V value) {
        store.put(key, value);
    }

    @Override
    public void delete(String key) {
        store.delete(key);
    }
}
