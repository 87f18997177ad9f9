package io.claimtrack.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import io.claimtrack.ingest.crawl.SeenStore;
import io.claimtrack.ingest.source.SourceConfig;
import io.claimtrack.model.Article;
import io.claimtrack.model.Ids;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Real HTTP against in-JVM fixture hosts: every hostile or broken case has a clear outcome, and the
 * healthy sources beside it still deliver all their articles.
 */
class FetchBehaviourIT {
    private static final long CAP = 64 * 1024;
    private final List<FixtureHost> hosts = new ArrayList<>();
    private final List<SourceConfig> sources = new ArrayList<>();

    private FixtureHost host() {
        FixtureHost h = new FixtureHost();
        hosts.add(h);
        return h;
    }

    private void feed(String id, FixtureHost h, String path) {
        sources.add(SourceConfig.feed(id, URI.create(h.url(path)), true));
    }

    @AfterEach
    void stop() {
        hosts.forEach(FixtureHost::close);
    }

    private static IngestConfig config() {
        return IngestConfig.defaults()
                .withPoliteness(Duration.ofMillis(50))
                .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(1))
                .withMaxBodyBytes(CAP);
    }

    @Test
    void brokenAndHostileSourcesFailClearlyWhileTheOthersDeliver() throws Exception {
        FixtureHost good = host();
        good.robots("User-agent: *\nDisallow: /private/\n");
        good.html("/news/council.html?utm_source=rss", "unused");
        good.html(
                "/news/council.html",
                Fixtures.article(
                        "The Harbor Gazette",
                        "Council reviews ferry budget",
                        "Mara Tollefsen",
                        "the ferry budget"));
        good.html(
                "/news/tides.html",
                Fixtures.article(
                        "The Harbor Gazette",
                        "Tide gauges replaced",
                        "Oskar Brandt",
                        "the tide gauges"));
        good.html(
                "/private/draft.html",
                Fixtures.article("The Harbor Gazette", "Draft", "Oskar Brandt", "drafts"));
        good.serve("/files/report.pdf", "application/pdf", "%PDF-1.4 not html");
        good.html(
                "/news/huge.html",
                "<html><body><p>" + "x".repeat((int) CAP * 2) + "</p></body></html>");
        good.route(
                "/news/slow.html",
                ex ->
                        sleepThenSend(
                                ex,
                                3000,
                                Fixtures.article(
                                        "The Harbor Gazette", "Slow", "Oskar Brandt", "slowness")));
        AtomicInteger hop = new AtomicInteger();
        good.route(
                "/news/loop.html",
                ex -> redirect(ex, "/news/loop.html?hop=" + hop.incrementAndGet()));
        good.route("/news/bomb.html", ex -> gzipBomb(ex));
        good.rss(
                "/rss.xml",
                Fixtures.rss(
                        "The Harbor Gazette",
                        List.of(
                                good.url("/news/council.html?utm_source=rss"),
                                good.url("/news/tides.html"),
                                good.url("/private/draft.html"),
                                good.url("/files/report.pdf"),
                                good.url("/news/huge.html"),
                                good.url("/news/slow.html"),
                                good.url("/news/loop.html"),
                                good.url("/news/bomb.html"))));
        feed("harbor-gazette", good, "/rss.xml");

        FixtureHost malformed = host();
        malformed.rss("/rss.xml", "<rss version=\"2.0\"><channel><item><link>oops</channel>");
        feed("malformed", malformed, "/rss.xml");

        FixtureHost xxe = host();
        xxe.rss(
                "/rss.xml",
                "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                        + "<rss version=\"2.0\"><channel><title>&x;</title></channel></rss>");
        feed("xxe", xxe, "/rss.xml");

        FixtureHost laughs = host();
        laughs.rss(
                "/rss.xml",
                "<?xml version=\"1.0\"?><!DOCTYPE l [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">"
                        + "<!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">]><rss version=\"2.0\"><channel><title>&c;</title></channel></rss>");
        feed("billion-laughs", laughs, "/rss.xml");

        FixtureHost oversize = host();
        oversize.rss(
                "/rss.xml",
                "<rss version=\"2.0\"><channel>"
                        + "<item><link>/a</link></item>".repeat(10_000)
                        + "</channel></rss>");
        feed("oversize", oversize, "/rss.xml");

        FixtureHost slow = host();
        slow.route("/rss.xml", ex -> sleepThenSend(ex, 3000, Fixtures.rss("Slow", List.of())));
        feed("slow", slow, "/rss.xml");

        FixtureHost loop = host();
        loop.route("/rss.xml", ex -> redirect(ex, "/rss.xml"));
        feed("endless-redirects", loop, "/rss.xml");

        FixtureHost gone = host();
        feed("gone", gone, "/missing.xml");

        FixtureHost notFeed = host();
        notFeed.html("/rss.xml", "<html><body>We moved our feed.</body></html>");
        feed("html-not-feed", notFeed, "/rss.xml");

        // The same host as "harbor-gazette" but without allow-private: refused before any request.
        sources.add(SourceConfig.feed("private-refused", URI.create(good.url("/rss.xml")), false));

        ListSink sink = new ListSink();
        IngestSummary summary;
        String metrics;
        try (IngestService service =
                IngestService.local(
                        config().withMetricsPort(freePort()),
                        sources,
                        sink,
                        SeenStore.inMemory())) {
            summary = service.runOnce(Duration.ofMinutes(2));
            metrics = scrape(service.metricsPort().orElseThrow());
        }
        assertThat(metrics)
                .contains("claimtrack_ingest_fetches_total{status=\"200\"}")
                .contains("claimtrack_ingest_fetches_total{status=\"404\"}")
                .contains("claimtrack_ingest_fetches_total{status=\"timeout\"}")
                .contains("claimtrack_ingest_tasks_total{outcome=\"produced\"} 2.0")
                .contains("claimtrack_ingest_tasks_total{outcome=\"not_html\"} 1.0")
                .contains("claimtrack_ingest_fetch_bytes")
                .contains("claimtrack_ingest_fetch_latency_seconds")
                .contains("claimtrack_ingest_queue_depth{host=\"" + good.hostKey() + "\"}");

        assertThat(summary.complete()).isTrue();
        assertThat(sink.urls())
                .containsExactly(good.url("/news/council.html"), good.url("/news/tides.html"));
        assertThat(summary.produced()).isEqualTo(2);
        assertThat(summary.unhealthy())
                .containsOnlyKeys(
                        "malformed",
                        "xxe",
                        "billion-laughs",
                        "oversize",
                        "slow",
                        "endless-redirects",
                        "gone",
                        "html-not-feed",
                        "private-refused");
        assertThat(summary.unhealthy().get("malformed")).contains("not a feed");
        assertThat(summary.unhealthy().get("xxe")).contains("DOCTYPE");
        assertThat(summary.unhealthy().get("billion-laughs")).contains("DOCTYPE");
        assertThat(summary.unhealthy().get("oversize")).contains("TOO_LARGE");
        assertThat(summary.unhealthy().get("slow")).contains("TIMEOUT");
        assertThat(summary.unhealthy().get("endless-redirects")).contains("TOO_MANY_REDIRECTS");
        assertThat(summary.unhealthy().get("gone")).contains("HTTP_STATUS 404");
        assertThat(summary.unhealthy().get("html-not-feed")).contains("not a feed");
        assertThat(summary.unhealthy().get("private-refused"))
                .contains("REFUSED_ADDRESS")
                .contains("loopback");
        assertThat(summary.sourceHealth().get("harbor-gazette").healthy()).isTrue();

        assertThat(failure(summary, "/private/draft.html")).contains("ROBOTS_DISALLOWED");
        assertThat(failure(summary, "/files/report.pdf"))
                .contains("NOT_HTML")
                .contains("application/pdf");
        assertThat(failure(summary, "/news/huge.html")).contains("TOO_LARGE");
        assertThat(failure(summary, "/news/bomb.html"))
                .contains("TOO_LARGE")
                .contains("decompressed");
        assertThat(failure(summary, "/news/slow.html")).contains("TIMEOUT");
        assertThat(failure(summary, "/news/loop.html")).contains("TOO_MANY_REDIRECTS");
        // The disallowed page was never requested; the loop stopped after the limit: the first
        // request and 5 followed redirects, the 6th redirect is refused.
        assertThat(good.hits("/private/draft.html")).isZero();
        assertThat(hop.get()).isEqualTo(6);
        // A slow page is retried (max-attempts 3), then given up.
        assertThat(good.hits("/news/slow.html")).isEqualTo(3);
        // The canonical URL has no tracking parameter; the id derives from it.
        Article council =
                sink.articles.stream()
                        .filter(a -> a.url().endsWith("council.html"))
                        .findFirst()
                        .orElseThrow();
        assertThat(council.canonicalUrl()).isEqualTo(good.url("/news/council.html"));
        assertThat(council.id()).isEqualTo(Ids.articleId(council.canonicalUrl()));
        assertThat(council.sourceId()).isEqualTo("harbor-gazette");
        assertThat(council.origin()).isEqualTo(good.url("/rss.xml"));
        assertThat(council.outlet()).isEqualTo("The Harbor Gazette");
        assertThat(council.httpStatus()).isEqualTo(200);
        assertThat(council.contentHash()).hasSize(64);
        assertThat(council.extractorVersion()).isNotBlank();
        assertThat(council.fetchedAt()).isNotNull();
        assertThat(council.text()).contains("residents deserve to see the numbers");
        assertThat(good.hits())
                .allSatisfy(
                        h -> assertThat(h.userAgent()).isEqualTo(IngestConfig.DEFAULT_USER_AGENT));
    }

    @Test
    void aThrottlingHostIsRetriedNoEarlierThanItsRetryAfter() throws Exception {
        FixtureHost busy = host();
        AtomicInteger calls = new AtomicInteger();
        busy.route(
                "/news/queue.html",
                ex -> {
                    if (calls.incrementAndGet() == 1) {
                        ex.getResponseHeaders().set("Retry-After", "2");
                        ex.sendResponseHeaders(429, -1);
                        return;
                    }
                    FixtureHost.send(
                            ex,
                            200,
                            "text/html; charset=utf-8",
                            Fixtures.article(
                                            "The Ridge Post",
                                            "Queue at the ferry",
                                            "Anton Vesely",
                                            "the ferry queue")
                                    .getBytes(StandardCharsets.UTF_8));
                });
        busy.rss("/rss.xml", Fixtures.rss("Ridge", List.of(busy.url("/news/queue.html"))));
        feed("ridge", busy, "/rss.xml");
        FixtureHost down = host();
        down.route(
                "/rss.xml",
                ex -> {
                    ex.getResponseHeaders().set("Retry-After", "120");
                    ex.sendResponseHeaders(503, -1);
                });
        feed("down", down, "/rss.xml");

        ListSink sink = new ListSink();
        IngestSummary summary;
        try (IngestService service =
                IngestService.local(config(), sources, sink, SeenStore.inMemory())) {
            summary = service.runOnce(Duration.ofMinutes(1));
        }
        assertThat(sink.urls()).containsExactly(busy.url("/news/queue.html"));
        assertThat(summary.unhealthy()).containsOnlyKeys("down");
        assertThat(summary.unhealthy().get("down")).contains("THROTTLED 503");
        List<FixtureHost.Hit> tries =
                busy.hits().stream().filter(h -> h.path().equals("/news/queue.html")).toList();
        assertThat(tries).hasSize(2);
        assertThat((tries.get(1).atNanos() - tries.get(0).atNanos()) / 1_000_000)
                .isGreaterThanOrEqualTo(2000);
    }

    private static int freePort() throws IOException {
        try (var socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static String scrape(int port) throws Exception {
        try (var client = java.net.http.HttpClient.newHttpClient()) {
            var request =
                    java.net.http.HttpRequest.newBuilder(
                                    URI.create("http://127.0.0.1:" + port + "/metrics"))
                            .build();
            return client.send(request, java.net.http.HttpResponse.BodyHandlers.ofString()).body();
        }
    }

    private static String failure(IngestSummary s, String path) {
        return s.failures().stream()
                .filter(f -> f.contains(path))
                .findFirst()
                .orElse("<no failure for " + path + ">");
    }

    static void sleepThenSend(HttpExchange ex, long millis, String body) throws IOException {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        FixtureHost.send(
                ex, 200, "text/html; charset=utf-8", body.getBytes(StandardCharsets.UTF_8));
    }

    static void redirect(HttpExchange ex, String location) throws IOException {
        ex.getResponseHeaders().set("Location", location);
        ex.sendResponseHeaders(302, -1);
    }

    static void gzipBomb(HttpExchange ex) throws IOException {
        byte[] bomb = FixtureHost.gzip(new byte[(int) CAP * 8]);
        ex.getResponseHeaders().set("Content-Type", "text/html");
        ex.getResponseHeaders().set("Content-Encoding", "gzip");
        ex.sendResponseHeaders(200, bomb.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(bomb);
        }
    }
}
