package io.claimtrack.indexer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class IndexerConfigTest {
    @Test
    void defaultsIndexEveryKind() {
        IndexerConfig config = IndexerConfig.defaults();
        assertThat(config.kinds()).containsExactlyInAnyOrder(IndexKind.values());
        assertThat(config.withGroupId("g").groupId()).isEqualTo("g");
        assertThat(config.withKinds(EnumSet.of(IndexKind.CLAIMS)).kinds())
                .containsExactly(IndexKind.CLAIMS);
    }

    @Test
    void namesEveryBadKeyAtOnce() {
        assertThatThrownBy(
                        () ->
                                new IndexerConfig(
                                        " ",
                                        null,
                                        0,
                                        10,
                                        Duration.ZERO,
                                        1,
                                        100,
                                        Duration.ofSeconds(2),
                                        Duration.ofSeconds(1),
                                        Duration.ofSeconds(1),
                                        false))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("indexer.group-id")
                .hasMessageContaining("indexer.bulk-actions must be between 1 and 100000, got 0")
                .hasMessageContaining("indexer.bulk-bytes")
                .hasMessageContaining("indexer.flush-interval")
                .hasMessageContaining("indexer.retry-max-backoff must be >= indexer.retry-backoff");
    }
}
