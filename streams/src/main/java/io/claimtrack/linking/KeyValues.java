package io.claimtrack.linking;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/** The little of a key-value store the linking logic needs; backed by a state store or a map. */
public interface KeyValues<V> {
    /** The value under {@code key}, or null. */
    V get(String key);

    void put(String key, V value);

    void delete(String key);

    /**
     * {@code backing} with the {@code capacity} most recently used values kept as objects, written
     * through. Valid only while nothing else writes {@code backing}; the linker builds a new one
     * whenever its task is (re)initialised, after the store is restored or rolled back.
     */
    static <V> KeyValues<V> cached(KeyValues<V> backing, int capacity) {
        Map<String, V> recent = lru(capacity);
        return new KeyValues<>() {
            @Override
            public V get(String key) {
                V v = recent.get(key);
                if (v == null) {
                    v = backing.get(key);
                    if (v != null) {
                        recent.put(key, v);
                    }
                }
                return v;
            }

            @Override
            public void put(String key, V value) {
                backing.put(key, value);
                recent.put(key, value);
            }

            @Override
            public void delete(String key) {
                backing.delete(key);
                recent.remove(key);
            }
        };
    }

    /** A map that forgets its least recently used entry past {@code capacity}. */
    static <K, V> Map<K, V> lru(int capacity) {
        return new LinkedHashMap<>(capacity * 4 / 3 + 1, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > capacity;
            }
        };
    }

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
