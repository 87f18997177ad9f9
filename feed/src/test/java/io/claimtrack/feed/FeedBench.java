package io.claimtrack.feed;

import io.claimtrack.model.Claim;
import io.claimtrack.model.Statement;
import io.claimtrack.model.json.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Measures (not a test: no suite runs it, it asserts nothing about speed). Run on demand:
 *
 * <pre>
 * ./mvnw -B -q -pl feed -am verify -Dtest=NONE -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dfailsafe.failIfNoSpecifiedTests=false -Dit.test=FeedBench
 * </pre>
 *
 * Writes {@code target/feed-bench.json}: latency from a statement sent to Kafka to its row in the
 * page (steady and burst), and the page's responsiveness with 10,000 rows in memory.
 */
class FeedBench {
    private static final Logger LOG = LoggerFactory.getLogger(FeedBench.class);
    private static final String[] SPEAKERS = {
        "Mara Vell", "Ilo Brandt", "Teodor Quill", "Anneke Sorel", "Bastien Roe", "Liora Kemp",
        "Orsolya Fenn", "Caius Darrow", "Nadira Holm", "Pim Alder", "Runa Vask", "Edda Morrow"
    };
    private static final String[] OUTLETS = {
        "Harbor Ledger",
        "Valley Courier",
        "Northgate Post",
        "Lakeside Tribune",
        "Ridge Gazette",
        "Meadow Herald",
        "Port Signal",
        "Kestrel Daily"
    };
    private static final String[] TOPICS = {
        "the harbour tax", "the night ferries", "the bridge repairs", "the school budget",
        "water prices", "the rail timetable", "the fishing quota", "the market hall"
    };

    private final Map<String, Object> results = new LinkedHashMap<>();

    @Test
    void measure() throws Exception {
        results.put("when", Instant.now().toString());
        results.put("cpus", Runtime.getRuntime().availableProcessors());
        results.put("load_average_at_start", loadAverage());
        try (Browser browser = Browser.start(1280, 900)) {
            latency(browser);
            tenThousand(browser);
        } catch (Exception | AssertionError e) {
            results.put("error", e.toString());
            throw e;
        } finally {
            write();
        }
    }

