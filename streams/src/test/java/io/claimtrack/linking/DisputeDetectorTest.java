package io.claimtrack.linking;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimtrack.model.LinkRelation;
import org.junit.jupiter.api.Test;

class DisputeDetectorTest {
    @Test
    void recognisesDismissalsDenialsAndAccusationsOfLying() {
        assertThat(DisputeDetector.detect("dismissed", "hysteria", "").orElseThrow().relation())
                .isEqualTo(LinkRelation.REBUTS);
        assertThat(DisputeDetector.detect("said", SeedQuotes.MOFA_AZERBAIJAN, "")).isPresent();
        assertThat(DisputeDetector.detect("called", "false provocations", "").orElseThrow().cue())
                .isEqualTo("false");
        assertThat(DisputeDetector.detect("denied", "x", "").orElseThrow().confidence())
                .isGreaterThan(
                        DisputeDetector.detect("said", "it is fake", "")
                                .orElseThrow()
                                .confidence());
    }

    @Test
    void recognisesResponsesAndIgnoresPlainStatements() {
        assertThat(DisputeDetector.detect("replied", "we will see", "").orElseThrow().relation())
                .isEqualTo(LinkRelation.RESPONDS_TO);
        assertThat(DisputeDetector.detect("said", SeedQuotes.ALIYEV, "")).isEmpty();
    }
}
