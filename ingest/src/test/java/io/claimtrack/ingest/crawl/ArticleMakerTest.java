package io.claimtrack.ingest.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimtrack.ingest.fetch.FetchResult;
import io.claimtrack.ingest.source.SourceConfig;
import io.claimtrack.model.Ids;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ArticleMakerTest {
    private static final String PAGE =
            """
            <html lang="en"><head><meta charset="utf-8"><title>Pier vote</title>
            <link rel="canonical" href="https://www.vale-news.example/politics/pier-vote?utm_source=x">
            </head><body><article><h1>Pier vote</h1>
            <p>The fictional Vellmar harbour board voted on Monday to rebuild the old pier after a long debate.</p>
            <p>"We have waited long enough for this decision," said board member Ilse Marrow after the vote.</p>
            <p>Work is expected to start in the spring and to last about two years, the board said.</p>
            </article></body></html>
            """;

    @Test
    void buildsAnArticleWithProvenanceAndTheSameSiteCanonicalUrl() {
        URI fetched = URI.create("https://vale-news.example/p/123?utm_medium=feed");
        var page =
                new FetchResult.Fetched(
                        fetched,
                        fetched,
                        200,
                        "text/html",
                        "utf-8",
                        PAGE.getBytes(StandardCharsets.UTF_8),
                        null,
                        null);
        var task =
                FetchTask.article(fetched.toString(), "vale", "https://vale-news.example/rss.xml");
        var source =
                SourceConfig.feed("vale", URI.create("https://vale-news.example/rss.xml"), false);
        Instant now = Instant.parse("2026-01-02T03:04:05Z");

        var made = new ArticleMaker().make(page, task, source, now);

        assertThat(made).isInstanceOf(ArticleMaker.Ok.class);
        var a = ((ArticleMaker.Ok) made).article();
        assertThat(a.canonicalUrl()).isEqualTo("https://www.vale-news.example/politics/pier-vote");
        assertThat(a.id()).isEqualTo(Ids.articleId(a.canonicalUrl()));
        assertThat(a.url()).isEqualTo(fetched.toString());
        assertThat(a.sourceId()).isEqualTo("vale");
        assertThat(a.origin()).isEqualTo("https://vale-news.example/rss.xml");
        assertThat(a.fetchedAt()).isEqualTo(now);
        assertThat(a.httpStatus()).isEqualTo(200);
        assertThat(a.contentHash()).isEqualTo(ArticleMaker.contentHash(a.text()));
        assertThat(a.text()).contains("We have waited long enough");
    }

    @Test
    void aCanonicalOnAnotherSiteIsIgnored() {
        assertThat(
                        ArticleMaker.canonical(
                                "https://rival.example/stolen", "https://vale-news.example/a"))
                .isEqualTo("https://vale-news.example/a");
        assertThat(ArticleMaker.canonical("/b#x", "https://vale-news.example/a"))
                .isEqualTo("https://vale-news.example/b");
        assertThat(ArticleMaker.canonical(null, "https://vale-news.example/a"))
                .isEqualTo("https://vale-news.example/a");
    }

    @Test
    void theContentHashIgnoresWhitespaceAndCase() {
        assertThat(ArticleMaker.contentHash("The  Board\nvoted"))
                .isEqualTo(ArticleMaker.contentHash("the board voted "));
        assertThat(ArticleMaker.contentHash("a")).isNotEqualTo(ArticleMaker.contentHash("b"));
    }

    @Test
    void aPageWithoutTextIsReportedNotProduced() {
        URI u = URI.create("https://vale-news.example/empty");
        var page =
                new FetchResult.Fetched(
                        u,
                        u,
                        200,
                        "text/html",
                        null,
                        "<html><body></body></html>".getBytes(StandardCharsets.UTF_8),
                        null,
                        null);
        var made =
                new ArticleMaker()
                        .make(
                                page,
                                FetchTask.article(u.toString(), "vale", null),
                                SourceConfig.feed("vale", u, false),
                                Instant.EPOCH);
        assertThat(made).isInstanceOf(ArticleMaker.NoText.class);
    }
}