    /** The machine is shared: the load average says how much the figures can be trusted. */
    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (java.io.IOException e) {
            return "unknown: " + e.getMessage();
        }
    }

    private void write() throws java.io.IOException {
        results.put("load_average_at_end", loadAverage());
        Path out = Path.of("target", "feed-bench.json");
        Files.writeString(
                out, Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(results));
        LOG.info("feed bench results in {}:\n{}", out.toAbsolutePath(), Files.readString(out));
    }

    private void latency(Browser browser) throws Exception {
        try (LiveKafka kafka = LiveKafka.create("feed-bench-lat");
                FeedServer server = FeedServer.start(kafka.settings, FeedConfig.defaults())) {
            PageCheck page = new PageCheck(browser.driver);
            page.open(server.url().toString());
            send(kafka, "warm", 20, 0);
            page.row("warm-19");
            results.put("steady_20_per_s", latencies(browser, send(kafka, "steady", 300, 50)));
            results.put("burst_1000", latencies(browser, send(kafka, "burst", 1000, 0)));
        }
    }

    private void tenThousand(Browser browser) throws Exception {
        try (LiveKafka kafka = LiveKafka.create("feed-bench-10k")) {
            Instant base = Instant.now().minusSeconds(10_000 * 30L);
            produceAll(kafka, base);
            long t0 = System.nanoTime();
            try (FeedServer server = FeedServer.start(kafka.settings, FeedConfig.defaults())) {
                long deadline = System.nanoTime() + 120_000_000_000L;
                while (server.view().size() < 10_000 && System.nanoTime() < deadline) {
                    Thread.sleep(20);
                }
                if (server.view().size() < 10_000) {
                    throw new IllegalStateException(
                            "the feed holds " + server.view().size() + " of 10,000 claims");
                }
                results.put("server_catch_up_10k_ms", (System.nanoTime() - t0) / 1_000_000);
                PageCheck page = new PageCheck(browser.driver);
                page.open(server.url().toString());
                page.await()
                        .until(
                                d ->
                                        js(browser, "return window.claimtrackFeed.state().items")
                                                .equals(10_000L));
                Map<String, Object> page10k = new LinkedHashMap<>();
                page10k.put(
                        "first_render_ms_since_navigation",
                        js(browser, "return window.claimtrackFeed.metrics.firstRenderAt"));
                page10k.put(
                        "dom_elements",
                        js(browser, "return document.getElementsByTagName('*').length"));
                page10k.put(
                        "rows_in_dom",
                        js(browser, "return window.claimtrackFeed.state().rendered"));
                page10k.put(
                        "js_heap_mb",
                        js(
                                browser,
                                "return Math.round(performance.memory.usedJSHeapSize / 1048576)"));
                page10k.put("filters", filters(browser));
                page10k.put("live_burst_2000_at_200_per_s", liveUnderLoad(browser, kafka));
                results.put("page_with_10000_items", page10k);
            }
        }
    }

    /** 10,000 claims, in chunks whose every send is confirmed (a busy broker may time some out). */
    private static void produceAll(LiveKafka kafka, Instant base) throws Exception {
        for (int from = 0; from < 10_000; from += 500) {
            for (int attempt = 1; ; attempt++) {
                Map<Integer, java.util.concurrent.Future<?>> sent = new LinkedHashMap<>();
                for (int i = from; i < from + 500; i++) {
                    sent.put(i, kafka.claim(syntheticClaim(i, base.plusSeconds(i * 30L))));
                }
                kafka.flush();
                int failed = 0;
                for (var f : sent.values()) {
                    try {
                        f.get();
                    } catch (java.util.concurrent.ExecutionException e) {
                        failed++;
                    }
                }
                if (failed == 0) {
                    break;
                }
                if (attempt == 3) {
                    throw new IllegalStateException(failed + " sends failed three times");
                }
                LOG.warn("{} of 500 sends failed; sending the chunk again", failed);
            }
        }
    }

    private Map<String, Object> filters(Browser browser) {
        Map<String, Object> out = new LinkedHashMap<>();
        List<Map<String, Object>> cases =
                List.of(
                        Map.of("q", "harbour tax"),
                        Map.of("speaker", "vell"),
                        Map.of("outlet", "courier"),
                        Map.of("official", true),
                        Map.of("disputed", true),
                        Map.of("q", "bridge", "speaker", "brandt", "official", true),
                        Map.of());
        for (Map<String, Object> f : cases) {
            List<Double> totals = new ArrayList<>();
            Object matched = null;
            for (int rep = 0; rep < 7; rep++) {
                @SuppressWarnings("unchecked")
                Map<String, Object> r =
                        (Map<String, Object>)
                                browser.driver.executeScript(
                                        "return window.claimtrackFeed.timeFilter(arguments[0])", f);
                totals.add(((Number) r.get("totalMs")).doubleValue());
                matched = r.get("matched");
                // Alternate with the unfiltered view so every repetition re-renders.
                browser.driver.executeScript("window.claimtrackFeed.timeFilter({})");
            }
            totals.sort(null);
            out.put(
                    f.isEmpty() ? "none" : f.toString(),
                    Map.of(
                            "matched", matched,
                            "median_ms", round(totals.get(totals.size() / 2)),
                            "max_ms", round(totals.getLast())));
        }
        return out;
    }

    private Map<String, Object> liveUnderLoad(Browser browser, LiveKafka kafka) throws Exception {
        browser.driver.executeScript(
                """
                window.__bench = { longTasks: [], maxGap: 0, last: performance.now(), run: true };
                new PerformanceObserver(l => l.getEntries().forEach(e => window.__bench.longTasks.push(e.duration)))
                    .observe({ type: 'longtask' });
                (function tick(t) {
                  const b = window.__bench; b.maxGap = Math.max(b.maxGap, t - b.last); b.last = t;
                  if (b.run) requestAnimationFrame(tick);
                })(performance.now());
                """);
        Map<String, Object> out = latencies(browser, send(kafka, "load", 2000, 5));
        @SuppressWarnings("unchecked")
        Map<String, Object> b =
                (Map<String, Object>)
                        browser.driver.executeScript(
                                """
                const b = window.__bench; b.run = false;
                return { longTasks: b.longTasks.length,
                         longTaskMaxMs: Math.round(Math.max(0, ...b.longTasks)),
                         maxFrameGapMs: Math.round(b.maxGap) };
                """);
        out.putAll(b);
        return out;
    }

    /** Sends statements, {@code gapMillis} apart; returns the send time of each id. */
    private static Map<String, Long> send(LiveKafka kafka, String prefix, int n, long gapMillis)
            throws InterruptedException {
        Map<String, Long> sent = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            String id = prefix + "-" + i;
            String speaker = SPEAKERS[i % SPEAKERS.length];
            String outlet = OUTLETS[i % OUTLETS.length];
            Statement s =
                    Fixtures.statement(
                            id,
                            speaker,
                            i % 3 == 0,
                            outlet,
                            speaker + " on " + TOPICS[i % TOPICS.length] + ": statement " + id,
                            Instant.now());
            sent.put(id, System.currentTimeMillis());
            kafka.statement(s);
            if (gapMillis > 0) {
                Thread.sleep(gapMillis);
            }
        }
        kafka.flush();
        return sent;
    }

    private static Map<String, Object> latencies(Browser browser, Map<String, Long> sent)
            throws InterruptedException {
        String last = ((LinkedHashMap<String, Long>) sent).lastEntry().getKey();
        long deadline = System.currentTimeMillis() + 60_000;
        while (System.currentTimeMillis() < deadline
                && js(
                                browser,
                                "return window.claimtrackFeed.metrics.renderedAt.get(arguments[0]) || 0",
                                last)
                        .equals(0L)) {
            Thread.sleep(50);
        }
        Thread.sleep(500);
        Map<String, Object> rendered = times(browser, "renderedAt", sent);
        Map<String, Object> received = times(browser, "receivedAt", sent);
        List<Long> ms = new ArrayList<>();
        List<Long> toBrowser = new ArrayList<>();
        List<Long> inBrowser = new ArrayList<>();
        sent.forEach(
                (id, at) -> {
                    Object r = rendered.get(id);
                    Object in = received.get(id);
                    if (r != null) {
                        ms.add(((Number) r).longValue() - at);
                    }
                    if (in != null) {
                        toBrowser.add(((Number) in).longValue() - at);
                        if (r != null) {
                            inBrowser.add(((Number) r).longValue() - ((Number) in).longValue());
                        }
                    }
                });
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("sent", sent.size());
        out.put("rendered", ms.size());
        out.put("sent_to_rendered", summary(ms));
        out.put("sent_to_received_by_browser", summary(toBrowser));
        out.put("received_to_rendered", summary(inBrowser));
        return out;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> times(
            Browser browser, String metric, Map<String, Long> sent) {
        return (Map<String, Object>)
                browser.driver.executeScript(
                        "const m = window.claimtrackFeed.metrics[arguments[1]], out = {};"
                                + " for (const id of arguments[0]) if (m.has(id)) out[id] = m.get(id);"
                                + " return out;",
                        new ArrayList<>(sent.keySet()),
                        metric);
    }

    private static Map<String, Object> summary(List<Long> ms) {
        Map<String, Object> out = new LinkedHashMap<>();
        if (ms.isEmpty()) {
            return out;
        }
        ms.sort(null);
        out.put("p50_ms", pct(ms, 0.50));
        out.put("p95_ms", pct(ms, 0.95));
        out.put("p99_ms", pct(ms, 0.99));
        out.put("max_ms", ms.getLast());
        return out;
    }

    private static long pct(List<Long> sorted, double p) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p * sorted.size()) - 1));
    }

    private static Object js(Browser browser, String script, Object... args) {
        return browser.driver.executeScript(script, args);
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }

    private static Claim syntheticClaim(int i, Instant at) {
        String speaker = SPEAKERS[i % SPEAKERS.length];
        String topic = TOPICS[(i / 3) % TOPICS.length];
        int carriers = 1 + i % 4;
        List<Claim.Occurrence> occ = new ArrayList<>();
        for (int k = 0; k < carriers; k++) {
            occ.add(
                    Fixtures.occurrence(
                            "s" + i + "-" + k,
                            OUTLETS[(i + k) % OUTLETS.length],
                            at.minusSeconds(k * 60L)));
        }
        List<String> rebuttedBy = i % 10 == 0 && i > 0 ? List.of("c" + (i - 1)) : List.of();
        String text =
                String.format(
                        Locale.ROOT,
                        "%s said %s would change before the end of the season (claim %d).",
                        speaker,
                        topic,
                        i);
        return Fixtures.claim(
                "c" + i,
                speaker,
                i % 3 == 0,
                text,
                at.minusSeconds(carriers * 60L),
                at,
                occ,
                rebuttedBy,
                List.of());
    }
}
