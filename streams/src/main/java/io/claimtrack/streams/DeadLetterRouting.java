package io.claimtrack.streams;

import io.claimtrack.model.kafka.DeadLetters;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.processor.api.RecordMetadata;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Turns a failed input record into a dead letter: original bytes, reason and origin in headers. */
final class DeadLetterRouting {
    private static final Logger LOG = LoggerFactory.getLogger(DeadLetterRouting.class);

    private DeadLetterRouting() {}

    static <K> void forward(
            ProcessorContext<String, Emission> context,
            Record<K, byte[]> record,
            String stage,
            Throwable error) {
        DeadLetters.Origin origin =
                context.recordMetadata()
                        .map(DeadLetterRouting::origin)
                        .orElse(new DeadLetters.Origin("unknown", -1, -1));
        LOG.warn(
                "dead-lettering record {}/{}@{} at {}: {}",
                origin.topic(),
                origin.partition(),
                origin.offset(),
                stage,
                error.toString());
        // The producer's headers first, ours last: readers take the last value of a name.
        Headers headers = new RecordHeaders(record.headers().toArray());
        for (Header h : DeadLetters.headers(stage, origin, error)) {
            headers.add(h);
        }
        byte[] key = keyBytes(record.key());
        context.forward(
                new Record<String, Emission>(
                        null,
                        new Emission.ToDeadLetter(key, record.value()),
                        record.timestamp(),
                        headers));
    }

    private static DeadLetters.Origin origin(RecordMetadata m) {
        return new DeadLetters.Origin(m.topic(), m.partition(), m.offset());
    }

    private static byte[] keyBytes(Object key) {
        if (key == null) {
            return null;
        }
        if (key instanceof byte[] b) {
            return b;
        }
        return key.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }
}
