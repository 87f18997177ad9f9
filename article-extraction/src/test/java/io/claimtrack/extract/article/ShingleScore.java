package io.claimtrack.extract.article;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Java port of shared/eval/score_extraction.py: 4-gram \w+ shingles, per-page normalised counts.
 */
final class ShingleScore {

    private static final Pattern TOKEN = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);

    /**
     * Precision and recall of one page; NaN where the scorer would skip the page for that figure.
     */
    record PageScore(double precision, double recall) {}

    /** Averages over pages. */
    record Total(double precision, double recall, double f1) {}

    private ShingleScore() {}

    static PageScore score(String truth, String predicted) {
        Map<String, Integer> t = shingles(truth);
        Map<String, Integer> p = shingles(predicted);
        long tp = 0;
        long fp = 0;
        long fn = 0;
        for (Map.Entry<String, Integer> e : p.entrySet()) {
            int inTruth = t.getOrDefault(e.getKey(), 0);
            tp += Math.min(inTruth, e.getValue());
            fp += Math.max(0, e.getValue() - inTruth);
        }
        for (Map.Entry<String, Integer> e : t.entrySet()) {
            fn += Math.max(0, e.getValue() - p.getOrDefault(e.getKey(), 0));
        }
        if (tp + fp + fn == 0) {
            return new PageScore(1.0, 1.0);
        }
        double precision = tp + fp > 0 ? (double) tp / (tp + fp) : Double.NaN;
        double recall = tp + fn > 0 ? (double) tp / (tp + fn) : Double.NaN;
        return new PageScore(precision, recall);
    }

    static Total total(List<PageScore> pages) {
        double p =
                pages.stream()
                        .mapToDouble(PageScore::precision)
                        .filter(d -> !Double.isNaN(d))
                        .average()
                        .orElse(0);
        double r =
                pages.stream()
                        .mapToDouble(PageScore::recall)
                        .filter(d -> !Double.isNaN(d))
                        .average()
                        .orElse(0);
        return new Total(p, r, p + r > 0 ? 2 * p * r / (p + r) : 0);
    }

    private static Map<String, Integer> shingles(String text) {
        List<String> toks = new java.util.ArrayList<>();
        Matcher m = TOKEN.matcher(text == null ? "" : text);
        while (m.find()) {
            toks.add(m.group());
        }
        Map<String, Integer> out = new HashMap<>();
        int n = 4;
        // Like the Python: windows start at 0..len-4, at least one (possibly short) window if
        // tokens exist.
        int windows = Math.max(1, toks.size() - n + 1);
        for (int i = 0; i < windows && i < toks.size(); i++) {
            String key = String.join("\u0001", toks.subList(i, Math.min(toks.size(), i + n)));
            out.merge(key, 1, Integer::sum);
        }
        return out;
    }
}
