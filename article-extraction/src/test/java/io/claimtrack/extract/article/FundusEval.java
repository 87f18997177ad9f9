package io.claimtrack.extract.article;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Dev harness: extracts every fundus page, writes {@code {"file","text"}} JSONL for
 * score_extraction.py, and prints the Java score plus the worst pages. Usage: FundusEval
 * [out.jsonl]
 */
public final class FundusEval {

    private record Row(String file, ShingleScore.PageScore score) {
        double worst() {
            double p = Double.isNaN(score.precision()) ? 0 : score.precision();
            double r = Double.isNaN(score.recall()) ? 0 : score.recall();
            return Math.min(p, r);
        }
    }

    private FundusEval() {}

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "target/fundus-out.jsonl");
        Files.createDirectories(out.toAbsolutePath().getParent());
        ArticleExtractor extractor = new ArticleExtractor();
        ObjectMapper json = new ObjectMapper();
        List<ShingleScore.PageScore> scores = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        try (Writer w = Files.newBufferedWriter(out)) {
            for (FundusPages.Page page : FundusPages.load()) {
                ExtractedArticle a = extractor.extract(page.html(), null, page.url());
                w.write(json.writeValueAsString(Map.of("file", page.file(), "text", a.text())));
                w.write('\n');
                ShingleScore.PageScore s = ShingleScore.score(page.gold(), a.text());
                scores.add(s);
                rows.add(new Row(page.file(), s));
            }
        }
        rows.sort(Comparator.comparingDouble(Row::worst));
        rows.stream()
                .limit(Integer.getInteger("worst", 20))
                .forEach(
                        r ->
                                System.out.printf(
                                        "%.3f %.3f %s%n",
                                        r.score().precision(), r.score().recall(), r.file()));
        ShingleScore.Total t = ShingleScore.total(scores);
        System.out.printf(
                "java f1 %.4f precision %.4f recall %.4f -> %s%n",
                t.f1(), t.precision(), t.recall(), out);
    }
}
