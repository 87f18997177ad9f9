package io.claimtrack.model.kafka;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.claimtrack.model.json.Json;
import java.io.IOException;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/**
 * The one generic JSON Serde: every topic value is a record written by {@link Json#mapper()}.
 * Failures surface as {@link SerializationException} so Kafka's and our handlers route the record
 * to a dead-letter topic instead of killing the application.
 */
public final class JsonSerde<T> implements Serde<T> {
    private final Class<T> type;

    public JsonSerde(Class<T> type) {
        this.type = type;
    }

    public Class<T> type() {
        return type;
    }

    @Override
    public Serializer<T> serializer() {
        return (topic, value) -> {
            if (value == null) {
                return null;
            }
            try {
                return Json.mapper().writeValueAsBytes(value);
            } catch (JsonProcessingException e) {
                throw new SerializationException(
                        "cannot write " + type.getSimpleName() + " for topic " + topic, e);
            }
        };
    }

    @Override
    public Deserializer<T> deserializer() {
        return (topic, bytes) -> {
            if (bytes == null) {
                return null;
            }
            try {
                return Json.mapper().readValue(bytes, type);
            } catch (IOException | RuntimeException e) {
                throw new SerializationException(
                        "cannot read "
                                + type.getSimpleName()
                                + " from topic "
                                + topic
                                + ": "
                                + e.getMessage(),
                        e);
            }
        };
    }
}
