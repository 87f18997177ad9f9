package io.claimtrack.linking;

import java.time.Duration;
import java.util.Objects;

/**
 * Tuning of the linking logic, validated at construction.
 *
 * @param minJaccard shingle Jaccard at which two wordings are the same claim
 * @param minContainment share of the shorter wording's shingles found in the longer one at which a
 *     truncated or partial quote joins a claim
 * @param minShinglesForContainment shorter wordings than this must pass {@code minJaccard}: a
 *     two-word slogan is contained in many sentences that are not the same claim
 * @param maxBucket claim ids kept per LSH bucket (most recent), bounding the candidate step
 * @param maxOccurrences occurrences kept on a claim (most recent); the count keeps counting
 * @param disputeWindow how far back a rebuttal looks for the claim it answers
 * @param storyWindow how far apart (in time seen) articles of one story may be
 */
public record LinkingSettings(
        MinHash minHash,
        double minJaccard,
        double minContainment,
        int minShinglesForContainment,
        int maxBucket,
        int maxCandidates,
        int maxOccurrences,
        int maxVariants,
        Duration disputeWindow,
        Duration storyWindow,
        int storyMinSharedEntities) {

    public LinkingSettings {
        Objects.requireNonNull(minHash, "linking.minhash");
        unit("linking.min-jaccard", minJaccard);
        unit("linking.min-containment", minContainment);
        positive("linking.min-shingles-for-containment", minShinglesForContainment, 1000);
        positive("linking.max-bucket", maxBucket, 10_000);
        positive("linking.max-candidates", maxCandidates, 10_000);
        positive("linking.max-occurrences", maxOccurrences, 1_000);
        positive("linking.max-variants", maxVariants, 200);
        positive("linking.story-min-shared-entities", storyMinSharedEntities, 100);
        duration("linking.dispute-window", disputeWindow);
        duration("linking.story-window", storyWindow);
    }

    /** Seven days for disputes (a ministry answers within days), fourteen for stories. */
    public static LinkingSettings defaults() {
        return new LinkingSettings(
                MinHash.defaults(),
                0.5,
                0.7,
                3,
                64,
                128,
                50,
                20,
                Duration.ofDays(7),
                Duration.ofDays(14),
                2);
    }

    private static void unit(String key, double v) {
        if (!(v > 0 && v <= 1)) {
            throw new IllegalArgumentException(key + " must be in (0, 1], was " + v);
        }
    }

    private static void positive(String key, int v, int max) {
        if (v < 1 || v > max) {
            throw new IllegalArgumentException(key + " must be in 1.." + max + ", was " + v);
        }
    }

    private static void duration(String key, Duration d) {
        Objects.requireNonNull(d, key);
        if (d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException(key + " must be positive, was " + d);
        }
    }
}
