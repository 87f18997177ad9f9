package io.claimtrack.devstack;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * How to start a {@link DevStack}.
 *
 * @param workDir where the nodes keep their data, configuration and logs
 * @param kafkaPort the broker's client port on 127.0.0.1; 0 picks a free one
 * @param elasticsearchPort the node's HTTP port on 127.0.0.1; 0 picks a free one
 * @param startTimeout how long each node may take to answer its readiness probe
 * @param kafkaHeap the broker JVM's heap, e.g. {@code 256m}
 * @param elasticsearchHeap the Elasticsearch JVM's heap, e.g. {@code 384m}
 * @param minFreeDiskBytes refuse to start with less free space than this in the work directory
 * @param keepData keep the data of a previous run in the same work directory (default: start empty)
 */
public record DevStackOptions(
        Path workDir,
        int kafkaPort,
        int elasticsearchPort,
        Duration startTimeout,
        String kafkaHeap,
        String elasticsearchHeap,
        long minFreeDiskBytes,
        boolean keepData) {

    /** {@code .claimtrack/devstack} under the current directory. */
    public static final Path DEFAULT_WORK_DIR = Path.of(".claimtrack", "devstack");

    private static final Pattern HEAP = Pattern.compile("[1-9][0-9]*[mMgG]");
    private static final long GIB = 1024L * 1024 * 1024;

    /** Validates every component; the message names the option and its limit. */
    public DevStackOptions {
        Objects.requireNonNull(workDir, "workDir");
        Objects.requireNonNull(startTimeout, "startTimeout");
        requirePort("kafkaPort", kafkaPort);
        requirePort("elasticsearchPort", elasticsearchPort);
        if (kafkaPort != 0 && kafkaPort == elasticsearchPort) {
            throw new IllegalArgumentException(
                    "kafkaPort and elasticsearchPort must differ, both are " + kafkaPort);
        }
        if (startTimeout.isNegative() || startTimeout.isZero()) {
            throw new IllegalArgumentException(
                    "startTimeout must be positive, was " + startTimeout);
        }
        requireHeap("kafkaHeap", kafkaHeap);
        requireHeap("elasticsearchHeap", elasticsearchHeap);
        if (minFreeDiskBytes < 0) {
            throw new IllegalArgumentException(
                    "minFreeDiskBytes must be >= 0, was " + minFreeDiskBytes);
        }
    }

    /** Free ports, {@link #DEFAULT_WORK_DIR}, 90 s start timeout, small heaps, 1 GiB disk floor. */
    public static DevStackOptions defaults() {
        return new DevStackOptions(
                DEFAULT_WORK_DIR, 0, 0, Duration.ofSeconds(90), "256m", "384m", GIB, false);
    }

    /** A copy with another work directory. */
    public DevStackOptions withWorkDir(Path dir) {
        return new DevStackOptions(
                dir,
                kafkaPort,
                elasticsearchPort,
                startTimeout,
                kafkaHeap,
                elasticsearchHeap,
                minFreeDiskBytes,
                keepData);
    }

    /** A copy with other ports (0 = free). */
    public DevStackOptions withPorts(int kafka, int elasticsearch) {
        return new DevStackOptions(
                workDir,
                kafka,
                elasticsearch,
                startTimeout,
                kafkaHeap,
                elasticsearchHeap,
                minFreeDiskBytes,
                keepData);
    }

    /** A copy with another start timeout. */
    public DevStackOptions withStartTimeout(Duration timeout) {
        return new DevStackOptions(
                workDir,
                kafkaPort,
                elasticsearchPort,
                timeout,
                kafkaHeap,
                elasticsearchHeap,
                minFreeDiskBytes,
                keepData);
    }

    /** A copy with other heap sizes, e.g. {@code "512m"}. */
    public DevStackOptions withHeaps(String kafka, String elasticsearch) {
        return new DevStackOptions(
                workDir,
                kafkaPort,
                elasticsearchPort,
                startTimeout,
                kafka,
                elasticsearch,
                minFreeDiskBytes,
                keepData);
    }

    /** A copy with another free-disk floor. */
    public DevStackOptions withMinFreeDiskBytes(long bytes) {
        return new DevStackOptions(
                workDir,
                kafkaPort,
                elasticsearchPort,
                startTimeout,
                kafkaHeap,
                elasticsearchHeap,
                bytes,
                keepData);
    }

    /** A copy that keeps (or wipes) the previous run's data. */
    public DevStackOptions withKeepData(boolean keep) {
        return new DevStackOptions(
                workDir,
                kafkaPort,
                elasticsearchPort,
                startTimeout,
                kafkaHeap,
                elasticsearchHeap,
                minFreeDiskBytes,
                keep);
    }

    private static void requirePort(String name, int port) {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException(
                    name + " must be 0 (free port) or 1..65535, was " + port);
        }
    }

    private static void requireHeap(String name, String heap) {
        if (heap == null || !HEAP.matcher(heap).matches()) {
            throw new IllegalArgumentException(name + " must look like 256m or 1g, was " + heap);
        }
    }
}
