package io.claimtrack.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class FeedConfigTest {
    @Test
    void defaultsAreLoopbackAnyPortTenThousandItemsFromTheBeginning() {
        FeedConfig c = FeedConfig.defaults();

        assertThat(c.host()).isEqualTo("127.0.0.1");
        assertThat(c.port()).isZero();
        assertThat(c.maxItems()).isEqualTo(10_000);
        assertThat(c.startFrom()).isEqualTo(FeedConfig.StartFrom.EARLIEST);
    }

    @Test
    void badValuesNameTheKeyAndTheLimit() {
        assertThatThrownBy(() -> FeedConfig.defaults().withPort(70_000))
                .hasMessageContaining("feed.port")
                .hasMessageContaining("65535");
        assertThatThrownBy(() -> FeedConfig.defaults().withMaxItems(0))
                .hasMessageContaining("feed.max-items")
                .hasMessageContaining("200000");
        assertThatThrownBy(() -> FeedFilter.fromQuery(java.util.Map.of("limit", "ten")))
                .hasMessageContaining("limit");
    }
}
