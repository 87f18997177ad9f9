package io.claimtrack.linking;

import java.util.HashMap;
import java.util.Map;

/** The little of a key-value store the linking logic needs; backed by a state store or a map. */
public interface KeyValues<V> {
    /** The value under {@code key}, or null. */
    V get(String key);

    void put(String key, V value);

    void delete(String key);

    /** An in-memory store, for tests and benchmarks of the pure logic. */
    static <V> KeyValues<V> inMemory() {
        Map<String, V> map = new HashMap<>();
        return new KeyValues<>() {
            @Override
            public V get(String key) {
                return map.get(key);
            }

            @Override
            public void put(String key, V value) {
                map.put(key, value);
            }

            @Override
            public void delete(String key) {
                map.remove(key);
            }
        };
    }
}
