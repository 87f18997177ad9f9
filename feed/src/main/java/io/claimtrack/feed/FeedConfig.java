package io.claimtrack.feed;

import java.util.Objects;

/**
 * How the feed server listens and how much it keeps.
 *
 * @param host interface to bind (loopback by default: the page has no authentication)
 * @param port TCP port, 0 for any free port
 * @param maxItems rows kept in memory; the oldest are dropped beyond it
 * @param startFrom where a new server starts reading: the whole history, or only what comes next
 * @param groupPrefix consumer group prefix; each server instance appends a random suffix and
 *     commits nothing, so every page start replays the history it was configured to
 */
public record FeedConfig(
        String host, int port, int maxItems, StartFrom startFrom, String groupPrefix) {

    /** Where a freshly started feed begins reading its topics. */
    public enum StartFrom {
        /**
         * From the beginning of every topic: a freshly opened page shows the history, then live.
         */
        EARLIEST,
        /** Only records produced after the server started. */
        LATEST
    }

    public static final int MAX_ITEMS_LIMIT = 200_000;

    public FeedConfig {
        Objects.requireNonNull(host, "feed.host");
        Objects.requireNonNull(startFrom, "feed.start-from");
        Objects.requireNonNull(groupPrefix, "feed.group-prefix");
        if (host.isBlank()) {
            throw new IllegalArgumentException("feed.host must name an interface, e.g. 127.0.0.1");
        }
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException(
                    "feed.port must be 0 (any free port) to 65535, was " + port);
        }
        if (maxItems < 1 || maxItems > MAX_ITEMS_LIMIT) {
            throw new IllegalArgumentException(
                    "feed.max-items must be 1 to " + MAX_ITEMS_LIMIT + ", was " + maxItems);
        }
        if (groupPrefix.isBlank()) {
            throw new IllegalArgumentException("feed.group-prefix must not be blank");
        }
    }

    /** Loopback, a free port, 10,000 items, history first. */
    public static FeedConfig defaults() {
        return new FeedConfig("127.0.0.1", 0, 10_000, StartFrom.EARLIEST, "claimtrack-feed");
    }

    public FeedConfig withPort(int newPort) {
        return new FeedConfig(host, newPort, maxItems, startFrom, groupPrefix);
    }

    public FeedConfig withMaxItems(int newMaxItems) {
        return new FeedConfig(host, port, newMaxItems, startFrom, groupPrefix);
    }

    public FeedConfig withStartFrom(StartFrom newStartFrom) {
        return new FeedConfig(host, port, maxItems, newStartFrom, groupPrefix);
    }
}
