package io.claimtrack.ingest.url;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Canonical form of article URLs, so that one page reached through a feed, a sitemap and a shared
 * link gets one id: lower-case scheme and host, no default port, no fragment, no tracking
 * parameters, an empty path as {@code /}, remaining parameters kept in their order.
 */
public final class UrlCanonicalizer {
    private static final Set<String> TRACKING =
            Set.of(
                    "fbclid",
                    "gclid",
                    "dclid",
                    "gbraid",
                    "wbraid",
                    "msclkid",
                    "yclid",
                    "mc_cid",
                    "mc_eid",
                    "igshid",
                    "_ga",
                    "_gl",
                    "ref_src",
                    "ref_url",
                    "cmpid",
                    "ito",
                    "ncid",
                    "ocid",
                    "smid",
                    "sr_share",
                    "at_medium",
                    "at_campaign",
                    "xtor",
                    "s_cid",
                    "mkt_tok",
                    "spm",
                    "share",
                    "ns_mchannel",
                    "ns_source",
                    "ns_campaign",
                    "ns_linkname",
                    "ns_fee",
                    "cmp",
                    "__twitter_impression");
    private static final List<String> TRACKING_PREFIXES =
            List.of("utm_", "pk_", "mtm_", "hsa_", "oly_", "vero_", "__hs");

    private UrlCanonicalizer() {}

    /** The canonical form of an absolute http(s) URL, or empty when it is not one. */
    public static Optional<String> canonicalize(String url) {
        if (url == null || url.isBlank()) {
            return Optional.empty();
        }
        try {
            return canonicalize(new URI(url.trim().replace(" ", "%20")));
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    /** Resolves {@code href} against {@code base}, then canonicalises; empty when invalid. */
    public static Optional<String> resolve(String base, String href) {
        if (href == null || href.isBlank()) {
            return Optional.empty();
        }
        try {
            URI b = new URI(base);
            return canonicalize(b.resolve(href.trim().replace(" ", "%20")));
        } catch (URISyntaxException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The canonical form of {@code uri}, or empty when it is not absolute http(s). */
    public static Optional<String> canonicalize(URI uri) {
        String scheme = uri.getScheme();
        if (scheme == null || uri.getRawAuthority() == null || uri.getHost() == null) {
            return Optional.empty();
        }
        scheme = scheme.toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return Optional.empty();
        }
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        if (host.endsWith(".")) {
            host = host.substring(0, host.length() - 1);
        }
        int port = uri.getPort();
        boolean defaultPort =
                port == -1
                        || (scheme.equals("http") && port == 80)
                        || (scheme.equals("https") && port == 443);
        StringBuilder out = new StringBuilder(scheme).append("://");
        out.append(host);
        if (!defaultPort) {
            out.append(':').append(port);
        }
        String path = uri.getRawPath();
        out.append(path == null || path.isEmpty() ? "/" : normalizePath(path));
        String query = cleanQuery(uri.getRawQuery());
        if (!query.isEmpty()) {
            out.append('?').append(query);
        }
        return Optional.of(out.toString());
    }

    /** The host of a canonical or raw URL, lower-case, or empty. */
    public static Optional<String> host(String url) {
        try {
            String h = new URI(url).getHost();
            return h == null ? Optional.empty() : Optional.of(h.toLowerCase(Locale.ROOT));
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    /** Host plus non-default port: the unit of politeness ("example.org", "127.0.0.1:8081"). */
    public static Optional<String> hostKey(String url) {
        try {
            URI u = new URI(url);
            if (u.getHost() == null) {
                return Optional.empty();
            }
            String h = u.getHost().toLowerCase(Locale.ROOT);
            return Optional.of(u.getPort() == -1 ? h : h + ":" + u.getPort());
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    private static String normalizePath(String path) {
        String p = URI.create("http://x" + path).normalize().getRawPath();
        // normalize() keeps leading "/.." segments; they cannot go above the root.
        while (p.startsWith("/../")) {
            p = p.substring(3);
        }
        return p.isEmpty() ? "/" : p;
    }

    private static String cleanQuery(String rawQuery) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return "";
        }
        List<String> kept = new ArrayList<>();
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = (eq < 0 ? pair : pair.substring(0, eq)).toLowerCase(Locale.ROOT);
            if (!isTracking(name)) {
                kept.add(pair);
            }
        }
        return String.join("&", kept);
    }

    private static boolean isTracking(String name) {
        if (TRACKING.contains(name)) {
            return true;
        }
        for (String prefix : TRACKING_PREFIXES) {
            if (name.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }
}
