package io.claimtrack.ingest.discover;

import java.util.List;

/** What a feed, sitemap, section or home page lists, or why it could not be read. */
public sealed interface Listing {

    /**
     * Links found: article pages, nested sitemaps (of an index) and feeds (of a home page). All
     * absolute, not yet canonical.
     */
    record Found(List<String> articles, List<String> sitemaps, List<String> feeds)
            implements Listing {
        public Found {
            articles = List.copyOf(articles);
            sitemaps = List.copyOf(sitemaps);
            feeds = List.copyOf(feeds);
        }

        public static Found articles(List<String> urls) {
            return new Found(urls, List.of(), List.of());
        }
    }

    /** The body is not a valid listing of the expected kind (bad XML, hostile XML, ...). */
    record Malformed(String reason) implements Listing {}
}
