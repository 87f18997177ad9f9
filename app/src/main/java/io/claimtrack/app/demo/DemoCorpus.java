package io.claimtrack.app.demo;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.claimtrack.ingest.source.SourceConfig;
import io.claimtrack.ingest.source.SourceType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The bundled demo sources, each outlet served by its own HTTP server on 127.0.0.1 (a host of its
 * own, as on the real web): the two seed pages and three clearly fictional outlets that re-carry
 * quotes verbatim from the seed article.
 */
public final class DemoCorpus implements AutoCloseable {
    /** One demo outlet: its resource folder, its name and where its articles are announced. */
    public record Outlet(
            String dir, String name, SourceType type, String listPath, String country) {}

    public static final List<Outlet> OUTLETS =
            List.of(
                    new Outlet("weekly", "The Armenian Weekly", SourceType.FEED, "/feed.xml", "US"),
                    new Outlet(
                            "travel",
                            "Aristokrat Travel",
                            SourceType.SITEMAP,
                            "/sitemap.xml",
                            "AZ"),
                    new Outlet("ledger", "The Meridian Ledger", SourceType.FEED, "/feed.xml", null),
                    new Outlet(
                            "courier", "Caspian Courier Daily", SourceType.FEED, "/feed.xml", null),
                    new Outlet(
                            "northbridge", "Northbridge Wire", SourceType.FEED, "/feed.xml", null));

    private static final String ROOT = "/io/claimtrack/app/demo/";

    private final List<HttpServer> servers = new ArrayList<>();
    private final List<SourceConfig> sources = new ArrayList<>();
    private final Map<String, AtomicLong> hits = new ConcurrentHashMap<>();

    private DemoCorpus() {}

    /** Starts one server per outlet on free loopback ports. */
    public static DemoCorpus start() {
        DemoCorpus corpus = new DemoCorpus();
        try {
            for (Outlet outlet : OUTLETS) {
                corpus.serve(outlet);
            }
        } catch (IOException e) {
            corpus.close();
            throw new UncheckedIOException("cannot start the demo corpus servers", e);
        }
        return corpus;
    }

    /** Ingest sources pointing at the local outlets (private addresses allowed for them only). */
    public List<SourceConfig> sources() {
        return List.copyOf(sources);
    }

    /** Number of requests served, all outlets together. */
    public long requests() {
        return hits.values().stream().mapToLong(AtomicLong::get).sum();
    }

    private void serve(Outlet outlet) throws IOException {
        HttpServer server =
                HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        String base = "http://127.0.0.1:" + server.getAddress().getPort();
        server.createContext("/", exchange -> handle(outlet, base, exchange));
        server.start();
        servers.add(server);
        sources.add(
                new SourceConfig(
                        "demo-" + outlet.dir(),
                        outlet.name(),
                        outlet.type(),
                        URI.create(base + outlet.listPath()),
                        outlet.country(),
                        "en",
                        List.of("demo"),
                        Duration.ofMinutes(1),
                        Duration.ofMillis(200),
                        null,
                        true));
    }

    private void handle(Outlet outlet, String base, HttpExchange exchange) throws IOException {
        try (exchange) {
            hits.computeIfAbsent(outlet.dir(), k -> new AtomicLong()).incrementAndGet();
            String path = exchange.getRequestURI().getPath();
            String file =
                    path.endsWith(".xml")
                            ? path.substring(path.lastIndexOf('/') + 1)
                            : path.substring(path.lastIndexOf('/') + 1) + ".html";
            byte[] body = load(outlet.dir() + "/" + file);
            if (body == null || path.equals("/")) {
                byte[] notFound = "not found".getBytes(StandardCharsets.UTF_8);
                exchange.sendResponseHeaders(404, notFound.length);
                exchange.getResponseBody().write(notFound);
                return;
            }
            byte[] page =
                    new String(body, StandardCharsets.UTF_8)
                            .replace("{{base}}", base)
                            .getBytes(StandardCharsets.UTF_8);
            String type =
                    file.endsWith(".xml")
                            ? (file.equals("sitemap.xml") ? "application/xml" : feedType(page))
                            : "text/html; charset=utf-8";
            exchange.getResponseHeaders().set("Content-Type", type);
            exchange.sendResponseHeaders(200, page.length);
            exchange.getResponseBody().write(page);
        }
    }

    private static String feedType(byte[] page) {
        return new String(page, 0, Math.min(page.length, 200), StandardCharsets.UTF_8)
                        .contains("<feed")
                ? "application/atom+xml"
                : "application/rss+xml";
    }

    private static byte[] load(String resource) throws IOException {
        if (resource.contains("..")) {
            return null;
        }
        try (InputStream in = DemoCorpus.class.getResourceAsStream(ROOT + resource)) {
            return in == null ? null : in.readAllBytes();
        }
    }

    @Override
    public void close() {
        servers.forEach(s -> s.stop(0));
    }
}
