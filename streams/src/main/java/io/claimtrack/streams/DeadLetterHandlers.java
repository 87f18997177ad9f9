package io.claimtrack.streams;

import io.claimtrack.model.kafka.DeadLetters;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.ProcessingExceptionHandler;
import org.apache.kafka.streams.errors.ProductionExceptionHandler;
import org.apache.kafka.streams.processor.api.Record;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Safety nets behind the topology's own dead-letter branches: whatever still escapes a processor,
 * or an output Kafka refuses as too large, goes to the DLQ with the source record's original bytes
 * and our headers, and processing continues.
 */
final class DeadLetterHandlers {
    /** Config key naming the dead-letter topic for the handlers. */
    static final String DLQ_TOPIC = "claimtrack.dlq.topic";

    private static final Logger LOG = LoggerFactory.getLogger(DeadLetterHandlers.class);

    private DeadLetterHandlers() {}

    static List<ProducerRecord<byte[], byte[]>> letter(
            String topic, String stage, ErrorHandlerContext ctx, Exception e) {
        DeadLetters.Origin origin =
                new DeadLetters.Origin(ctx.topic(), ctx.partition(), ctx.offset());
        LOG.warn(
                "dead-lettering {}/{}@{} at {}: {}",
                ctx.topic(),
                ctx.partition(),
                ctx.offset(),
                stage,
                e.toString());
        return List.of(
                DeadLetters.record(
                        topic, stage, origin, ctx.sourceRawKey(), ctx.sourceRawValue(), e));
    }

    /** Any exception a processor throws: dead-letter the source record, then resume. */
    public static final class Processing implements ProcessingExceptionHandler {
        private String topic;

        @Override
        public void configure(Map<String, ?> configs) {
            topic = String.valueOf(configs.get(DLQ_TOPIC));
        }

        @Override
        public Response handleError(ErrorHandlerContext ctx, Record<?, ?> record, Exception e) {
            return Response.resume(
                    letter(topic, "streams.processor:" + ctx.processorNodeId(), ctx, e));
        }
    }

    /**
     * Output that cannot be written: too large or unserialisable records are dead-lettered and
     * skipped; anything else (broker trouble) fails the task so exactly-once retries it.
     */
    public static final class Production implements ProductionExceptionHandler {
        private String topic;

        @Override
        public void configure(Map<String, ?> configs) {
            topic = String.valueOf(configs.get(DLQ_TOPIC));
        }

        @Override
        public Response handleError(
                ErrorHandlerContext ctx, ProducerRecord<byte[], byte[]> record, Exception e) {
            if (e instanceof RecordTooLargeException) {
                return Response.resume(letter(topic, "streams.produce:" + record.topic(), ctx, e));
            }
            return Response.fail();
        }

        @Override
        public Response handleSerializationError(
                ErrorHandlerContext ctx,
                ProducerRecord record,
                Exception e,
                SerializationExceptionOrigin origin) {
            return Response.resume(letter(topic, "streams.serialize:" + record.topic(), ctx, e));
        }
    }
}
