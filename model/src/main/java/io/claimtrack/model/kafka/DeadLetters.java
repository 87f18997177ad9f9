package io.claimtrack.model.kafka;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;

/**
 * Builds dead-letter records: the original key and value bytes untouched, and headers that say
 * where the record came from and why it failed, so it can be inspected and replayed.
 */
public final class DeadLetters {
    public static final String STAGE = "dlq.stage";
    public static final String ERROR = "dlq.error";
    public static final String EXCEPTION = "dlq.exception";
    public static final String STACKTRACE = "dlq.stacktrace";
    public static final String SOURCE_TOPIC = "dlq.source.topic";
    public static final String SOURCE_PARTITION = "dlq.source.partition";
    public static final String SOURCE_OFFSET = "dlq.source.offset";
    public static final String FAILED_AT = "dlq.failed.at";

    private static final int MAX_STACK = 8_000;

    private DeadLetters() {}

    /** Where a failed record was read from; partition and offset are -1 when unknown. */
    public record Origin(String topic, int partition, long offset) {}

    /** Headers describing a failure at {@code stage} of the record read from {@code origin}. */
    public static Headers headers(String stage, Origin origin, Throwable error) {
        RecordHeaders headers = new RecordHeaders();
        add(headers, STAGE, stage);
        add(headers, ERROR, String.valueOf(error.getMessage()));
        add(headers, EXCEPTION, error.getClass().getName());
        add(headers, STACKTRACE, stackTrace(error));
        add(headers, SOURCE_TOPIC, origin.topic());
        add(headers, SOURCE_PARTITION, Integer.toString(origin.partition()));
        add(headers, SOURCE_OFFSET, Long.toString(origin.offset()));
        add(headers, FAILED_AT, Instant.now().toString());
        return headers;
    }

    /** A ready-to-send dead letter carrying the original bytes. */
    public static ProducerRecord<byte[], byte[]> record(
            String dlqTopic,
            String stage,
            Origin origin,
            byte[] key,
            byte[] value,
            Throwable error) {
        return new ProducerRecord<>(dlqTopic, null, key, value, headers(stage, origin, error));
    }

    /** Reads a header as text, or null when absent. */
    public static String header(Headers headers, String name) {
        var h = headers.lastHeader(name);
        return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }

    private static void add(Headers headers, String name, String value) {
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    private static String stackTrace(Throwable error) {
        StringWriter out = new StringWriter();
        error.printStackTrace(new PrintWriter(out));
        String s = out.toString();
        return s.length() > MAX_STACK ? s.substring(0, MAX_STACK) : s;
    }
}
