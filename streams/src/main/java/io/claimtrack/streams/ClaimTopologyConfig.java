package io.claimtrack.streams;

import io.claimtrack.linking.LinkingSettings;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * Typed configuration of the streams service, validated at construction.
 *
 * @param applicationId Kafka Streams {@code application.id}: consumer group and prefix of internal
 *     topics; every instance of one deployment shares it
 * @param stateDir where RocksDB state lives; null means {@code <java.io.tmpdir>/claimtrack/streams}
 * @param streamThreads stream threads per instance; the default 4 is one per {@code articles.v1}
 *     partition (3) plus one, so the single linking task gets a thread of its own and extraction
 *     never waits behind it
 * @param emitInterval how often changed claims, speakers and stories are written out
 * @param maxThreadFailures stream-thread crashes tolerated within {@code failureWindow} (each
 *     replaces the thread) before the instance shuts down
 * @param createTopics whether {@link StreamsService#start} creates missing input/output topics
 * @param topicPartitions partitions for topics it creates
 */
public record ClaimTopologyConfig(
        String applicationId,
        Path stateDir,
        int streamThreads,
        Duration emitInterval,
        int maxThreadFailures,
        Duration failureWindow,
        boolean createTopics,
        int topicPartitions,
        LinkingSettings linking) {

    public ClaimTopologyConfig {
        Objects.requireNonNull(applicationId, "streams.application-id");
        if (!applicationId.matches("[A-Za-z0-9._-]{1,200}")) {
            throw new IllegalArgumentException(
                    "streams.application-id must be 1..200 of [A-Za-z0-9._-], was '"
                            + applicationId
                            + "'");
        }
        stateDir =
                stateDir != null
                        ? stateDir
                        : Path.of(System.getProperty("java.io.tmpdir"), "claimtrack", "streams");
        range("streams.stream-threads", streamThreads, 1, 64);
        range("streams.max-thread-failures", maxThreadFailures, 0, 1000);
        range("streams.topic-partitions", topicPartitions, 1, 1000);
        Objects.requireNonNull(emitInterval, "streams.emit-interval");
        if (emitInterval.toMillis() < 10 || emitInterval.toSeconds() > 60) {
            throw new IllegalArgumentException(
                    "streams.emit-interval must be within 10ms..60s, was " + emitInterval);
        }
        Objects.requireNonNull(failureWindow, "streams.failure-window");
        if (failureWindow.isNegative() || failureWindow.isZero()) {
            throw new IllegalArgumentException(
                    "streams.failure-window must be positive, was " + failureWindow);
        }
        Objects.requireNonNull(linking, "streams.linking");
    }

    public static ClaimTopologyConfig defaults() {
        return new ClaimTopologyConfig(
                "claimtrack-streams",
                null,
                4,
                Duration.ofMillis(100),
                3,
                Duration.ofMinutes(10),
                true,
                3,
                LinkingSettings.defaults());
    }

    public ClaimTopologyConfig withApplicationId(String id) {
        return with(id, stateDir, streamThreads);
    }

    public ClaimTopologyConfig withStreamThreads(int threads) {
        return with(applicationId, stateDir, threads);
    }

    public ClaimTopologyConfig withStateDir(Path dir) {
        return with(applicationId, dir, streamThreads);
    }

    /** A copy with what deployments and tests change, validated again. */
    private ClaimTopologyConfig with(String id, Path dir, int threads) {
        return new ClaimTopologyConfig(
                id,
                dir,
                threads,
                emitInterval,
                maxThreadFailures,
                failureWindow,
                createTopics,
                topicPartitions,
                linking);
    }

    private static void range(String key, int v, int min, int max) {
        if (v < min || v > max) {
            throw new IllegalArgumentException(
                    key + " must be within " + min + ".." + max + ", was " + v);
        }
    }
}
