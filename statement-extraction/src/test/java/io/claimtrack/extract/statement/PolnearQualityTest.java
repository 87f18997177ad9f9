package io.claimtrack.extract.statement;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Quality floors on the PolNeAR dev set (84 US election articles), computed like
 * ../shared/eval/score_attribution.py; the floors sit just under the figures in
 * docs/statement-extraction.md so that a regression fails the build.
 */
class PolnearQualityTest {

    @Test
    void precisionQuotedRecallAndSpeakerAccuracyHoldTheirFloors() throws Exception {
        AttributionScorer.Scores s =
                AttributionScorer.score(EvalData.polnear(), new StatementExtractor());
        assertThat(s.gold()).isEqualTo(2192);
        assertThat(s.precision()).as("precision %s", s).isGreaterThanOrEqualTo(0.83);
        assertThat(s.recallQuoted()).as("recall on quoted %s", s).isGreaterThanOrEqualTo(0.80);
        assertThat(s.speakerAccuracy()).as("speaker accuracy %s", s).isGreaterThanOrEqualTo(0.945);
        assertThat(s.recall()).as("recall on all %s", s).isGreaterThanOrEqualTo(0.40);
    }
}
