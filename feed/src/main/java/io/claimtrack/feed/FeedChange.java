package io.claimtrack.feed;

/** One numbered change of the feed view: a row appeared or changed, or a row went away. */
public sealed interface FeedChange {
    /** The change number, increasing by one per change within one server's lifetime. */
    long seq();

    /** The row identified by {@code item.id()} is new or changed. */
    record Upsert(long seq, FeedItem item) implements FeedChange {}

    /** The row {@code id} is gone: merged into a claim, deleted upstream, or evicted as oldest. */
    record Remove(long seq, String id) implements FeedChange {}
}
