package io.claimtrack.feed;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.claimtrack.config.KafkaSettings;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The live claim feed: a consumer thread folds Kafka into a {@link FeedView} and an HTTP server
 * serves the page ({@code /}), server-sent events ({@code /events}), a filtered JSON snapshot
 * ({@code /api/items}) and {@code /health}.
 */
public final class FeedServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(FeedServer.class);
    private static final String WEB = "/io/claimtrack/feed/web/";
    private static final Map<String, String> ASSETS =
            Map.of(
                    "/", "index.html",
                    "/index.html", "index.html",
                    "/feed.css", "feed.css",
                    "/feed.js", "feed.js");

    private final FeedConfig config;
    private final FeedView view;
    private final FeedStats stats = new FeedStats();
    private final HttpServer http;
    private final ExecutorService httpThreads = Executors.newVirtualThreadPerTaskExecutor();
    private final FeedConsumer consumer;
    private final Thread consumerThread;
    private final SseHandler sse;
    private volatile boolean running = true;

    private FeedServer(KafkaSettings kafka, FeedConfig config, FeedView view) throws IOException {
        this.config = config;
        this.view = view;
        this.consumer =
                kafka == null
                        ? null
                        : new FeedConsumer(kafka, config, view, stats, Clock.systemUTC());
        this.sse = new SseHandler(view, () -> running);
        this.http = HttpServer.create(new InetSocketAddress(config.host(), config.port()), 64);
        http.setExecutor(httpThreads);
        http.createContext("/", this::asset);
        http.createContext("/events", sse);
        http.createContext("/api/items", this::items);
        http.createContext("/health", this::health);
        this.consumerThread =
                consumer == null
                        ? null
                        : Thread.ofPlatform().name("claimtrack-feed-consumer").unstarted(consumer);
    }

    /** Starts consuming and serving; {@link #url()} tells where the page is. */
    public static FeedServer start(KafkaSettings kafka, FeedConfig config) {
        Objects.requireNonNull(kafka, "kafka");
        Objects.requireNonNull(config, "config");
        return start(kafka, config, new FeedView(config.maxItems(), Clock.systemUTC()));
    }

    /**
     * Serves {@code view} without reading Kafka: for page tests and measurements that feed the view
     * directly.
     */
    static FeedServer serve(FeedView view, FeedConfig config) {
        return start(null, config, view);
    }

    private static FeedServer start(KafkaSettings kafka, FeedConfig config, FeedView view) {
        try {
            FeedServer server = new FeedServer(kafka, config, view);
            if (server.consumerThread != null) {
                server.consumerThread.start();
            }
            server.http.start();
            LOG.info(
                    "claim feed at {} (max {} items, from {})",
                    server.url(),
                    config.maxItems(),
                    config.startFrom());
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "cannot listen on " + config.host() + ":" + config.port(), e);
        }
    }

    /** The page's address, e.g. {@code http://127.0.0.1:41234/}. */
    public URI url() {
        String host = config.host();
        if (host.equals("0.0.0.0") || host.equals("::")) {
            host = "127.0.0.1";
        } else if (host.contains(":")) {
            host = "[" + host + "]";
        }
        return URI.create("http://" + host + ":" + http.getAddress().getPort() + "/");
    }

    /** The in-memory view the page shows. */
    public FeedView view() {
        return view;
    }

    /** What {@code /health} reports. */
    public FeedStats.Health health() {
        boolean alive = consumerThread == null || consumerThread.isAlive();
        return stats.health(alive, view, sse.clients());
    }

    @Override
    public void close() {
        running = false;
        http.stop(0);
        if (consumer != null) {
            consumer.stop();
            try {
                consumerThread.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        httpThreads.shutdownNow();
    }

    private void asset(HttpExchange ex) throws IOException {
        if (!Http.readOnly(ex)) {
            return;
        }
        String name = ASSETS.get(ex.getRequestURI().getPath());
        if (name == null) {
            Http.send(
                    ex,
                    404,
                    "text/plain; charset=utf-8",
                    "not found\n".getBytes(StandardCharsets.UTF_8));
            return;
        }
        byte[] body;
        try (InputStream in = FeedServer.class.getResourceAsStream(WEB + name)) {
            if (in == null) {
                throw new IllegalStateException("resource missing from the jar: " + WEB + name);
            }
            body = in.readAllBytes();
        }
        if (name.endsWith(".html")) {
            ex.getResponseHeaders().set("Content-Security-Policy", Http.CSP);
        }
        Http.send(ex, 200, contentType(name), body);
    }

    private static String contentType(String name) {
        if (name.endsWith(".css")) {
            return "text/css; charset=utf-8";
        }
        if (name.endsWith(".js")) {
            return "text/javascript; charset=utf-8";
        }
        return "text/html; charset=utf-8";
    }

    private void items(HttpExchange ex) throws IOException {
        if (!Http.readOnly(ex)) {
            return;
        }
        FeedFilter filter;
        try {
            filter = FeedFilter.fromQuery(Http.query(ex));
        } catch (IllegalArgumentException e) {
            Http.error(ex, 400, e.getMessage());
            return;
        }
        Http.json(ex, 200, view.snapshot(filter));
    }

    private void health(HttpExchange ex) throws IOException {
        if (!Http.readOnly(ex)) {
            return;
        }
        FeedStats.Health h = health();
        Http.json(ex, h.up() ? 200 : 503, h);
    }
}
