package io.claimtrack.extract.article;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/** The fundus dev set in /work/shared/eval/fundus, read in place (never copied into the repo). */
final class FundusPages {

    /** One page: file name, raw (decompressed) bytes, page URL, gold body text. */
    record Page(String file, byte[] html, String url, String gold) {}

    private FundusPages() {}

    /** Walks up from the working directory to the folder holding {@code shared/eval/fundus}. */
    static Path locate() {
        String override = System.getProperty("claimtrack.eval.dir");
        if (override != null) {
            return Path.of(override).resolve("fundus");
        }
        Path dir = Path.of("").toAbsolutePath();
        for (Path d = dir; d != null; d = d.getParent()) {
            Path candidate = d.resolve("shared/eval/fundus");
            if (Files.isRegularFile(candidate.resolve("ground_truth.json"))) {
                return candidate;
            }
        }
        throw new IllegalStateException(
                "fundus eval set not found: looked for shared/eval/fundus/ground_truth.json in every"
                        + " parent of "
                        + dir
                        + " (expected ../shared/eval next to the repo root, or set"
                        + " -Dclaimtrack.eval.dir)");
    }

    static List<Page> load() {
        Path fundus = locate();
        try {
            JsonNode gt = new ObjectMapper().readTree(fundus.resolve("ground_truth.json").toFile());
            Map<String, Page> pages = new LinkedHashMap<>();
            try (Stream<Path> files = Files.list(fundus.resolve("html"))) {
                for (Path f : files.sorted().toList()) {
                    String name = f.getFileName().toString();
                    if (!name.endsWith(".html.gz")) {
                        continue;
                    }
                    JsonNode entry = gt.get(name);
                    if (entry == null) {
                        throw new IllegalStateException("no ground truth for " + name);
                    }
                    List<String> body = new ArrayList<>();
                    entry.get("body").forEach(n -> body.add(n.asText()));
                    String url = entry.hasNonNull("url") ? entry.get("url").asText() : null;
                    pages.put(name, new Page(name, gunzip(f), url, String.join("\n", body)));
                }
            }
            if (pages.size() != gt.size()) {
                throw new IllegalStateException(
                        "expected "
                                + gt.size()
                                + " pages in "
                                + fundus
                                + ", found "
                                + pages.size());
            }
            return List.copyOf(pages.values());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + fundus, e);
        }
    }

    private static byte[] gunzip(Path f) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(f))) {
            return in.readAllBytes();
        }
    }
}
