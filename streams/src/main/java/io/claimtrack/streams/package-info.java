/**
 * The Kafka Streams side of claimtrack: {@link io.claimtrack.streams.ClaimTopology} (a pure
 * function building the topology) and {@link io.claimtrack.streams.StreamsService} (wiring it to a
 * cluster).
 */
package io.claimtrack.streams;
