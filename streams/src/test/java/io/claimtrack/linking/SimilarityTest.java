package io.claimtrack.linking;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SimilarityTest {
    @Test
    void fingerprintsGiveTheSameSimilaritiesAsTheShinglesThemselves() {
        SplittableRandom random = new SplittableRandom(7);
        List<String> words = List.of("army", "park", "war", "victory", "trophies", "prisoners");
        for (int round = 0; round < 500; round++) {
            Set<String> a = randomShingles(random, words);
            Set<String> b = randomShingles(random, words);
            long[] fa = Similarity.fingerprint(a);
            long[] fb = Similarity.fingerprint(b);
            assertThat(Similarity.intersection(fa, fb)).isEqualTo(Similarity.intersection(a, b));
            assertThat(Similarity.jaccard(fa, fb)).isEqualTo(Similarity.jaccard(a, b));
            assertThat(Similarity.containment(fa, fb)).isEqualTo(Similarity.containment(a, b));
        }
    }

    @Test
    void partialQuoteIsFullyContainedInTheWholeOne() {
        long[] whole = Similarity.fingerprint(TextNormalizer.shingles(SeedQuotes.MOFA_AZERBAIJAN));
        long[] part =
                Similarity.fingerprint(
                        TextNormalizer.shingles(
                                "refrain from rhetoric full of lies and slander on the issue"));
        assertThat(Similarity.containment(part, whole)).isEqualTo(1.0);
        assertThat(Similarity.jaccard(part, whole)).isLessThan(0.5);
        assertThat(Similarity.jaccard(whole, whole)).isEqualTo(1.0);
    }

    private static Set<String> randomShingles(SplittableRandom random, List<String> words) {
        Set<String> out = new LinkedHashSet<>();
        int n = random.nextInt(0, 12);
        for (int i = 0; i < n; i++) {
            out.add(
                    words.get(random.nextInt(words.size()))
                            + " "
                            + words.get(random.nextInt(words.size())));
        }
        return out;
    }
}
