package io.claimtrack.ingest.bench;

import io.claimtrack.config.KafkaSettings;
import io.claimtrack.devstack.JdkFinder;
import io.claimtrack.devstack.KafkaNode;
import io.claimtrack.ingest.FixtureHost;
import io.claimtrack.ingest.Fixtures;
import io.claimtrack.ingest.IngestConfig;
import io.claimtrack.ingest.IngestService;
import io.claimtrack.ingest.source.SourceConfig;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Fetch throughput benchmark (not a test): {@code hosts} fictional outlets on distinct 127.0.0.1
 * ports, each answering after {@code latency}, each listing {@code pages} articles in its feed; two
 * ingest instances share them through Kafka. Reports pages/s from the first to the last article
 * request, and the smallest gap any host saw between two requests.
 *
 * <p>Arguments (all optional): hosts pages latencyMs politenessMs threadsPerInstance [bootstrap].
 * Without a bootstrap address it starts a Kafka broker from the devstack.
 */
public final class FetchBenchmark {
    private FetchBenchmark() {}

    public static void main(String[] args) throws Exception {
        int hosts = arg(args, 0, 120);
        int pages = arg(args, 1, 30);
        int latency = arg(args, 2, 50);
        int politeness = arg(args, 3, 200);
        int threads = arg(args, 4, 32);
        KafkaNode broker = null;
        String bootstrap;
        if (args.length > 5) {
            bootstrap = args[5];
        } else {
            broker = new KafkaNode(Path.of("target", "bench-kafka"), 0, "512m", JdkFinder.find());
            broker.start(Duration.ofSeconds(90));
            bootstrap = broker.bootstrap();
        }
        List<FixtureHost> servers = new ArrayList<>();
        List<SourceConfig> sources = new ArrayList<>();
        String page = bigPage();
        for (int h = 0; h < hosts; h++) {
            FixtureHost s = new FixtureHost().latency(latency);
            servers.add(s);
            List<String> links = new ArrayList<>();
            for (int p = 0; p < pages; p++) {
                String path = "/news/" + p + ".html";
                s.html(path, page.replace("ARTICLE-ID", h + "-" + p));
                links.add(s.url(path));
            }
            s.rss("/rss.xml", Fixtures.rss("Outlet " + h, links));
            sources.add(
                    SourceConfig.feed("outlet-" + h, URI.create(s.url("/rss.xml")), true)
                            .withPollInterval(Duration.ofHours(1)));
        }
        String run = UUID.randomUUID().toString().substring(0, 8);
        KafkaSettings kafka = new KafkaSettings(bootstrap, Map.of(), "bench-" + run + ".");
        IngestConfig config =
                IngestConfig.defaults()
                        .withPoliteness(Duration.ofMillis(politeness))
                        .withFetchThreads(threads)
                        .withGroup("bench-" + run, 24);
        int total = hosts * pages;
        Instant start = Instant.now();
        List<IngestService> instances =
                List.of(
                        IngestService.start(kafka, config, sources),
                        IngestService.start(kafka, config, sources));
        while (produced(instances) < total
                && Duration.between(start, Instant.now()).toMinutes() < 10) {
            Thread.sleep(200);
        }
        Duration wall = Duration.between(start, Instant.now());
        report(servers, instances, total, wall, hosts, pages, latency, politeness, threads);
        instances.forEach(IngestService::close);
        servers.forEach(FixtureHost::close);
        if (broker != null) {
            broker.close();
        }
    }

    private static void report(
            List<FixtureHost> servers,
            List<IngestService> instances,
            int total,
            Duration wall,
            int hosts,
            int pages,
            int latency,
            int politeness,
            int threads) {
        List<Long> articleHits = new ArrayList<>();
        long minGap = Long.MAX_VALUE;
        long twice = 0;
        for (FixtureHost s : servers) {
            List<FixtureHost.Hit> hits = s.hits();
            for (int i = 1; i < hits.size(); i++) {
                minGap = Math.min(minGap, hits.get(i).atNanos() - hits.get(i - 1).atNanos());
            }
            hits.stream()
                    .filter(h -> h.path().startsWith("/news/"))
                    .forEach(h -> articleHits.add(h.atNanos()));
            twice +=
                    hits.stream().filter(h -> h.path().startsWith("/news/")).count()
                            - hits.stream()
                                    .filter(h -> h.path().startsWith("/news/"))
                                    .map(FixtureHost.Hit::path)
                                    .distinct()
                                    .count();
        }
        Collections.sort(articleHits);
        double span = (articleHits.get(articleHits.size() - 1) - articleHits.get(0)) / 1e9;
        int from = articleHits.size() / 10;
        int to = articleHits.size() * 9 / 10;
        double mid = (articleHits.get(to) - articleHits.get(from)) / 1e9;
        System.out.printf(
                "hosts=%d pages/host=%d latency=%dms politeness=%dms threads/instance=%d instances=2%n",
                hosts, pages, latency, politeness, threads);
        System.out.printf(
                "articles produced: %d of %d; page requests: %d; fetched twice: %d%n",
                produced(instances), total, articleHits.size(), twice);
        System.out.printf(
                "throughput first..last page request: %.1f pages/s over %.1f s%n",
                articleHits.size() / span, span);
        System.out.printf("throughput middle 80%% of requests: %.1f pages/s%n", (to - from) / mid);
        System.out.printf(
                "wall time incl. start-up, feed polls and last acks: %.1f s%n",
                wall.toMillis() / 1000.0);
        System.out.printf(
                "smallest gap between two requests to one host: %.1f ms (politeness %d ms)%n",
                minGap / 1e6, politeness);
    }

    private static int produced(List<IngestService> instances) {
        double sum = 0;
        for (IngestService s : instances) {
            var c =
                    s.registry()
                            .find("claimtrack.ingest.tasks")
                            .tag("outcome", "produced")
                            .counter();
            sum += c == null ? 0 : c.count();
        }
        return (int) sum;
    }

    /** A ~20 KB page: navigation, ten paragraphs, related links, footer. */
    private static String bigPage() {
        StringBuilder nav = new StringBuilder("<nav><ul>");
        for (int i = 0; i < 120; i++) {
            nav.append("<li><a href=\"/section/")
                    .append(i)
                    .append("\">Section ")
                    .append(i)
                    .append("</a></li>");
        }
        nav.append("</ul></nav>");
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            body.append("<p>Paragraph ")
                    .append(i)
                    .append(" of story ARTICLE-ID: the fictional harbour board of")
                    .append(
                            " Vellmar met again to review the ferry timetable, the costs of the new pier and the")
                    .append(
                            " consultation with residents, who asked for every figure to be published.</p>");
        }
        return "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Story ARTICLE-ID</title>"
                + "<meta property=\"og:site_name\" content=\"Vellmar Courier\"></head><body>"
                + nav
                + "<article><h1>Story ARTICLE-ID</h1>"
                + body
                + "</article>"
                + "<aside>"
                + nav
                + "</aside><footer>Vellmar Courier, a fictional outlet</footer></body></html>";
    }

    private static int arg(String[] args, int i, int fallback) {
        return args.length > i ? Integer.parseInt(args[i]) : fallback;
    }
}
