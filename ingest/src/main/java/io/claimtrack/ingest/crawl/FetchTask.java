package io.claimtrack.ingest.crawl;

import java.util.Objects;

/**
 * One URL to fetch, the value of {@code fetch-tasks.v1} (keyed by host).
 *
 * @param sourceId the configured source that led here
 * @param origin the feed, sitemap or page the URL was found on (the URL itself for a poll)
 * @param attempt 0 for the first try
 * @param redirects redirect hops followed so far
 */
public record FetchTask(
        Kind kind, String url, String sourceId, String origin, int attempt, int redirects) {

    /** What the fetched body is expected to be. */
    public enum Kind {
        ARTICLE,
        FEED,
        SITEMAP,
        SECTION,
        HOMEPAGE;

        public boolean isListing() {
            return this != ARTICLE;
        }
    }

    public FetchTask {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(sourceId, "sourceId");
        origin = origin == null ? url : origin;
    }

    public static FetchTask article(String url, String sourceId, String origin) {
        return new FetchTask(Kind.ARTICLE, url, sourceId, origin, 0, 0);
    }

    public FetchTask retry() {
        return new FetchTask(kind, url, sourceId, origin, attempt + 1, redirects);
    }

    public FetchTask redirectTo(String location) {
        return new FetchTask(kind, location, sourceId, origin, attempt, redirects + 1);
    }
}
