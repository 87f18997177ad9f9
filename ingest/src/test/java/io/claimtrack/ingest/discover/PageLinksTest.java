package io.claimtrack.ingest.discover;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class PageLinksTest {

    @Test
    void aSectionPageYieldsSameHostLinksMatchingThePattern() {
        String html =
                """
                <html><body><nav><a href="/about">About</a><a href="/politics/">Politics</a></nav>
                <a href="/politics/2026/budget-vote.html?utm_medium=section">Budget vote</a>
                <a href="https://vale-news.example/politics/2026/ferry.html">Ferry</a>
                <a href="https://elsewhere.example/politics/2026/copy.html">Copy</a>
                <a href="/politics/2026/budget-vote.html">Budget vote again</a></body></html>
                """;
        Listing l =
                PageLinks.section(
                        html.getBytes(StandardCharsets.UTF_8),
                        null,
                        "https://vale-news.example/politics/",
                        Pattern.compile("/politics/\\d{4}/"));
        assertThat(((Listing.Found) l).articles())
                .containsExactly(
                        "https://vale-news.example/politics/2026/budget-vote.html",
                        "https://vale-news.example/politics/2026/ferry.html");
    }

    @Test
    void aHomePageAnnouncesItsFeeds() {
        String html =
                """
                <html><head>
                <link rel="alternate" type="application/rss+xml" title="All" href="/rss.xml">
                <link rel="alternate" type="application/atom+xml" href="https://ridge-post.example/atom.xml">
                <link rel="alternate" hreflang="fr" href="/fr/">
                <link rel="stylesheet" href="/s.css">
                </head><body></body></html>
                """;
        Listing l =
                PageLinks.homepage(
                        html.getBytes(StandardCharsets.UTF_8),
                        "utf-8",
                        "https://ridge-post.example/");
        assertThat(((Listing.Found) l).feeds())
                .containsExactly(
                        "https://ridge-post.example/rss.xml",
                        "https://ridge-post.example/atom.xml");
    }

    @Test
    void aHomePageWithoutFeedsIsReported() {
        Listing l =
                PageLinks.homepage(
                        "<html><head></head></html>".getBytes(StandardCharsets.UTF_8),
                        "no-such-charset",
                        "https://ridge-post.example/");
        assertThat(l).isInstanceOf(Listing.Malformed.class);
    }
}
