package io.claimtrack.ingest.fetch;

import io.claimtrack.ingest.IngestConfig;
import io.claimtrack.ingest.fetch.FetchResult.Failed;
import io.claimtrack.ingest.fetch.FetchResult.Reason;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.zip.GZIPInputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;

/**
 * One HTTP request, no more: address guard, conditional headers, a whole-exchange deadline, a size
 * cap on the wire and again after decompression. Redirects are returned, not followed, so the
 * crawler schedules each hop like any other request. Thread-safe; share one per service.
 */
public final class Fetcher implements AutoCloseable {
    private final HttpClient client;
    private final IngestConfig config;

    public Fetcher(IngestConfig config) {
        this.config = config;
        this.client =
                HttpClient.newBuilder()
                        .version(HttpClient.Version.HTTP_2)
                        .followRedirects(HttpClient.Redirect.NEVER)
                        .connectTimeout(config.connectTimeout())
                        .build();
    }

    /** GETs {@code uri}; {@code allowPrivate} lifts the address guard for this request. */
    public FetchResult fetch(URI uri, boolean allowPrivate, Validators validators) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
            return new Failed(uri, Reason.BAD_URL, 0, "not an absolute http(s) URL", null);
        }
        if (!(allowPrivate || config.allowPrivate())) {
            Optional<String> refusal = AddressGuard.refusal(uri.getHost());
            if (refusal.isPresent()) {
                return new Failed(uri, Reason.REFUSED_ADDRESS, 0, refusal.get(), null);
            }
        }
        HttpRequest request = request(uri, scheme, validators);
        CompletableFuture<HttpResponse<byte[]>> future =
                client.sendAsync(request, info -> new CappedBodySubscriber(config.maxBodyBytes()));
        try {
            HttpResponse<byte[]> response =
                    future.get(config.requestTimeout().toMillis(), TimeUnit.MILLISECONDS);
            return classify(uri, response);
        } catch (TimeoutException e) {
            future.cancel(true);
            return new Failed(
                    uri,
                    Reason.TIMEOUT,
                    0,
                    "no complete response within " + config.requestTimeout(),
                    null);
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            return new Failed(uri, Reason.IO, 0, "interrupted", null);
        } catch (ExecutionException e) {
            return failure(uri, e.getCause());
        }
    }

    private HttpRequest request(URI uri, String scheme, Validators validators) {
        HttpRequest.Builder b =
                HttpRequest.newBuilder(uri)
                        .GET()
                        .timeout(config.requestTimeout())
                        // h2 over TLS via ALPN; cleartext h2c upgrades confuse many servers.
                        .version(
                                scheme.equals("https")
                                        ? HttpClient.Version.HTTP_2
                                        : HttpClient.Version.HTTP_1_1)
                        .header("User-Agent", config.userAgent())
                        .header(
                                "Accept",
                                "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,*/*;q=0.5")
                        .header("Accept-Encoding", "gzip, deflate");
        if (validators.etag() != null) {
            b.header("If-None-Match", validators.etag());
        }
        if (validators.lastModified() != null) {
            b.header("If-Modified-Since", validators.lastModified());
        }
        return b.build();
    }

    private FetchResult classify(URI uri, HttpResponse<byte[]> response) {
        int status = response.statusCode();
        HttpHeaders h = response.headers();
        if (status == 304) {
            return new FetchResult.NotModified(uri);
        }
        if (status >= 300 && status < 400) {
            Optional<String> location = h.firstValue("Location");
            if (location.isPresent() && status != 300 && status != 305) {
                try {
                    return new FetchResult.Redirected(
                            uri, uri.resolve(location.get().trim()), status);
                } catch (IllegalArgumentException e) {
                    return new Failed(
                            uri, Reason.BAD_URL, status, "bad Location " + location.get(), null);
                }
            }
            return new Failed(
                    uri, Reason.HTTP_STATUS, status, "redirect without usable Location", null);
        }
        if (status == 429 || status == 503) {
            Duration after = retryAfter(h.firstValue("Retry-After").orElse(null)).orElse(null);
            return new Failed(uri, Reason.THROTTLED, status, "server asked to slow down", after);
        }
        if (status < 200 || status >= 300) {
            return new Failed(uri, Reason.HTTP_STATUS, status, null, null);
        }
        byte[] body;
        try {
            body = decode(response.body(), h.firstValue("Content-Encoding").orElse("identity"));
        } catch (CappedBodySubscriber.TooLargeException e) {
            return new Failed(
                    uri, Reason.TOO_LARGE, status, "decompressed " + e.getMessage(), null);
        } catch (IOException e) {
            return new Failed(
                    uri, Reason.IO, status, "cannot decode body: " + e.getMessage(), null);
        }
        String contentType = h.firstValue("Content-Type").orElse("");
        return new FetchResult.Fetched(
                uri,
                response.uri(),
                status,
                contentType,
                charset(contentType),
                body,
                h.firstValue("ETag").orElse(null),
                h.firstValue("Last-Modified").orElse(null));
    }

    private byte[] decode(byte[] raw, String encoding) throws IOException {
        String e = encoding.trim().toLowerCase(Locale.ROOT);
        if (e.isEmpty() || e.equals("identity")) {
            return raw;
        }
        InputStream in;
        if (e.equals("gzip") || e.equals("x-gzip")) {
            in = new GZIPInputStream(new ByteArrayInputStream(raw));
        } else if (e.equals("deflate")) {
            // "deflate" is zlib-wrapped by the RFC, but some servers send raw deflate.
            boolean zlib =
                    raw.length > 1
                            && (raw[0] & 0x0f) == 8
                            && ((raw[0] & 0xff) * 256 + (raw[1] & 0xff)) % 31 == 0;
            in = new InflaterInputStream(new ByteArrayInputStream(raw), new Inflater(!zlib));
        } else {
            throw new IOException("unsupported Content-Encoding " + encoding);
        }
        try (in) {
            byte[] out =
                    in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, config.maxBodyBytes() + 1));
            if (out.length > config.maxBodyBytes()) {
                throw new CappedBodySubscriber.TooLargeException(config.maxBodyBytes());
            }
            return out;
        }
    }

    private static Failed failure(URI uri, Throwable cause) {
        if (cause instanceof CappedBodySubscriber.TooLargeException t) {
            return new Failed(uri, Reason.TOO_LARGE, 0, t.getMessage(), null);
        }
        if (cause instanceof HttpConnectTimeoutException || cause instanceof ConnectException) {
            return new Failed(uri, Reason.CONNECT, 0, String.valueOf(cause.getMessage()), null);
        }
        if (cause instanceof HttpTimeoutException) {
            return new Failed(uri, Reason.TIMEOUT, 0, String.valueOf(cause.getMessage()), null);
        }
        return new Failed(
                uri,
                Reason.IO,
                0,
                cause.getClass().getSimpleName() + ": " + cause.getMessage(),
                null);
    }

    /** The charset parameter of a Content-Type header, or null. */
    static String charset(String contentType) {
        for (String part : contentType.split(";")) {
            String p = part.trim();
            if (p.toLowerCase(Locale.ROOT).startsWith("charset=")) {
                return p.substring(8).replace("\"", "").replace("'", "").trim();
            }
        }
        return null;
    }

    /** Parses Retry-After: delta seconds or an HTTP date. */
    public static Optional<Duration> retryAfter(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String v = value.trim();
        try {
            return Optional.of(Duration.ofSeconds(Math.max(0, Long.parseLong(v))));
        } catch (NumberFormatException e) {
            try {
                ZonedDateTime at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME);
                Duration d = Duration.between(ZonedDateTime.now(at.getZone()), at);
                return Optional.of(d.isNegative() ? Duration.ZERO : d);
            } catch (RuntimeException e2) {
                return Optional.empty();
            }
        }
    }

    @Override
    public void close() {
        client.close();
    }
}
