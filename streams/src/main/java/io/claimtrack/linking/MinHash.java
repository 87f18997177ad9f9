package io.claimtrack.linking;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * MinHash signatures over shingle sets and their LSH bands: two sets with Jaccard similarity J
 * share at least one band with probability 1 - (1 - J^rows)^bands, so candidates are found by exact
 * band lookups instead of comparing every pair.
 *
 * @param bands number of bands (bucket keys per text)
 * @param rows hashes per band
 */
public record MinHash(int bands, int rows) {
    private static final long[] SEEDS = seeds(1024);

    /**
     * 32 bands of 2 rows: a text sharing a third of its shingles is a candidate 97% of the time.
     */
    public static MinHash defaults() {
        return new MinHash(32, 2);
    }

    public MinHash {
        if (bands < 1 || rows < 1 || (long) bands * rows > SEEDS.length) {
            throw new IllegalArgumentException(
                    "minhash bands*rows must be within 1.." + SEEDS.length);
        }
    }

    /** The signature: per hash function, the minimum hash over the shingles. */
    public long[] signature(Set<String> shingles) {
        long[] sig = new long[bands * rows];
        java.util.Arrays.fill(sig, Long.MAX_VALUE);
        for (String s : shingles) {
            long base = fnv1a(s);
            for (int i = 0; i < sig.length; i++) {
                long h = mix(base ^ SEEDS[i]);
                if (h < sig[i]) {
                    sig[i] = h;
                }
            }
        }
        return sig;
    }

    /** One bucket key per band: "band index : hash of the band's rows". */
    public List<String> bandKeys(Set<String> shingles) {
        List<String> keys = new ArrayList<>(bands);
        if (shingles.isEmpty()) {
            return keys;
        }
        long[] sig = signature(shingles);
        for (int b = 0; b < bands; b++) {
            long h = 0x9E3779B97F4A7C15L * (b + 1);
            for (int r = 0; r < rows; r++) {
                h = mix(h ^ sig[b * rows + r]);
            }
            keys.add(b + ":" + Long.toHexString(h));
        }
        return keys;
    }

    /** A well-mixed 64-bit hash of a shingle; also what {@link Similarity#fingerprint} uses. */
    static long hash(String s) {
        return mix(fnv1a(s));
    }

    private static long fnv1a(String s) {
        long h = 0xcbf29ce484222325L;
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            h ^= b & 0xff;
            h *= 0x100000001b3L;
        }
        return h;
    }

    // SplitMix64 finaliser: a cheap, well-distributed 64-bit mixer.
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    private static long[] seeds(int n) {
        SplittableRandom random = new SplittableRandom(0x5EEDL);
        long[] out = new long[n];
        for (int i = 0; i < n; i++) {
            out[i] = random.nextLong();
        }
        return out;
    }
}
