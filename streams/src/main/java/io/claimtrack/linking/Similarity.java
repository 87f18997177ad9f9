package io.claimtrack.linking;

import java.util.Set;

/** Set similarity used to verify LSH candidates. */
public final class Similarity {
    private Similarity() {}

    public static double jaccard(Set<String> a, Set<String> b) {
        if (a.isEmpty() && b.isEmpty()) {
            return 0;
        }
        int inter = intersection(a, b);
        return (double) inter / (a.size() + b.size() - inter);
    }

    /** How much of the smaller set lies in the larger one: 1.0 for a truncated or partial quote. */
    public static double containment(Set<String> a, Set<String> b) {
        int min = Math.min(a.size(), b.size());
        return min == 0 ? 0 : (double) intersection(a, b) / min;
    }

    public static int intersection(Set<String> a, Set<String> b) {
        Set<String> small = a.size() <= b.size() ? a : b;
        Set<String> large = small == a ? b : a;
        int n = 0;
        for (String s : small) {
            if (large.contains(s)) {
                n++;
            }
        }
        return n;
    }

    /**
     * A set of shingles as sorted 64-bit hashes: the similarities below on these equal those on the
     * strings (up to hash collisions, ~n²/2⁶⁴) at a fraction of the memory and time.
     */
    public static long[] fingerprint(Set<String> shingles) {
        long[] out = new long[shingles.size()];
        int i = 0;
        for (String s : shingles) {
            out[i++] = MinHash.hash(s);
        }
        java.util.Arrays.sort(out);
        return out;
    }

    public static double jaccard(long[] a, long[] b) {
        if (a.length == 0 && b.length == 0) {
            return 0;
        }
        int inter = intersection(a, b);
        return (double) inter / (a.length + b.length - inter);
    }

    public static double containment(long[] a, long[] b) {
        int min = Math.min(a.length, b.length);
        return min == 0 ? 0 : (double) intersection(a, b) / min;
    }

    /** Common elements of two sorted arrays of distinct values. */
    public static int intersection(long[] a, long[] b) {
        int i = 0;
        int j = 0;
        int n = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                n++;
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return n;
    }
}
