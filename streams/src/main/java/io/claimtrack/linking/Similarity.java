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
}
