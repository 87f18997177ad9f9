/**
 * Ingest: sources (feeds, sitemaps, sections, home pages) to {@code articles.v1}, politely and
 * scaled out through Kafka. Entry point: {@link io.claimtrack.ingest.IngestService}.
 */
package io.claimtrack.ingest;
