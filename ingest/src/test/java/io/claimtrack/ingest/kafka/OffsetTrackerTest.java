package io.claimtrack.ingest.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class OffsetTrackerTest {
    private final OffsetTracker<String> t = new OffsetTracker<>();

    @Test
    void commitsOnlyUpToTheFirstUnfinishedTask() {
        for (long o = 10; o < 14; o++) {
            t.received("p0", o);
        }
        assertThat(t.toCommit()).isEqualTo(Map.of("p0", 10L));
        t.completed("p0", 11);
        t.completed("p0", 12);
        assertThat(t.toCommit()).isEmpty();
        t.completed("p0", 10);
        assertThat(t.toCommit()).isEqualTo(Map.of("p0", 13L));
        t.completed("p0", 13);
        assertThat(t.toCommit()).isEqualTo(Map.of("p0", 14L));
        assertThat(t.toCommit()).isEmpty();
    }

    @Test
    void partitionsAreIndependentAndCanBeFilteredAndForgotten() {
        t.received("p0", 0);
        t.received("p1", 5);
        t.completed("p1", 5);
        assertThat(t.toCommit(p -> p.equals("p1"))).isEqualTo(Map.of("p1", 6L));
        assertThat(t.pending("p0")).isEqualTo(1);
        t.forget("p0");
        assertThat(t.pending("p0")).isZero();
        assertThat(t.toCommit()).isEmpty();
    }
}
