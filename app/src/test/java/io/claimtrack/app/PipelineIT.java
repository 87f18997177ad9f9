package io.claimtrack.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import com.sun.net.httpserver.HttpServer;
import io.claimtrack.devstack.StackEndpoints;
import io.claimtrack.devstack.TestStack;
import io.claimtrack.indexer.ElasticsearchClients;
import io.claimtrack.ingest.source.SourceConfig;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The walking skeleton, end to end on real servers: a local web server's RSS feed and article page
 * → ingest → articles.v1 → the topology → statements.v1 → the indexer → Elasticsearch.
 */
class PipelineIT {
    /** A fictional outlet re-carrying a quote that appears verbatim in the seed article. */
    private static final String ARTICLE =
            """
            <!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
            <title>Park opens in Baku | The Fictional Observer</title>
            <meta property="og:site_name" content="The Fictional Observer">
            <meta property="article:published_time" content="2021-04-13T08:00:00Z"></head>
            <body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
            <article><h1>Park opens in Baku</h1>
            <p>The construction of the park began in January under the orders of President Ilham Aliyev.</p>
            <p>“Everyone who visits the park of military trophies will see the strength of our army, will see our willpower, and how hard it was to achieve victory,” proclaimed Aliyev during the inauguration.</p>
            </article><footer>© The Fictional Observer</footer></body></html>
            """;

    private HttpServer web;
    private Pipeline pipeline;
    private ElasticsearchClient es;

    @BeforeEach
    void serve() throws Exception {
        web = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        String base = "http://127.0.0.1:" + web.getAddress().getPort();
        String feed =
                """
                <?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Observer</title>
                <link>%s/</link><description>fictional</description>
                <item><title>Park opens in Baku</title><link>%s/world/park-opens?utm_source=rss</link></item>
                </channel></rss>"""
                        .formatted(base, base);
        respond("/feed.xml", "application/rss+xml", feed);
        respond("/world/park-opens", "text/html; charset=utf-8", ARTICLE);
        web.start();
    }

    private void respond(String path, String type, String body) {
        web.createContext(
                path,
                ex -> {
                    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
                    ex.getResponseHeaders().set("Content-Type", type);
                    ex.sendResponseHeaders(200, bytes.length);
                    ex.getResponseBody().write(bytes);
                    ex.close();
                });
    }

    @AfterEach
    void stop() throws Exception {
        if (pipeline != null) {
            pipeline.close();
        }
        if (es != null) {
            es.close();
        }
        web.stop(0);
    }

    @Test
    void aQuoteOnAWebPageBecomesASearchableStatement() {
        StackEndpoints stack = TestStack.get();
        String prefix = TestStack.uniqueName("e2e");
        ClaimtrackConfig cfg = TestConfigs.isolated(stack, prefix);
        URI feed = URI.create("http://127.0.0.1:" + web.getAddress().getPort() + "/feed.xml");

        pipeline =
                Pipeline.start(
                        cfg, List.of(SourceConfig.feed("observer", feed, true)), false, false);
        pipeline.ingest().runOnce();

        es = ElasticsearchClients.create(cfg.elasticsearch());
        String index = cfg.elasticsearch().index("statements");
        await().atMost(Duration.ofMinutes(2))
                .pollInterval(Duration.ofSeconds(1))
                .untilAsserted(
                        () -> {
                            SearchResponse<Map> found =
                                    es.search(
                                            s ->
                                                    s.index(index)
                                                            .ignoreUnavailable(true)
                                                            .query(
                                                                    q ->
                                                                            q.matchPhrase(
                                                                                    m ->
                                                                                            m.field(
                                                                                                            "quote")
                                                                                                    .query(
                                                                                                            "strength of our army"))),
                                            Map.class);
                            assertThat(found.hits().hits()).isNotEmpty();
                            Map<?, ?> doc = found.hits().hits().get(0).source();
                            assertThat(String.valueOf(doc.get("quote")))
                                    .contains("will see the strength of our army");
                            assertThat(String.valueOf(doc.get("outlet")))
                                    .isEqualTo("The Fictional Observer");
                            assertThat(String.valueOf(((Map<?, ?>) doc.get("speaker")).get("name")))
                                    .contains("Aliyev");
                            assertThat(String.valueOf(doc.get("url"))).doesNotContain("utm_source");
                        });
    }
}
