package io.claimtrack.ingest;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Typed configuration of the ingest service (section {@code ingest}), validated at construction.
 *
 * @param sourcesFile YAML file listing the sources (see {@code io.claimtrack.ingest.source})
 * @param userAgent sent with every request and matched against robots.txt groups
 * @param politenessDelay minimum gap between two requests to one host (sources may raise it)
 * @param connectTimeout TCP/TLS connect timeout
 * @param requestTimeout whole-exchange deadline: headers and body
 * @param maxBodyBytes response size cap, applied again after gzip/deflate decompression
 * @param maxRedirects redirects followed before a fetch fails
 * @param allowPrivate allow loopback/private/link-local targets for every source (tests, demo)
 * @param fetchThreads worker threads doing fetch + extraction
 * @param maxAttempts attempts of a retryable page fetch before it is given up
 * @param maxBackoff cap of the exponential per-host and per-source backoff
 * @param robotsTtl how long a host's robots.txt is cached
 * @param defaultPollInterval poll interval of sources that do not set one
 * @param groupId consumer group of the fetch-task consumers (one group per deployment)
 * @param taskPartitions partitions of {@code fetch-tasks.v1} when this service creates it
 * @param maxQueuedTasks in-memory task backlog before the task consumer pauses
 * @param metricsPort port of the Prometheus {@code /metrics} endpoint; 0 = off
 */
public record IngestConfig(
        String sourcesFile,
        String userAgent,
        Duration politenessDelay,
        Duration connectTimeout,
        Duration requestTimeout,
        long maxBodyBytes,
        int maxRedirects,
        boolean allowPrivate,
        int fetchThreads,
        int maxAttempts,
        Duration maxBackoff,
        Duration robotsTtl,
        Duration defaultPollInterval,
        String groupId,
        int taskPartitions,
        int maxQueuedTasks,
        int metricsPort) {

    public static final String DEFAULT_USER_AGENT =
            "claimtrack/0.1 (+https://github.com/claimtrack)";

    public IngestConfig {
        List<String> problems = new ArrayList<>();
        Objects.requireNonNull(sourcesFile, "ingest.sources-file");
        if (userAgent == null || userAgent.isBlank()) {
            problems.add("ingest.user-agent must not be blank");
        }
        positive(problems, "ingest.politeness-delay", politenessDelay, true);
        positive(problems, "ingest.connect-timeout", connectTimeout, false);
        positive(problems, "ingest.request-timeout", requestTimeout, false);
        positive(problems, "ingest.max-backoff", maxBackoff, false);
        positive(problems, "ingest.robots-ttl", robotsTtl, true);
        positive(problems, "ingest.default-poll-interval", defaultPollInterval, false);
        if (maxBodyBytes < 1024 || maxBodyBytes > 512L * 1024 * 1024) {
            problems.add(
                    "ingest.max-body-bytes must be within 1 KiB..512 MiB, was " + maxBodyBytes);
        }
        range(problems, "ingest.max-redirects", maxRedirects, 0, 20);
        range(problems, "ingest.fetch-threads", fetchThreads, 1, 512);
        range(problems, "ingest.max-attempts", maxAttempts, 1, 20);
        range(problems, "ingest.task-partitions", taskPartitions, 1, 1000);
        range(problems, "ingest.max-queued-tasks", maxQueuedTasks, 1, 10_000_000);
        range(problems, "ingest.metrics-port", metricsPort, 0, 65535);
        if (groupId == null || groupId.isBlank()) {
            problems.add("ingest.group-id must not be blank");
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", problems));
        }
    }

    /** Production defaults: 1 s politeness, 10 MB cap, 5 redirects, private addresses refused. */
    public static IngestConfig defaults() {
        return new IngestConfig(
                "sources.yaml",
                DEFAULT_USER_AGENT,
                Duration.ofSeconds(1),
                Duration.ofSeconds(5),
                Duration.ofSeconds(20),
                10L * 1024 * 1024,
                5,
                false,
                8,
                3,
                Duration.ofMinutes(30),
                Duration.ofHours(1),
                Duration.ofMinutes(5),
                "claimtrack-ingest",
                12,
                50_000,
                0);
    }

    public IngestConfig withSourcesFile(String file) {
        return with(c -> c.sourcesFile = file);
    }

    public IngestConfig withPoliteness(Duration delay) {
        return with(c -> c.politenessDelay = delay);
    }

    public IngestConfig withTimeouts(Duration connect, Duration request) {
        return with(
                c -> {
                    c.connectTimeout = connect;
                    c.requestTimeout = request;
                });
    }

    public IngestConfig withMaxBodyBytes(long bytes) {
        return with(c -> c.maxBodyBytes = bytes);
    }

    public IngestConfig withGroup(String group, int partitions) {
        return with(
                c -> {
                    c.groupId = group;
                    c.taskPartitions = partitions;
                });
    }

    public IngestConfig withFetchThreads(int threads) {
        return with(c -> c.fetchThreads = threads);
    }

    public IngestConfig withMetricsPort(int port) {
        return with(c -> c.metricsPort = port);
    }

    /** A copy with {@code change} applied, validated again by the canonical constructor. */
    private IngestConfig with(Consumer<Copy> change) {
        Copy copy = new Copy(this);
        change.accept(copy);
        return copy.build();
    }

    /** The components as mutable fields, so each {@code with…} names only what it changes. */
    private static final class Copy {
        String sourcesFile;
        String userAgent;
        Duration politenessDelay;
        Duration connectTimeout;
        Duration requestTimeout;
        long maxBodyBytes;
        int maxRedirects;
        boolean allowPrivate;
        int fetchThreads;
        int maxAttempts;
        Duration maxBackoff;
        Duration robotsTtl;
        Duration defaultPollInterval;
        String groupId;
        int taskPartitions;
        int maxQueuedTasks;
        int metricsPort;

        Copy(IngestConfig c) {
            sourcesFile = c.sourcesFile;
            userAgent = c.userAgent;
            politenessDelay = c.politenessDelay;
            connectTimeout = c.connectTimeout;
            requestTimeout = c.requestTimeout;
            maxBodyBytes = c.maxBodyBytes;
            maxRedirects = c.maxRedirects;
            allowPrivate = c.allowPrivate;
            fetchThreads = c.fetchThreads;
            maxAttempts = c.maxAttempts;
            maxBackoff = c.maxBackoff;
            robotsTtl = c.robotsTtl;
            defaultPollInterval = c.defaultPollInterval;
            groupId = c.groupId;
            taskPartitions = c.taskPartitions;
            maxQueuedTasks = c.maxQueuedTasks;
            metricsPort = c.metricsPort;
        }

        IngestConfig build() {
            return new IngestConfig(
                    sourcesFile,
                    userAgent,
                    politenessDelay,
                    connectTimeout,
                    requestTimeout,
                    maxBodyBytes,
                    maxRedirects,
                    allowPrivate,
                    fetchThreads,
                    maxAttempts,
                    maxBackoff,
                    robotsTtl,
                    defaultPollInterval,
                    groupId,
                    taskPartitions,
                    maxQueuedTasks,
                    metricsPort);
        }
    }

    private static void positive(List<String> problems, String key, Duration d, boolean zeroOk) {
        if (d == null) {
            problems.add(key + " is required");
        } else if (d.isNegative() || (!zeroOk && d.isZero())) {
            problems.add(key + " must be " + (zeroOk ? ">= 0" : "> 0") + ", was " + d);
        }
    }

    private static void range(List<String> problems, String key, int v, int min, int max) {
        if (v < min || v > max) {
            problems.add(key + " must be within " + min + ".." + max + ", was " + v);
        }
    }
}
