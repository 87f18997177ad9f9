package io.claimtrack.model.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The one Jackson setup of claimtrack, shared by the Kafka Serdes, the Elasticsearch client, the
 * command line and the feed page, so that a payload reads the same everywhere.
 */
public final class Json {
    private static final JsonMapper MAPPER =
            JsonMapper.builder()
                    .addModule(new JavaTimeModule())
                    .addModule(new Jdk8Module())
                    // ISO-8601 text, not epoch numbers: analysts read these in Kibana and kcat.
                    .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                    .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
                    // A newer producer may add fields; an older consumer must still read the
                    // record.
                    .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .serializationInclusion(JsonInclude.Include.NON_NULL)
                    .build();

    private Json() {}

    /** The shared mapper. Do not reconfigure it; copy it if a caller needs other settings. */
    public static JsonMapper mapper() {
        return MAPPER;
    }
}
