package io.claimtrack.model;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One fetched news article with its extracted text and provenance; the value of {@code
 * articles.v1}.
 *
 * @param id stable id derived from the canonical URL ({@link Ids#articleId(String)})
 * @param sourceId id of the configured source that led to this page
 * @param origin the feed, sitemap or section page the URL was found on
 * @param outlet human name of the publisher (site name, or the host when unknown)
 */
public record Article(
        int schema,
        String id,
        String url,
        String canonicalUrl,
        String sourceId,
        String outlet,
        String origin,
        String title,
        String text,
        List<String> authors,
        Instant published,
        Instant modified,
        String language,
        String section,
        Instant fetchedAt,
        int httpStatus,
        String contentHash,
        String extractorVersion) {

    public static final int SCHEMA = 1;

    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(url, "url");
        authors = authors == null ? List.of() : List.copyOf(authors);
        text = text == null ? "" : text;
    }
}
