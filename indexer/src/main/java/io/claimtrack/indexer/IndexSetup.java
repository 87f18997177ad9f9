package io.claimtrack.indexer;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import io.claimtrack.config.ElasticsearchSettings;
import java.io.IOException;
import java.io.StringReader;
import java.util.Collection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Installs claimtrack's templates and first indices: a shared settings component template, one
 * composable index template per kind ({@code <prefix>-<kind>-*}), and a first index {@code
 * <prefix>-<kind>-000001} behind the write alias {@code <prefix>-<kind>}, which is what everything
 * reads and writes. Idempotent: safe to run at every start, by several services at once.
 */
public final class IndexSetup {
    private static final Logger LOG = LoggerFactory.getLogger(IndexSetup.class);

    private IndexSetup() {}

    /** Applies templates and creates missing aliases for {@code kinds}. */
    public static void apply(
            ElasticsearchClient client, ElasticsearchSettings es, Collection<IndexKind> kinds)
            throws IOException {
        String settingsName = Templates.settingsName(es);
        client.cluster()
                .putComponentTemplate(
                        b ->
                                b.name(settingsName)
                                        .withJson(new StringReader(Templates.settings(es))));
        for (IndexKind kind : kinds) {
            String alias = es.index(kind.suffix());
            client.indices()
                    .putIndexTemplate(
                            b ->
                                    b.name(alias)
                                            .withJson(
                                                    new StringReader(
                                                            Templates.indexTemplate(kind, es))));
            createFirstIndex(client, alias);
        }
    }

    private static void createFirstIndex(ElasticsearchClient client, String alias)
            throws IOException {
        if (client.indices().existsAlias(e -> e.name(alias)).value()) {
            return;
        }
        String first = alias + "-000001";
        try {
            client.indices().create(c -> c.index(first).aliases(alias, a -> a.isWriteIndex(true)));
            LOG.info("created index {} behind alias {}", first, alias);
        } catch (ElasticsearchException e) {
            // Another service created it between our check and our request: that is fine.
            if (!"resource_already_exists_exception".equals(e.error().type())) {
                throw e;
            }
        }
    }
}
