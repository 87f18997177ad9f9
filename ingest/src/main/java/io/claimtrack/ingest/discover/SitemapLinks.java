package io.claimtrack.ingest.discover;

import crawlercommons.sitemaps.AbstractSiteMap;
import crawlercommons.sitemaps.SiteMap;
import crawlercommons.sitemaps.SiteMapIndex;
import crawlercommons.sitemaps.SiteMapParser;
import crawlercommons.sitemaps.SiteMapURL;
import crawlercommons.sitemaps.UnknownFormatException;
import crawlercommons.sitemaps.extension.Extension;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.GZIPInputStream;

/**
 * URLs of a sitemap, sitemap index or Google News sitemap (plain or {@code .xml.gz}), parsed by
 * crawler-commons after the XML guard; gzip is inflated here so the size cap holds.
 */
public final class SitemapLinks {
    private SitemapLinks() {}

    /** Parses {@code body} fetched from {@code sitemapUrl}; {@code maxBytes} caps inflation. */
    public static Listing parse(byte[] body, String sitemapUrl, long maxBytes) {
        byte[] xml;
        try {
            xml = isGzip(body) ? gunzip(body, maxBytes) : body;
        } catch (IOException e) {
            return new Listing.Malformed("bad gzip sitemap: " + e.getMessage());
        }
        Optional<String> refusal = XmlGuard.refusal(xml);
        if (refusal.isPresent()) {
            return new Listing.Malformed(refusal.get());
        }
        SiteMapParser parser = new SiteMapParser(false);
        parser.setAllowDocTypeDefinitions(false);
        parser.enableExtension(Extension.NEWS);
        AbstractSiteMap map;
        try {
            URL url = URI.create(sitemapUrl).toURL();
            map = parser.parseSiteMap("text/xml", xml, url);
        } catch (UnknownFormatException | IOException | IllegalArgumentException e) {
            return new Listing.Malformed("not a sitemap: " + FeedLinks.firstLine(e.getMessage()));
        }
        if (map instanceof SiteMapIndex index) {
            List<String> children = new ArrayList<>();
            for (AbstractSiteMap child : index.getSitemaps()) {
                children.add(child.getUrl().toString());
            }
            return new Listing.Found(List.of(), children, List.of());
        }
        List<String> urls = new ArrayList<>();
        if (map instanceof SiteMap s) {
            for (SiteMapURL u : s.getSiteMapUrls()) {
                urls.add(u.getUrl().toString());
            }
        }
        return Listing.Found.articles(urls);
    }

    private static boolean isGzip(byte[] b) {
        return b.length > 2 && (b[0] & 0xff) == 0x1f && (b[1] & 0xff) == 0x8b;
    }

    private static byte[] gunzip(byte[] body, long maxBytes) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
            byte[] out = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (out.length > maxBytes) {
                throw new IOException("inflates beyond " + maxBytes + " bytes");
            }
            return out;
        }
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
