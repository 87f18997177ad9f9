/**
 * Pure linking logic: text fingerprints, claim clustering, speaker resolution, dispute detection
 * and story grouping. No Kafka, HTTP or Elasticsearch imports (an ArchUnit test keeps it so); state
 * is reached through {@link io.claimtrack.linking.KeyValues}, which the topology backs with state
 * stores and the tests with maps.
 */
package io.claimtrack.linking;
