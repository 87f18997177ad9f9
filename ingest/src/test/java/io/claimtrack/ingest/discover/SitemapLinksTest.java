package io.claimtrack.ingest.discover;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

class SitemapLinksTest {
    private static final long CAP = 1_000_000;

    static byte[] gzip(String s) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(s.getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }

    @Test
    void readsAPlainSitemap() {
        Listing l =
                SitemapLinks.parse(
                        """
                <?xml version="1.0" encoding="UTF-8"?>
                <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
                  <url><loc>https://vale-news.example/2026/a.html</loc><lastmod>2026-01-01</lastmod></url>
                  <url><loc>https://vale-news.example/2026/b.html</loc></url>
                </urlset>
                """
                                .getBytes(StandardCharsets.UTF_8),
                        "https://vale-news.example/sitemap.xml",
                        CAP);
        assertThat(((Listing.Found) l).articles())
                .containsExactly(
                        "https://vale-news.example/2026/a.html",
                        "https://vale-news.example/2026/b.html");
    }

    @Test
    void readsAGzippedGoogleNewsSitemap() throws Exception {
        byte[] body =
                gzip(
                        """
                <?xml version="1.0" encoding="UTF-8"?>
                <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
                  <url><loc>https://vale-news.example/politics/2026/budget.html</loc>
                    <news:news><news:publication><news:name>Vale News</news:name><news:language>en</news:language></news:publication>
                    <news:publication_date>2026-01-02T08:00:00Z</news:publication_date><news:title>Budget</news:title></news:news></url>
                </urlset>
                """);
        Listing l = SitemapLinks.parse(body, "https://vale-news.example/sitemaps/news.xml.gz", CAP);
        assertThat(((Listing.Found) l).articles())
                .containsExactly("https://vale-news.example/politics/2026/budget.html");
    }

    @Test
    void anIndexListsItsSitemaps() {
        Listing l =
                SitemapLinks.parse(
                        """
                <?xml version="1.0" encoding="UTF-8"?>
                <sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
                  <sitemap><loc>https://vale-news.example/sitemap-1.xml</loc></sitemap>
                  <sitemap><loc>https://vale-news.example/sitemap-2.xml.gz</loc></sitemap>
                </sitemapindex>
                """
                                .getBytes(StandardCharsets.UTF_8),
                        "https://vale-news.example/sitemap.xml",
                        CAP);
        assertThat(((Listing.Found) l).sitemaps())
                .containsExactly(
                        "https://vale-news.example/sitemap-1.xml",
                        "https://vale-news.example/sitemap-2.xml.gz");
        assertThat(((Listing.Found) l).articles()).isEmpty();
    }

    @Test
    void hostileOrBrokenSitemapsAreMalformed() throws Exception {
        String xxe =
                """
                <?xml version="1.0"?><!DOCTYPE urlset [<!ENTITY x SYSTEM "file:///etc/passwd">]>
                <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>https://v.example/&x;</loc></url></urlset>
                """;
        assertThat(
                        SitemapLinks.parse(
                                xxe.getBytes(StandardCharsets.UTF_8),
                                "https://v.example/s.xml",
                                CAP))
                .isInstanceOf(Listing.Malformed.class);
        assertThat(SitemapLinks.parse(gzip(xxe), "https://v.example/s.xml.gz", CAP))
                .isInstanceOf(Listing.Malformed.class);
        assertThat(
                        SitemapLinks.parse(
                                new byte[] {0x1f, (byte) 0x8b, 1, 2, 3},
                                "https://v.example/s.xml.gz",
                                CAP))
                .isInstanceOf(Listing.Malformed.class);
    }

    @Test
    void aGzipBombIsStoppedAtTheCap() throws Exception {
        String huge = "<urlset>" + " ".repeat(3_000_000) + "</urlset>";
        Listing l = SitemapLinks.parse(gzip(huge), "https://v.example/s.xml.gz", CAP);
        assertThat(l).isInstanceOf(Listing.Malformed.class);
        assertThat(((Listing.Malformed) l).reason()).contains("inflates beyond");
    }
}
