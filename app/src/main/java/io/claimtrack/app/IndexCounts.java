package io.claimtrack.app;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import io.claimtrack.config.ElasticsearchSettings;
import io.claimtrack.indexer.ElasticsearchClients;
import io.claimtrack.indexer.IndexKind;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/** Counts the documents of every claimtrack index, for progress lines and the demo summary. */
final class IndexCounts implements AutoCloseable {
    private final ElasticsearchSettings es;
    private final ElasticsearchClient client;

    IndexCounts(ElasticsearchSettings es) {
        this.es = es;
        this.client = ElasticsearchClients.create(es);
    }

    /** Documents per index name, after a refresh so that the counts are current; -1 if missing. */
    Map<String, Long> counts() {
        Map<String, Long> out = new LinkedHashMap<>();
        for (IndexKind kind : IndexKind.values()) {
            String index = es.index(kind.suffix());
            try {
                client.indices()
                        .refresh(r -> r.index(index).ignoreUnavailable(true).allowNoIndices(true));
                out.put(
                        index,
                        client.count(
                                        c ->
                                                c.index(index)
                                                        .ignoreUnavailable(true)
                                                        .allowNoIndices(true))
                                .count());
            } catch (IOException | RuntimeException e) {
                out.put(index, -1L);
            }
        }
        return out;
    }

    String indexName(IndexKind kind) {
        return es.index(kind.suffix());
    }

    @Override
    public void close() throws IOException {
        client.close();
    }
}
