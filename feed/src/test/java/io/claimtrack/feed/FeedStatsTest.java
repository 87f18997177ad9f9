package io.claimtrack.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FeedStatsTest {
    private final FeedView view =
            new FeedView(10, Clock.fixed(Fixtures.T0, java.time.ZoneOffset.UTC));

    @Test
    void healthIsDownWhenTheConsumerStoppedOrFailed() {
        FeedStats stats = new FeedStats();
        assertThat(stats.health(true, view, 0).up()).isTrue();
        assertThat(stats.health(false, view, 0).up()).isFalse();

        stats.failed("KafkaException: boom");
        FeedStats.Health h = stats.health(true, view, 2);
        assertThat(h.up()).isFalse();
        assertThat(h.failure()).isEqualTo("KafkaException: boom");
        assertThat(h.clients()).isEqualTo(2);
    }

    @Test
    void rejectionsAreCountedWithTheLastReason() {
        FeedStats stats = new FeedStats();
        stats.applied(Fixtures.T0);
        stats.rejected("statements.v1-0@7: cannot read Statement");
        stats.rejected("claims.v1-1@9: schema 2 is newer than the 1 this feed reads");

        FeedStats.Health h = stats.health(true, view, 0);
        assertThat(h.applied()).isEqualTo(1);
        assertThat(h.rejected()).isEqualTo(2);
        assertThat(h.lastRejection()).startsWith("claims.v1-1@9");
        assertThat(h.lastRecordAt()).isEqualTo(Fixtures.T0);
    }

    @Test
    void queryParametersBecomeAFilter() {
        FeedFilter f =
                FeedFilter.fromQuery(
                        Map.of(
                                "speaker",
                                " Vell ",
                                "official",
                                "1",
                                "disputed",
                                "no",
                                "q",
                                "Tax",
                                "limit",
                                "5"));

        assertThat(f).isEqualTo(new FeedFilter("vell", "", true, false, "tax", 5));
        assertThat(FeedFilter.fromQuery(Map.of())).isEqualTo(FeedFilter.all());
    }
}
