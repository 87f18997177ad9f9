package io.claimtrack.ingest;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.zip.GZIPOutputStream;

/**
 * One fictional web host for tests: an in-JVM HTTP server on its own 127.0.0.1 port that serves
 * fixed routes and logs every request with its arrival time, so tests can check politeness.
 */
public final class FixtureHost implements AutoCloseable {
    /** One request as the server saw it. */
    public record Hit(String path, long atNanos, String ifNoneMatch, String userAgent) {}

    private final HttpServer server;
    private final ExecutorService pool = Executors.newCachedThreadPool();
    private final Map<String, HttpHandler> routes = new ConcurrentHashMap<>();
    private final List<Hit> hits = new CopyOnWriteArrayList<>();
    private volatile long latencyMillis;

    public FixtureHost() {
        try {
            server =
                    HttpServer.create(
                            new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 100);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(pool);
        server.createContext("/", this::handle);
        server.start();
    }

    private void handle(HttpExchange ex) throws IOException {
        String path =
                ex.getRequestURI().getRawPath()
                        + (ex.getRequestURI().getRawQuery() == null
                                ? ""
                                : "?" + ex.getRequestURI().getRawQuery());
        hits.add(
                new Hit(
                        path,
                        System.nanoTime(),
                        ex.getRequestHeaders().getFirst("If-None-Match"),
                        ex.getRequestHeaders().getFirst("User-Agent")));
        try (ex) {
            if (latencyMillis > 0) {
                Thread.sleep(latencyMillis);
            }
            HttpHandler h = routes.get(path);
            if (h == null) {
                h = routes.get(ex.getRequestURI().getRawPath());
            }
            if (h == null) {
                send(ex, 404, "text/plain", "not found".getBytes(StandardCharsets.UTF_8));
            } else {
                h.handle(ex);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            // the client gave up (timeouts, size cap): nothing to answer
        }
    }

    /** http://127.0.0.1:PORT */
    public String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public String url(String path) {
        return base() + path;
    }

    /** "127.0.0.1:PORT": the politeness key of this host. */
    public String hostKey() {
        return "127.0.0.1:" + server.getAddress().getPort();
    }

    /** Adds every request a delay, like a distant server. */
    public FixtureHost latency(long millis) {
        this.latencyMillis = millis;
        return this;
    }

    public FixtureHost route(String path, HttpHandler handler) {
        routes.put(path, handler);
        return this;
    }

    public FixtureHost serve(String path, String contentType, String body) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        return route(path, ex -> send(ex, 200, contentType, bytes));
    }

    public FixtureHost html(String path, String body) {
        return serve(path, "text/html; charset=utf-8", body);
    }

    public FixtureHost rss(String path, String body) {
        return serve(path, "application/rss+xml", body);
    }

    public FixtureHost robots(String body) {
        return serve("/robots.txt", "text/plain", body);
    }

    public List<Hit> hits() {
        return List.copyOf(hits);
    }

    public long hits(String path) {
        return hits.stream().filter(h -> h.path().equals(path)).count();
    }

    public static void send(HttpExchange ex, int status, String type, byte[] body)
            throws IOException {
        ex.getResponseHeaders().set("Content-Type", type);
        ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            }
        }
    }

    public static byte[] gzip(byte[] raw) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(raw);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    @Override
    public void close() {
        server.stop(0);
        pool.shutdownNow();
    }
}
