package io.claimtrack.linking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MinHashTest {
    private final MinHash minHash = MinHash.defaults();

    @Test
    void normalisationIgnoresCaseQuotesDashesAndDiacritics() {
        assertThat(TextNormalizer.key("“Karabakh is Azerbaijan!”"))
                .isEqualTo(TextNormalizer.key("karabakh is azerbaijan"));
        assertThat(TextNormalizer.key("Armenia’s Human-Rights Defender"))
                .isEqualTo("armenia human rights defender");
        assertThat(TextNormalizer.key("Shushi — Şuşa")).isEqualTo("shushi susa");
    }

    @Test
    void nearDuplicatesShareABandAndUnrelatedTextsDoNot() {
        List<String> a = minHash.bandKeys(TextNormalizer.shingles(SeedQuotes.TATOYAN));
        List<String> truncated =
                minHash.bandKeys(TextNormalizer.shingles(SeedQuotes.TATOYAN.substring(0, 90)));
        List<String> other = minHash.bandKeys(TextNormalizer.shingles(SeedQuotes.AVINYAN));
        assertThat(a).hasSize(32);
        assertThat(shared(a, truncated)).isGreaterThan(0);
        assertThat(shared(a, other)).isZero();
    }

    @Test
    void signaturesAreDeterministic() {
        Set<String> s = TextNormalizer.shingles(SeedQuotes.ALIYEV);
        assertThat(minHash.signature(s)).isEqualTo(new MinHash(32, 2).signature(s));
    }

    @Test
    void rejectsImpossibleParameters() {
        assertThatThrownBy(() -> new MinHash(0, 2)).hasMessageContaining("bands*rows");
    }

    private static int shared(List<String> a, List<String> b) {
        Set<String> s = new HashSet<>(a);
        s.retainAll(b);
        return s.size();
    }
}
