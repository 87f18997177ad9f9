package io.claimtrack.ingest.crawl;

import io.claimtrack.extract.article.ArticleExtractor;
import io.claimtrack.extract.article.ExtractedArticle;
import io.claimtrack.ingest.fetch.FetchResult;
import io.claimtrack.ingest.source.SourceConfig;
import io.claimtrack.ingest.url.UrlCanonicalizer;
import io.claimtrack.model.Article;
import io.claimtrack.model.Ids;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/** Turns a fetched HTML page into an {@link Article} with provenance. Pure apart from the clock. */
public final class ArticleMaker {
    /** An extracted article or why there is none. */
    public sealed interface Made {}

    /** The article plus the canonical URL and content hash used for de-duplication. */
    public record Ok(Article article) implements Made {}

    /** Extraction found no main text, or threw. */
    public record NoText(String reason) implements Made {}

    private final ArticleExtractor extractor = new ArticleExtractor();

    /** Extracts {@code page}, reached through {@code task}, from {@code source}. */
    public Made make(FetchResult.Fetched page, FetchTask task, SourceConfig source, Instant now) {
        String url = page.finalUri().toString();
        ExtractedArticle x;
        try {
            x = extractor.extract(page.body(), page.charset(), url);
        } catch (RuntimeException | StackOverflowError e) {
            // Deeply nested markup can overflow a recursive extractor: a bad page, not a crash.
            return new NoText(
                    "extractor threw " + e.getClass().getSimpleName() + ": " + e.getMessage());
        }
        if (x.isEmpty() || x.text().isBlank()) {
            return new NoText("no article text found");
        }
        String fetchedCanonical = UrlCanonicalizer.canonicalize(url).orElse(url);
        String canonical = canonical(x.canonicalUrl(), fetchedCanonical);
        String host = UrlCanonicalizer.host(canonical).orElse("");
        Article article =
                new Article(
                        Article.SCHEMA,
                        Ids.articleId(canonical),
                        url,
                        canonical,
                        task.sourceId(),
                        outlet(x, source, host),
                        task.origin(),
                        x.title(),
                        x.text(),
                        x.authors(),
                        x.published(),
                        x.modified(),
                        x.language() != null ? x.language() : source.language(),
                        x.section(),
                        now,
                        page.status(),
                        contentHash(x.text()),
                        ArticleExtractor.VERSION);
        return new Ok(article);
    }

    /**
     * The page's rel=canonical when it stays on the same site (ignoring "www."), else the fetched
     * URL: a page must not be able to claim another site's identity and suppress its articles.
     */
    static String canonical(String declared, String fetchedCanonical) {
        if (declared == null || declared.isBlank()) {
            return fetchedCanonical;
        }
        Optional<String> c = UrlCanonicalizer.resolve(fetchedCanonical, declared);
        if (c.isEmpty()) {
            return fetchedCanonical;
        }
        String a = site(UrlCanonicalizer.host(c.get()).orElse(""));
        String b = site(UrlCanonicalizer.host(fetchedCanonical).orElse(""));
        return a.equals(b) ? c.get() : fetchedCanonical;
    }

    private static String site(String host) {
        return host.startsWith("www.") ? host.substring(4) : host;
    }

    /** Hash of the main text with whitespace and case folded, so re-rendered copies match. */
    public static String contentHash(String text) {
        String norm = text.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").trim();
        return Ids.sha256Hex(norm);
    }

    private static String outlet(ExtractedArticle x, SourceConfig source, String host) {
        if (x.siteName() != null && !x.siteName().isBlank()) {
            return x.siteName();
        }
        if (source.name() != null && !source.name().equals(source.id())) {
            return source.name();
        }
        return host;
    }
}
