package io.claimtrack.indexer;

import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import io.claimtrack.model.kafka.DeadLetters;
import org.apache.kafka.common.TopicPartition;

/**
 * One topic record on its way to Elasticsearch: where it came from (for the offset and the
 * dead-letter headers), its original bytes, and the bulk operation built from it.
 */
record InFlight(
        IndexKind kind,
        TopicPartition partition,
        long offset,
        byte[] key,
        byte[] value,
        BulkOperation operation) {

    DeadLetters.Origin origin() {
        return new DeadLetters.Origin(partition.topic(), partition.partition(), offset);
    }

    boolean isDelete() {
        return operation != null && operation.isDelete();
    }
}
