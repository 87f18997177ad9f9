package io.claimtrack.linking;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class KeyValuesTest {
    private final KeyValues<String> store = KeyValues.inMemory();
    private final KeyValues<String> cached = KeyValues.cached(store, 2);

    @Test
    void writesGoThroughToTheStore() {
        cached.put("a", "1");
        cached.put("b", "2");
        cached.delete("a");
        assertThat(store.get("a")).isNull();
        assertThat(store.get("b")).isEqualTo("2");
        assertThat(cached.get("a")).isNull();
    }

    @Test
    void keepsOnlyTheMostRecentlyUsedAndReadsTheRestFromTheStore() {
        store.put("old", "from store");
        assertThat(cached.get("old")).isEqualTo("from store");
        cached.put("x", "1");
        cached.put("y", "2");
        // "old" fell out of the two-entry cache: a change behind its back is now seen.
        store.put("old", "changed");
        assertThat(cached.get("old")).isEqualTo("changed");
        // "old" is cached again and "x" was evicted, so the store is read for "x".
        store.put("x", "changed");
        assertThat(cached.get("x")).isEqualTo("changed");
    }
}
