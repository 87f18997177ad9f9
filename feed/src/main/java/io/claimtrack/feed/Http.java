package io.claimtrack.feed;

import com.sun.net.httpserver.HttpExchange;
import io.claimtrack.model.json.Json;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

/** Small helpers for the JDK HTTP server: query parsing, JSON replies, common headers. */
final class Http {
    private Http() {}

    static final String CSP =
            "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; "
                    + "img-src 'self' data:; base-uri 'none'; form-action 'none'; "
                    + "frame-ancestors 'none'";

    static Map<String, String> query(HttpExchange ex) {
        Map<String, String> out = new LinkedHashMap<>();
        String raw = ex.getRequestURI().getRawQuery();
        if (raw == null || raw.isEmpty()) {
            return out;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            String k = eq < 0 ? pair : pair.substring(0, eq);
            String v = eq < 0 ? "" : pair.substring(eq + 1);
            out.put(decode(k), decode(v));
        }
        return out;
    }

    private static String decode(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }

    /** Only GET and HEAD are served; answers 405 otherwise and returns false. */
    static boolean readOnly(HttpExchange ex) throws IOException {
        String m = ex.getRequestMethod().toUpperCase(Locale.ROOT);
        if (m.equals("GET") || m.equals("HEAD")) {
            return true;
        }
        ex.getResponseHeaders().set("Allow", "GET, HEAD");
        send(
                ex,
                405,
                "text/plain; charset=utf-8",
                "method not allowed\n".getBytes(StandardCharsets.UTF_8));
        return false;
    }

    static void common(HttpExchange ex) {
        var h = ex.getResponseHeaders();
        h.set("X-Content-Type-Options", "nosniff");
        h.set("Referrer-Policy", "no-referrer");
        h.set("Cache-Control", "no-store");
    }

    static void json(HttpExchange ex, int status, Object body) throws IOException {
        byte[] bytes = Json.mapper().writeValueAsBytes(body);
        String accept = ex.getRequestHeaders().getFirst("Accept-Encoding");
        boolean gzip = accept != null && accept.contains("gzip") && bytes.length > 8192;
        common(ex);
        ex.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        if (!gzip || ex.getRequestMethod().equalsIgnoreCase("HEAD")) {
            send(ex, status, null, bytes);
            return;
        }
        ex.getResponseHeaders().set("Content-Encoding", "gzip");
        ex.sendResponseHeaders(status, 0);
        try (OutputStream out = new GZIPOutputStream(ex.getResponseBody(), 1 << 16)) {
            out.write(bytes);
        }
    }

    static void error(HttpExchange ex, int status, String message) throws IOException {
        json(ex, status, Map.of("error", message));
    }

    static void send(HttpExchange ex, int status, String contentType, byte[] body)
            throws IOException {
        common(ex);
        if (contentType != null) {
            ex.getResponseHeaders().set("Content-Type", contentType);
        }
        boolean head = ex.getRequestMethod().equalsIgnoreCase("HEAD");
        ex.sendResponseHeaders(status, head ? -1 : body.length == 0 ? -1 : body.length);
        try (OutputStream out = ex.getResponseBody()) {
            if (!head) {
                out.write(body);
            }
        }
    }
}
