package io.claimtrack.streams;

import io.claimtrack.linking.IdList;
import io.claimtrack.linking.KeyValues;
import io.claimtrack.linking.Linker;
import io.claimtrack.linking.LinkerStores;
import io.claimtrack.linking.LinkingSettings;
import io.claimtrack.linking.OpenDispute;
import io.claimtrack.linking.StatementEvent;
import io.claimtrack.model.Claim;
import io.claimtrack.model.SpeakerProfile;
import io.claimtrack.model.SpeakerRef;
import io.claimtrack.model.Statement;
import io.claimtrack.model.StatementKind;
import io.claimtrack.model.Story;
import io.claimtrack.model.json.Json;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Benchmark (not a test) of clustering cost as claims accumulate: generated near-duplicate
 * statements (truncated, words dropped, punctuation changed, quoted) through the {@link Linker}
 * with byte-serialising map stores (the values RocksDB would hold, without its disk flushes).
 * Prints per-record time and logical state size at 10k, 100k, 1M. Args: total (default 100000).
 */
public final class ClusteringBench {
    private ClusteringBench() {}

    public static void main(String[] args) throws Exception {
        int total = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        List<SerialisedStore<?>> all = new ArrayList<>();
        LinkerStores stores =
                new LinkerStores(
                        store(all, Claim.class),
                        store(all, IdList.class),
                        store(all, String.class),
                        store(all, SpeakerProfile.class),
                        store(all, String.class),
                        store(all, IdList.class),
                        store(all, Story.class),
                        store(all, IdList.class),
                        store(all, String.class),
                        store(all, String.class),
                        store(all, IdList.class),
                        store(all, OpenDispute.class),
                        store(all, IdList.class));
        Linker linker = new Linker(LinkingSettings.defaults(), stores);
        Random random = new Random(42);
        Instant t = Instant.parse("2026-01-05T08:00:00Z");
        var mx = java.lang.management.ManagementFactory.getThreadMXBean();
        long batchStart = System.nanoTime();
        long cpuStart = mx.getCurrentThreadCpuTime();
        int batchFrom = 0;
        int next = 10_000;
        Set<String> claims = new HashSet<>();
        for (int i = 0; i < total; i++) {
            claims.addAll(linker.onStatement(event(i, random, t)).claims());
            if (i + 1 == next || i + 1 == total) {
                double us = (System.nanoTime() - batchStart) / 1e3 / (i + 1 - batchFrom);
                double cpu = (mx.getCurrentThreadCpuTime() - cpuStart) / 1e3 / (i + 1 - batchFrom);
                long bytes = all.stream().mapToLong(SerialisedStore::bytes).sum();
                System.out.printf(
                        "clustering: %,d statements -> %,d claims (expected %,d): %.0f µs/statement"
                                + " (%.0f µs CPU) over the last %,d; state %,d KB (%,d B/statement)%n",
                        i + 1,
                        claims.size(),
                        (i + 1 + 4) / 5,
                        us,
                        cpu,
                        i + 1 - batchFrom,
                        bytes / 1024,
                        bytes / (i + 1));
                batchStart = System.nanoTime();
                cpuStart = mx.getCurrentThreadCpuTime();
                batchFrom = i + 1;
                next = next == 100_000 ? 300_000 : next * 10;
                next = Math.min(next, total);
            }
        }
    }

    private static <V> KeyValues<V> store(List<SerialisedStore<?>> all, Class<V> type) {
        SerialisedStore<V> s = new SerialisedStore<>(type);
        all.add(s);
        return s;
    }

    /** A map holding JSON bytes, like a RocksDB store behind a JsonSerde. */
    static final class SerialisedStore<V> implements KeyValues<V> {
        private final Map<String, byte[]> map = new HashMap<>();
        private final Class<V> type;
        private long bytes;

        SerialisedStore(Class<V> type) {
            this.type = type;
        }

        long bytes() {
            return bytes;
        }

        @Override
        public V get(String key) {
            byte[] b = map.get(key);
            try {
                return b == null ? null : Json.mapper().readValue(b, type);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public void put(String key, V value) {
            byte[] b = ArticleProcessor.bytes(value);
            byte[] old = map.put(key, b);
            bytes += b.length - (old == null ? -key.length() : old.length);
        }

        @Override
        public void delete(String key) {
            byte[] old = map.remove(key);
            if (old != null) {
                bytes -= old.length + key.length();
            }
        }
    }

    /** Statement i: a variant of base claim i/5 (five variants per claim). */
    static StatementEvent event(int i, Random random, Instant t) {
        int base = i / 5;
        String quote = Corpus.quote(base);
        String[] words = quote.split(" ");
        switch (i % 5) {
            case 1 ->
                    quote = String.join(" ", List.of(words).subList(0, words.length * 2 / 3)) + "…";
            case 2 -> quote = quote.toUpperCase(java.util.Locale.ROOT).replace(" ", ", ") + "!";
            case 3 -> {
                int drop = 1 + random.nextInt(words.length - 2);
                StringBuilder sb = new StringBuilder();
                for (int w = 0; w < words.length; w++) {
                    if (w != drop) {
                        sb.append(w == 0 ? "" : " ").append(words[w]);
                    }
                }
                quote = sb.toString();
            }
            case 4 -> quote = "“" + quote + "”";
            default -> {}
        }
        String id = "a" + i + "-s0";
        Statement s =
                new Statement(
                        1,
                        id,
                        "a" + i,
                        "https://x/" + i,
                        Corpus.outlet(i),
                        "src",
                        t.plusSeconds(i),
                        quote,
                        StatementKind.DIRECT,
                        "said",
                        0,
                        quote.length(),
                        new SpeakerRef(
                                "Speaker " + (base % 5000),
                                null,
                                null,
                                null,
                                null,
                                "PERSON",
                                false),
                        false,
                        List.of(),
                        List.of(),
                        "en",
                        "bench");
        return new StatementEvent(s, "", t.plusSeconds(i));
    }
}
