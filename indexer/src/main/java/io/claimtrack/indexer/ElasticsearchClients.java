package io.claimtrack.indexer;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import io.claimtrack.config.ElasticsearchSettings;
import io.claimtrack.model.json.Json;

/** Builds the Elasticsearch Java client the way every claimtrack service should: one mapper. */
public final class ElasticsearchClients {
    private ElasticsearchClients() {}

    /** A client for {@code es}; close it with {@code client.close()}. */
    public static ElasticsearchClient create(ElasticsearchSettings es) {
        return ElasticsearchClient.of(
                b -> {
                    b.host(es.url()).jsonMapper(new JacksonJsonpMapper(Json.mapper()));
                    if (es.username() != null && !es.username().isBlank()) {
                        b.usernameAndPassword(es.username(), es.password());
                    }
                    return b;
                });
    }
}
