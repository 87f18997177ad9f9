package io.claimtrack.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import io.claimtrack.config.KafkaSettings;
import io.claimtrack.devstack.TestStack;
import io.claimtrack.ingest.source.SourceConfig;
import io.claimtrack.ingest.source.SourceType;
import io.claimtrack.model.Article;
import io.claimtrack.model.Ids;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * One-shot ingest on the real broker: every kind of source reaches {@code articles.v1} keyed by
 * article id with provenance, and a restarted service produces nothing twice (seen set in Kafka),
 * neither by URL nor by content.
 */
class IngestKafkaIT {
    private final FixtureHost gazette = new FixtureHost();
    private final FixtureHost vale = new FixtureHost();
    private final FixtureHost ridge = new FixtureHost();
    private final FixtureHost mirror = new FixtureHost();

    @AfterEach
    void stop() {
        List.of(gazette, vale, ridge, mirror).forEach(FixtureHost::close);
    }

    @Test
    void everySourceKindReachesArticlesOnceAcrossRestarts() {
        String feedEtag = "\"gazette-v1\"";
        gazette.html(
                "/news/ferry.html",
                Fixtures.article(
                        "The Harbor Gazette",
                        "Ferry timetable",
                        "Mara Tollefsen",
                        "the ferry timetable"));
        gazette.route(
                "/rss.xml",
                ex ->
                        conditional(
                                ex,
                                feedEtag,
                                Fixtures.rss(
                                        "The Harbor Gazette",
                                        List.of(gazette.url("/news/ferry.html?utm_medium=feed")))));
        String sitemap =
                """
                <?xml version="1.0" encoding="UTF-8"?>
                <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
                <url><loc>%s</loc><news:news><news:publication><news:name>Vale News</news:name><news:language>en</news:language></news:publication>
                <news:publication_date>2026-01-02T08:00:00Z</news:publication_date><news:title>Budget</news:title></news:news></url></urlset>
                """
                        .formatted(vale.url("/politics/2026/budget.html"));
        vale.route(
                "/news-sitemap.xml.gz",
                ex -> {
                    byte[] gz = FixtureHost.gzip(sitemap.getBytes(StandardCharsets.UTF_8));
                    FixtureHost.send(ex, 200, "application/gzip", gz);
                });
        vale.html(
                "/politics/2026/budget.html",
                Fixtures.article(
                        "Vale News", "Budget passes", "Ilse Marrow", "the district budget"));
        vale.html(
                "/politics/",
                "<html><body><a href=\"/politics/2026/roads.html\">Roads</a><a href=\"/about\">About</a></body></html>");
        vale.html(
                "/politics/2026/roads.html",
                Fixtures.article("Vale News", "Road repairs", "Ilse Marrow", "road repairs"));
        ridge.html(
                "/",
                "<html><head><link rel=\"alternate\" type=\"application/atom+xml\" href=\"/atom.xml\"></head><body>Ridge Post</body></html>");
        ridge.serve(
                "/atom.xml",
                "application/atom+xml",
                """
                <?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Ridge Post</title><id>urn:ridge</id>
                <updated>2026-01-01T00:00:00Z</updated><entry><title>Bridge</title><id>urn:b</id><updated>2026-01-01T00:00:00Z</updated>
                <link rel="alternate" href="%s"/></entry></feed>
                """
                        .formatted(ridge.url("/2026/bridge.html")));
        ridge.html(
                "/2026/bridge.html",
                Fixtures.article("Ridge Post", "Bridge reopens", "Anton Vesely", "the old bridge"));
        // A syndicated copy of the gazette's story on another host: same text, other URL.
        mirror.html(
                "/copy/ferry.html",
                Fixtures.article(
                        "The Harbor Gazette",
                        "Ferry timetable",
                        "Mara Tollefsen",
                        "the ferry timetable"));
        mirror.rss("/rss.xml", Fixtures.rss("Mirror", List.of(mirror.url("/copy/ferry.html"))));

        List<SourceConfig> sources =
                List.of(
                        SourceConfig.feed(
                                "harbor-gazette", URI.create(gazette.url("/rss.xml")), true),
                        SourceConfig.of(
                                "vale-sitemap",
                                SourceType.SITEMAP,
                                URI.create(vale.url("/news-sitemap.xml.gz")),
                                true),
                        SourceConfig.section(
                                "vale-politics",
                                URI.create(vale.url("/politics/")),
                                "/politics/\\d{4}/",
                                true),
                        SourceConfig.of(
                                "ridge-post",
                                SourceType.HOMEPAGE,
                                URI.create(ridge.url("/")),
                                true),
                        SourceConfig.feed("mirror", URI.create(mirror.url("/rss.xml")), true));
        KafkaSettings kafka =
                KafkaSettings.of(TestStack.get().kafkaBootstrap())
                        .withTopicPrefix(TestStack.uniqueName("ingest") + ".");
        IngestConfig config = IngestConfig.defaults().withPoliteness(Duration.ofMillis(100));

        IngestSummary first;
        IngestSummary again;
        try (IngestService service = IngestService.open(kafka, config, sources)) {
            first = service.runOnce(Duration.ofMinutes(2));
            again = service.runOnce(Duration.ofMinutes(2));
        }
        assertThat(again.produced()).isZero();
        assertThat(first.complete()).isTrue();
        assertThat(first.unhealthy()).isEmpty();

        // Restart: a new service reads the seen set back from Kafka.
        IngestSummary second;
        try (IngestService service = IngestService.open(kafka, config, sources)) {
            second = service.runOnce(Duration.ofMinutes(2));
        }
        assertThat(second.produced()).isZero();

        List<ConsumerRecord<String, Article>> records =
                ArticleReader.readAll(kafka, Duration.ofSeconds(3));
        Map<String, Article> byUrl =
                records.stream()
                        .map(ConsumerRecord::value)
                        .collect(Collectors.toMap(Article::canonicalUrl, Function.identity()));
        // The gazette's story and the mirror's copy share their text: whichever was fetched
        // first is the article, the other is recognised by its content hash.
        assertThat(byUrl)
                .containsKeys(
                        vale.url("/politics/2026/budget.html"),
                        vale.url("/politics/2026/roads.html"),
                        ridge.url("/2026/bridge.html"));
        assertThat(byUrl.keySet())
                .containsAnyOf(gazette.url("/news/ferry.html"), mirror.url("/copy/ferry.html"));
        assertThat(records)
                .hasSize(4)
                .allSatisfy(
                        r -> {
                            assertThat(r.key())
                                    .isEqualTo(r.value().id())
                                    .isEqualTo(Ids.articleId(r.value().canonicalUrl()));
                            assertThat(r.value().httpStatus()).isEqualTo(200);
                            assertThat(r.value().contentHash()).hasSize(64);
                            assertThat(r.value().fetchedAt()).isNotNull();
                            assertThat(r.value().extractorVersion()).isNotBlank();
                        });
        assertThat(byUrl.get(vale.url("/politics/2026/budget.html")).origin())
                .isEqualTo(vale.url("/news-sitemap.xml.gz"));
        assertThat(byUrl.get(vale.url("/politics/2026/roads.html")).sourceId())
                .isEqualTo("vale-politics");
        assertThat(byUrl.get(ridge.url("/2026/bridge.html")).origin())
                .isEqualTo(ridge.url("/atom.xml"));
        assertThat(mirror.hits("/copy/ferry.html")).isEqualTo(1);
        assertThat(first.produced()).isEqualTo(4);
        assertThat(first.duplicates()).isEqualTo(1);
        // Second run of the same service: conditional GET answered 304 (validators live in
        // memory, so the restarted service asks unconditionally); no article fetched again.
        assertThat(
                        gazette.hits().stream()
                                .filter(h -> h.path().equals("/rss.xml"))
                                .map(FixtureHost.Hit::ifNoneMatch))
                .containsExactly(null, feedEtag, null);
        assertThat(gazette.hits("/news/ferry.html")).isEqualTo(1);
        assertThat(vale.hits("/politics/2026/budget.html")).isEqualTo(1);
        assertThat(ridge.hits("/2026/bridge.html")).isEqualTo(1);
    }

    private static void conditional(HttpExchange ex, String etag, String body) throws IOException {
        if (etag.equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
            ex.sendResponseHeaders(304, -1);
            return;
        }
        ex.getResponseHeaders().set("ETag", etag);
        FixtureHost.send(ex, 200, "application/rss+xml", body.getBytes(StandardCharsets.UTF_8));
    }
}
