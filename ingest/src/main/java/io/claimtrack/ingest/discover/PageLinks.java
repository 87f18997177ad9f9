package io.claimtrack.ingest.discover;

import io.claimtrack.ingest.url.UrlCanonicalizer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Links of HTML pages: article links of a section page, feeds announced by a home page. */
public final class PageLinks {
    private PageLinks() {}

    /** Same-host links of a section page whose absolute URL matches {@code pattern}. */
    public static Listing section(byte[] body, String charset, String pageUrl, Pattern pattern) {
        Document doc = parse(body, charset, pageUrl);
        String host = UrlCanonicalizer.host(pageUrl).orElse("");
        Set<String> urls = new LinkedHashSet<>();
        for (Element a : doc.select("a[href]")) {
            UrlCanonicalizer.resolve(pageUrl, a.attr("href"))
                    .filter(u -> UrlCanonicalizer.host(u).orElse("").equals(host))
                    .filter(u -> pattern.matcher(u).find())
                    .ifPresent(urls::add);
        }
        return Listing.Found.articles(new ArrayList<>(urls));
    }

    /** Feeds announced with {@code <link rel="alternate" type="application/rss+xml|atom+xml">}. */
    public static Listing homepage(byte[] body, String charset, String pageUrl) {
        Document doc = parse(body, charset, pageUrl);
        List<String> feeds = new ArrayList<>();
        for (Element link : doc.select("link[rel~=(?i)alternate][href]")) {
            String type = link.attr("type").toLowerCase(Locale.ROOT);
            if (type.contains("rss") || type.contains("atom") || type.contains("rdf")) {
                UrlCanonicalizer.resolve(pageUrl, link.attr("href")).ifPresent(feeds::add);
            }
        }
        if (feeds.isEmpty()) {
            return new Listing.Malformed("home page announces no RSS/Atom feed");
        }
        return new Listing.Found(List.of(), List.of(), feeds.stream().distinct().toList());
    }

    private static Document parse(byte[] body, String charset, String pageUrl) {
        try {
            return Jsoup.parse(new ByteArrayInputStream(body), charset, pageUrl);
        } catch (IOException | IllegalArgumentException e) {
            // Reading from a byte array fails only on an unknown charset name; fall back.
            return Jsoup.parse(new String(body, java.nio.charset.StandardCharsets.UTF_8), pageUrl);
        }
    }
}
