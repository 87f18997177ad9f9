/**
 * The live claim feed for monitors: a consumer thread folds statements, claims and claim links from
 * Kafka into a bounded in-memory view ({@link io.claimtrack.feed.FeedView}), and a small HTTP
 * server ({@link io.claimtrack.feed.FeedServer}) serves the page, a JSON snapshot and server-sent
 * events.
 */
package io.claimtrack.feed;
