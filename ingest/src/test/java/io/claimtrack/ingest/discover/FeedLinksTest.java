package io.claimtrack.ingest.discover;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class FeedLinksTest {
    private static final String BASE = "https://harbor-gazette.example/feeds/main.xml";

    static Listing parse(String xml) {
        return FeedLinks.parse(xml.getBytes(StandardCharsets.UTF_8), BASE);
    }

    @Test
    void readsRss2WithRelativeAndTrackedLinks() {
        Listing l =
                parse(
                        """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0"><channel><title>The Harbor Gazette</title><link>https://harbor-gazette.example/</link>
                <item><title>Council votes</title><link>https://harbor-gazette.example/news/council.html?utm_source=rss</link></item>
                <item><title>Ferry</title><link>/news/ferry.html</link></item>
                <item><title>Again</title><link>https://harbor-gazette.example/news/council.html#top</link></item>
                </channel></rss>
                """);
        assertThat(FeedLinks.urls(l))
                .containsExactly(
                        "https://harbor-gazette.example/news/council.html",
                        "https://harbor-gazette.example/news/ferry.html");
    }

    @Test
    void readsRss1Rdf() {
        Listing l =
                parse(
                        """
                <?xml version="1.0"?>
                <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/">
                  <channel rdf:about="https://harbor-gazette.example/"><title>HG</title><link>https://harbor-gazette.example/</link>
                    <description>d</description>
                    <items><rdf:Seq><rdf:li rdf:resource="https://harbor-gazette.example/a.html"/></rdf:Seq></items></channel>
                  <item rdf:about="https://harbor-gazette.example/a.html"><title>A</title><link>https://harbor-gazette.example/a.html</link></item>
                </rdf:RDF>
                """);
        assertThat(FeedLinks.urls(l)).containsExactly("https://harbor-gazette.example/a.html");
    }

    @Test
    void readsAtomAlternateLinks() {
        Listing l =
                parse(
                        """
                <?xml version="1.0" encoding="utf-8"?>
                <feed xmlns="http://www.w3.org/2005/Atom"><title>Vale News</title><id>urn:vale</id><updated>2026-01-01T00:00:00Z</updated>
                  <entry><title>One</title><id>urn:1</id><updated>2026-01-01T00:00:00Z</updated>
                    <link rel="alternate" href="https://vale-news.example/2026/one"/></entry>
                </feed>
                """);
        assertThat(FeedLinks.urls(l)).containsExactly("https://vale-news.example/2026/one");
    }

    @Test
    void malformedXmlIsReportedNotThrown() {
        assertThat(parse("<rss version=\"2.0\"><channel><item><link>x</link></channel>"))
                .isInstanceOf(Listing.Malformed.class);
        assertThat(parse("this is not xml at all")).isInstanceOf(Listing.Malformed.class);
        assertThat(parse("<html><body>not a feed</body></html>"))
                .isInstanceOf(Listing.Malformed.class);
    }

    @Test
    void externalEntitiesAreNeverResolved() {
        Listing l =
                parse(
                        """
                <?xml version="1.0"?>
                <!DOCTYPE rss [ <!ENTITY xxe SYSTEM "file:///etc/passwd"> ]>
                <rss version="2.0"><channel><title>&xxe;</title>
                <item><link>https://harbor-gazette.example/&xxe;</link></item></channel></rss>
                """);
        assertThat(l).isInstanceOf(Listing.Malformed.class);
        assertThat(((Listing.Malformed) l).reason()).contains("DOCTYPE");
    }

    @Test
    void billionLaughsIsRefusedBeforeExpansion() {
        StringBuilder dtd = new StringBuilder("<!DOCTYPE lolz [<!ENTITY lol \"lol\">");
        for (int i = 1; i <= 9; i++) {
            dtd.append("<!ENTITY lol").append(i).append(" \"");
            dtd.append(("&lol" + (i == 1 ? "" : (i - 1)) + ";").repeat(10)).append("\">");
        }
        dtd.append("]>");
        Listing l =
                parse(
                        "<?xml version=\"1.0\"?>"
                                + dtd
                                + "<rss version=\"2.0\"><channel><title>&lol9;</title></channel></rss>");
        assertThat(l).isInstanceOf(Listing.Malformed.class);
    }

    @Test
    void aUtf16EncodedDoctypeIsAlsoCaught() {
        byte[] xml =
                "<?xml version=\"1.0\" encoding=\"UTF-16\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/hosts\">]><rss/>"
                        .getBytes(StandardCharsets.UTF_16);
        assertThat(FeedLinks.parse(xml, BASE)).isInstanceOf(Listing.Malformed.class);
    }
}
