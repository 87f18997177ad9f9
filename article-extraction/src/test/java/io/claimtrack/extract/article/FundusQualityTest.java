package io.claimtrack.extract.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Regression floor for main-text quality on the shared fundus dev set (80 real pages), scored like
 * shared/eval/score_extraction.py. Fails, never skips, when the eval set is missing.
 */
class FundusQualityTest {

    /** A little under the measured figure (see docs/article-extraction.md). */
    private static final double F1_FLOOR = 0.965;

    @Test
    void mainTextF1StaysAboveTheFloor() {
        List<FundusPages.Page> pages = FundusPages.load();
        assertThat(pages).hasSize(80);
        ArticleExtractor extractor = new ArticleExtractor();
        List<ShingleScore.PageScore> scores = new ArrayList<>();
        List<String> empty = new ArrayList<>();
        for (FundusPages.Page page : pages) {
            ExtractedArticle a = extractor.extract(page.html(), null, page.url());
            if (a.text().isEmpty()) {
                empty.add(page.file());
            }
            scores.add(ShingleScore.score(page.gold(), a.text()));
        }
        ShingleScore.Total total = ShingleScore.total(scores);
        assertThat(empty).as("pages without any text").isEmpty();
        assertThat(total.f1())
                .as("fundus F1 (precision %.4f, recall %.4f)", total.precision(), total.recall())
                .isGreaterThanOrEqualTo(F1_FLOOR);
    }

    @Test
    void scorerAgreesWithThePythonReference() {
        // Hand-checked against score_extraction.py: 3 of 4 truth shingles found, 1 extra.
        ShingleScore.PageScore s = ShingleScore.score("a b c d e f g", "a b c d e f x");
        assertThat(s.precision()).isEqualTo(0.75);
        assertThat(s.recall()).isEqualTo(0.75);
        assertThat(ShingleScore.score("", "").precision()).isEqualTo(1.0);
        assertThat(ShingleScore.score("one two three four five", "").recall()).isEqualTo(0.0);
    }
}
