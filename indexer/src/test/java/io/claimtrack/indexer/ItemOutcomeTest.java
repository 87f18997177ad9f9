package io.claimtrack.indexer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ItemOutcomeTest {
    @Test
    void classifiesBulkItemStatuses() {
        assertThat(ItemOutcome.of(201, false, null, null)).isEqualTo(new ItemOutcome.Indexed(201));
        assertThat(ItemOutcome.of(200, true, null, null)).isEqualTo(new ItemOutcome.Indexed(200));
        assertThat(ItemOutcome.of(409, false, "version_conflict_engine_exception", "newer"))
                .isEqualTo(new ItemOutcome.Unchanged(409));
        assertThat(ItemOutcome.of(404, true, null, null)).isEqualTo(new ItemOutcome.Unchanged(404));
        assertThat(ItemOutcome.of(404, false, "index_not_found_exception", "no such index"))
                .isInstanceOf(ItemOutcome.Retry.class);
        assertThat(ItemOutcome.of(400, false, "document_parsing_exception", "bad date"))
                .isEqualTo(new ItemOutcome.Rejected(400, "document_parsing_exception: bad date"));
        assertThat(ItemOutcome.of(429, false, "es_rejected_execution_exception", "queue full"))
                .isInstanceOf(ItemOutcome.Retry.class);
        assertThat(ItemOutcome.of(503, false, "unavailable_shards_exception", "primary"))
                .isInstanceOf(ItemOutcome.Retry.class);
    }
}
