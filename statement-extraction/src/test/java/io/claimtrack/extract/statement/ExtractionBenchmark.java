package io.claimtrack.extract.statement;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Speed benchmark (not a test): articles per second on one thread over the PolNeAR dev texts, the
 * seed texts and the fundus ground-truth article bodies, plus the heap the extractor needs. Usage:
 * {@code ExtractionBenchmark [seconds]}; prints a Markdown table.
 */
public final class ExtractionBenchmark {

    private ExtractionBenchmark() {}

    public static void main(String[] args) throws IOException {
        double seconds = args.length > 0 ? Double.parseDouble(args[0]) : 20;
        List<String> texts = corpus();
        long chars = texts.stream().mapToLong(String::length).sum();
        long heapBefore = usedHeap();
        StatementExtractor ex = new StatementExtractor();
        long heapWithExtractor = usedHeap();
        long statements = 0;
        long warmEnd = System.nanoTime() + 5_000_000_000L;
        long warmArticles = 0;
        while (System.nanoTime() < warmEnd) {
            for (String t : texts) {
                statements += ex.extract(t).statements().size();
                warmArticles++;
            }
        }
        long cpuStart = cpuNanos();
        long processStart = processCpuNanos();
        long start = System.nanoTime();
        long articles = 0;
        while (System.nanoTime() - start < seconds * 1e9) {
            for (String t : texts) {
                statements += ex.extract(t).statements().size();
                articles++;
            }
        }
        double wall = (System.nanoTime() - start) / 1e9;
        double cpu = (cpuNanos() - cpuStart) / 1e9;
        double process = (processCpuNanos() - processStart) / 1e9;
        double avg = chars / (double) texts.size();
        StringBuilder out = new StringBuilder();
        row(
                out,
                "texts (PolNeAR dev, seeds, fundus bodies)",
                "%d, avg %.0f chars",
                texts.size(),
                avg);
        row(out, "articles/s per CPU second, extraction thread", "%.0f", articles / cpu);
        row(out, "articles/s per CPU second, whole JVM (GC, JIT)", "%.0f", articles / process);
        row(out, "articles/s wall clock, one thread (shared machine)", "%.0f", articles / wall);
        row(
                out,
                "heap retained by extractor and lexicons",
                "%.1f MB",
                (heapWithExtractor - heapBefore) / 1e6);
        row(out, "max heap of the run", "%d MB", Runtime.getRuntime().maxMemory() >> 20);
        row(out, "statements per article", "%.2f", statements / (double) (articles + warmArticles));
        System.out.print(out);
    }

    private static void row(StringBuilder out, String what, String format, Object... args) {
        out.append("| ")
                .append(what)
                .append(" | ")
                .append(String.format(Locale.ROOT, format, args))
                .append(" |\n");
    }

    private static List<String> corpus() throws IOException {
        List<String> texts = new ArrayList<>();
        EvalData.polnearTexts().forEach(p -> texts.add(EvalData.read(p)));
        try (Stream<Path> s = Files.list(EvalData.shared().resolve("seeds"))) {
            s.filter(p -> p.toString().endsWith(".txt"))
                    .sorted()
                    .forEach(p -> texts.add(EvalData.read(p)));
        }
        Path fundus = EvalData.shared().resolve("eval/fundus/ground_truth.json");
        if (Files.exists(fundus)) {
            JsonNode gt = new ObjectMapper().readTree(fundus.toFile());
            gt.forEach(
                    page -> {
                        List<String> paras = new ArrayList<>();
                        page.path("body").forEach(b -> paras.add(b.asText()));
                        texts.add(String.join("\n\n", paras));
                    });
        }
        return texts;
    }

    private static long processCpuNanos() {
        var os = ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean sun
                ? sun.getProcessCpuTime()
                : 0;
    }

    private static long cpuNanos() {
        var bean = ManagementFactory.getThreadMXBean();
        return bean.getCurrentThreadCpuTime();
    }

    private static long usedHeap() {
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return rt.totalMemory() - rt.freeMemory();
    }
}
