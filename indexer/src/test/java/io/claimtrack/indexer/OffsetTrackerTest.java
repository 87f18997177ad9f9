package io.claimtrack.indexer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

class OffsetTrackerTest {
    private final TopicPartition p0 = new TopicPartition("statements.v1", 0);
    private final OffsetTracker tracker = new OffsetTracker();

    @Test
    void commitsOnlyUpToTheLowestUnfinishedOffset() {
        for (long o = 10; o < 15; o++) {
            tracker.start(p0, o);
        }
        tracker.finish(p0, 10);
        tracker.finish(p0, 12);
        tracker.finish(p0, 13);

        assertThat(tracker.committable()).containsEntry(p0, new OffsetAndMetadata(11));
        assertThat(tracker.inFlight()).isEqualTo(2);

        tracker.finish(p0, 11);
        tracker.finish(p0, 14);
        assertThat(tracker.committable()).containsEntry(p0, new OffsetAndMetadata(15));
        assertThat(tracker.inFlight()).isZero();
    }

    @Test
    void reportsNothingNewAfterACommit() {
        tracker.start(p0, 0);
        tracker.finish(p0, 0);
        Map<TopicPartition, OffsetAndMetadata> offsets = tracker.committable();
        tracker.markCommitted(offsets);

        assertThat(tracker.committable()).isEmpty();
        assertThat(tracker.committed(p0)).isEqualTo(1);
    }

    @Test
    void forgettingARevokedPartitionDropsItsInFlightRecords() {
        tracker.start(p0, 0);
        tracker.start(p0, 1);
        tracker.forget(p0);
        tracker.finish(p0, 1);

        assertThat(tracker.inFlight()).isZero();
        assertThat(tracker.committable()).isEmpty();
    }
}
