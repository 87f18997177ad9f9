package io.claimtrack.ingest.crawl;

import java.util.Collection;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * URLs and content hashes already turned into articles. The Kafka implementation keeps them in a
 * compacted topic shared by restarts and instances; {@link #inMemory()} is for tests and tools.
 */
public interface SeenStore extends AutoCloseable {

    /** Key of a canonical URL. */
    static String urlKey(String canonicalUrl) {
        return "u:" + canonicalUrl;
    }

    /** Key of a content hash. */
    static String hashKey(String contentHash) {
        return "h:" + contentHash;
    }

    boolean contains(String key);

    /** Records the keys; returns once they are durable (so a crash cannot lose them). */
    void add(Collection<String> keys);

    @Override
    default void close() {}

    /** A store that lives and dies with the process. */
    static SeenStore inMemory() {
        Set<String> seen = ConcurrentHashMap.newKeySet();
        return new SeenStore() {
            @Override
            public boolean contains(String key) {
                return seen.contains(key);
            }

            @Override
            public void add(Collection<String> keys) {
                seen.addAll(keys);
            }
        };
    }
}
