package io.claimtrack.streams;

import io.claimtrack.extract.statement.StatementExtractor;
import io.claimtrack.model.Article;
import java.lang.management.ManagementFactory;
import java.time.Instant;

/** Benchmark (not a test): CPU time of the statement extractor on the benchmark corpus. */
public final class ExtractionBench {
    private ExtractionBench() {}

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 4000;
        StatementExtractor x = new StatementExtractor();
        var mx = ManagementFactory.getThreadMXBean();
        Instant t = Instant.parse("2026-01-05T08:00:00Z");
        int statements = 0;
        long cpu = mx.getCurrentThreadCpuTime();
        for (int i = 0; i < n; i++) {
            Article a = Corpus.article("e" + i, Corpus.outlet(i), t, i, i + 1, i + 2, i + 3, i + 4);
            statements += x.extract(a.text()).statements().size();
        }
        double us = (mx.getCurrentThreadCpuTime() - cpu) / 1e3;
        System.out.printf(
                "extraction: %d articles, %d statements, %.0f µs CPU/article, %.0f µs CPU/statement%n",
                n, statements, us / n, us / Math.max(1, statements));
    }
}
