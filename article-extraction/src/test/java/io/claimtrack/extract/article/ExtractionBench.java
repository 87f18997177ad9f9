package io.claimtrack.extract.article;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import org.jsoup.Jsoup;

/**
 * Single-thread throughput over the fundus pages, decompressed in memory first. Not a test: run by
 * hand, results go to docs/article-extraction.md. Usage: ExtractionBench [warmupRounds] [rounds]
 */
public final class ExtractionBench {

    private ExtractionBench() {}

    public static void main(String[] args) {
        int warmup = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        List<FundusPages.Page> pages = FundusPages.load();
        long bytes = pages.stream().mapToLong(p -> p.html().length).sum();
        ArticleExtractor extractor = new ArticleExtractor();
        long sink = 0;
        for (int i = 0; i < warmup; i++) {
            sink += pass(extractor, pages);
        }
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        long parseNanos = Long.MAX_VALUE;
        long fullNanos = Long.MAX_VALUE;
        long parseCpu = Long.MAX_VALUE;
        long fullCpu = Long.MAX_VALUE;
        for (int i = 0; i < rounds; i++) {
            long c0 = mx.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            for (FundusPages.Page p : pages) {
                sink += Jsoup.parse(CharsetSniffer.decode(p.html(), null), p.url()).childNodeSize();
            }
            long c1 = mx.getCurrentThreadCpuTime();
            long t1 = System.nanoTime();
            sink += pass(extractor, pages);
            long c2 = mx.getCurrentThreadCpuTime();
            long t2 = System.nanoTime();
            parseNanos = Math.min(parseNanos, t1 - t0);
            fullNanos = Math.min(fullNanos, t2 - t1);
            parseCpu = Math.min(parseCpu, c1 - c0);
            fullCpu = Math.min(fullCpu, c2 - c1);
        }
        System.out.printf(
                "pages=%d avgKB=%.0f java=%s cpus=%d%n",
                pages.size(),
                bytes / 1024.0 / pages.size(),
                Runtime.version(),
                Runtime.getRuntime().availableProcessors());
        System.out.printf(
                "extract: %.1f pages/s/core (best of %d rounds, %.2f ms/page, %.1f MB/s)%n",
                pages.size() * 1e9 / fullNanos,
                rounds,
                fullNanos / 1e6 / pages.size(),
                bytes / 1e6 / (fullNanos / 1e9));
        System.out.printf(
                "decode+jsoup parse only: %.1f pages/s/core (%.2f ms/page)%n",
                pages.size() * 1e9 / parseNanos, parseNanos / 1e6 / pages.size());
        // Thread CPU time leaves out the time other processes held the core (a shared machine).
        System.out.printf(
                "extract, thread CPU time: %.1f pages/s/core (%.2f ms/page); parse only %.1f pages/s/core%n",
                pages.size() * 1e9 / fullCpu,
                fullCpu / 1e6 / pages.size(),
                pages.size() * 1e9 / parseCpu);
        System.out.println("(sink " + (sink % 10) + ")");
    }

    private static long pass(ArticleExtractor extractor, List<FundusPages.Page> pages) {
        long n = 0;
        for (FundusPages.Page p : pages) {
            n += extractor.extract(p.html(), null, p.url()).text().length();
        }
        return n;
    }
}
