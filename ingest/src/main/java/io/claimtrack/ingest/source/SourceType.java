package io.claimtrack.ingest.source;

import java.util.Locale;

/** How a source lists its articles. */
public enum SourceType {
    /** RSS 2.0, RSS 1.0/RDF or Atom. */
    FEED,
    /** A sitemap or sitemap index (also Google News sitemaps, {@code .xml.gz}). */
    SITEMAP,
    /** An HTML section page whose article links match {@code link-pattern}. */
    SECTION,
    /** A home page whose {@code <link rel="alternate">} feeds are discovered and polled. */
    HOMEPAGE;

    /** The YAML spelling ({@code feed}, {@code sitemap}, ...). */
    public String yamlName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
