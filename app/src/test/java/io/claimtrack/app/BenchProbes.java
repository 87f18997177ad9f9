package io.claimtrack.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/** Process CPU time and RSS from /proc, and consumer-group lag, for {@link PipelineBenchmark}. */
final class BenchProbes {
    private static final double TICKS_PER_SECOND = 100.0; // USER_HZ on Linux

    private BenchProbes() {}

    /** The benchmark's own JVM and the stack's child JVMs, by role. */
    static Map<String, Long> processes() {
        Map<String, Long> out = new LinkedHashMap<>();
        out.put("pipeline JVM (streams + indexer + producer)", ProcessHandle.current().pid());
        ProcessHandle.current()
                .descendants()
                .forEach(
                        p -> {
                            String cmd = commandLine(p.pid());
                            if (cmd.contains("KafkaNodeMain")) {
                                out.put("Kafka broker", p.pid());
                            } else if (cmd.contains("EsNodeMain")) {
                                out.put("Elasticsearch node", p.pid());
                            }
                        });
        return out;
    }

    // ProcessHandle.Info#commandLine is empty for these children here; /proc is not.
    private static String commandLine(long pid) {
        try {
            return Files.readString(Path.of("/proc", Long.toString(pid), "cmdline"));
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }

    /** utime + stime of {@code pid} in seconds, or -1 when unreadable. */
    static double cpuSeconds(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            // Fields after the command name, which may contain spaces, closed by the last ')'.
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(f[11]) + Long.parseLong(f[12])) / TICKS_PER_SECOND;
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /** Resident set size of {@code pid} in MiB, or -1 when unreadable. */
    static long rssMib(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
                }
            }
        } catch (IOException | RuntimeException e) {
            return -1;
        }
        return -1;
    }

    static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (IOException e) {
            return "?";
        }
    }

    /** End offsets minus the group's committed offsets, summed over {@code topics}. */
    static long lag(Admin admin, String group, Collection<String> topics)
            throws InterruptedException {
        try {
            Map<String, TopicDescription> described =
                    admin.describeTopics(topics).allTopicNames().get(10, TimeUnit.SECONDS);
            Map<TopicPartition, OffsetSpec> ask = new LinkedHashMap<>();
            for (TopicDescription d : described.values()) {
                d.partitions()
                        .forEach(
                                p ->
                                        ask.put(
                                                new TopicPartition(d.name(), p.partition()),
                                                OffsetSpec.latest()));
            }
            Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> ends =
                    admin.listOffsets(ask).all().get(10, TimeUnit.SECONDS);
            Map<TopicPartition, OffsetAndMetadata> committed =
                    admin.listConsumerGroupOffsets(group)
                            .partitionsToOffsetAndMetadata()
                            .get(10, TimeUnit.SECONDS);
            long lag = 0;
            for (var e : ends.entrySet()) {
                OffsetAndMetadata c = committed.get(e.getKey());
                lag += e.getValue().offset() - (c == null ? 0 : c.offset());
            }
            return lag;
        } catch (ExecutionException | TimeoutException e) {
            return -1;
        }
    }

    /** Per stream thread: commits and records processed so far (stream-thread-metrics). */
    static String streamThreads(org.apache.kafka.streams.KafkaStreams streams) {
        Map<String, String> out = new java.util.TreeMap<>();
        streams.metrics()
                .forEach(
                        (name, metric) -> {
                            if (!name.group().equals("stream-thread-metrics")
                                    || !(name.name().equals("commit-total")
                                            || name.name().equals("process-total"))) {
                                return;
                            }
                            String thread = name.tags().getOrDefault("thread-id", "?");
                            String shortName = "T" + thread.substring(thread.lastIndexOf('-') + 1);
                            out.merge(
                                    shortName,
                                    name.name().replace("-total", "")
                                            + "="
                                            + Math.round((Double) metric.metricValue()),
                                    (a, b) -> a + " " + b);
                        });
        return out.toString();
    }

    /** The {@code q}-quantile (0..1) of {@code values}, nearest rank; NaN when empty. */
    static double quantile(List<Long> values, double q) {
        if (values.isEmpty()) {
            return Double.NaN;
        }
        List<Long> sorted = new ArrayList<>(values);
        sorted.sort(null);
        int rank = (int) Math.ceil(q * sorted.size());
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1)));
    }
}
