package io.claimtrack.extract.statement;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A Java port of ../shared/eval/score_attribution.py: precision, recall, recall on quoted
 * attributions and speaker accuracy of extracted statements against PolNeAR brat annotations.
 */
final class AttributionScorer {

    /** The scorer's figures. */
    record Scores(
            int systemStatements,
            int gold,
            int goldQuoted,
            double precision,
            double recall,
            double recallQuoted,
            double speakerAccuracy) {}

    private record Gold(
            List<int[]> content, List<int[]> source, boolean quoted, String sourceText) {}

    private static final Set<String> STOP = Set.of("the", "a", "an", "of", "'s", "’s");
    private static final Pattern WORD =
            Pattern.compile("[\\w’']+", Pattern.UNICODE_CHARACTER_CLASS);

    private AttributionScorer() {}

    static Scores score(Path goldDir, StatementExtractor ex) throws Exception {
        Map<String, Path> chosen = new TreeMap<>();
        try (Stream<Path> s = Files.list(goldDir.resolve("attributions"))) {
            s.sorted()
                    .forEach(
                            p ->
                                    chosen.putIfAbsent(
                                            p.getFileName()
                                                    .toString()
                                                    .replaceAll("_[0-9a-f]{4}\\.ann$", ""),
                                            p));
        }
        int nSys = 0, nGold = 0, nQuoted = 0, matched = 0, matchedQuoted = 0, spkOk = 0, spkN = 0;
        for (Map.Entry<String, Path> e : chosen.entrySet()) {
            String text = Files.readString(goldDir.resolve("text/" + e.getKey() + ".txt"));
            List<Gold> gold = parse(e.getValue(), text);
            List<Attribution> st = ex.extract(text).statements();
            nSys += st.size();
            nGold += gold.size();
            nQuoted += (int) gold.stream().filter(Gold::quoted).count();
            List<long[]> pairs = new ArrayList<>();
            for (int i = 0; i < st.size(); i++) {
                List<int[]> sr = List.of(new int[] {st.get(i).start(), st.get(i).end()});
                for (int j = 0; j < gold.size(); j++) {
                    int ov = overlap(sr, gold.get(j).content());
                    if (ov > 0
                            && ov >= 0.5 * length(gold.get(j).content())
                            && ov >= 0.5 * length(sr)) {
                        pairs.add(new long[] {ov, i, j});
                    }
                }
            }
            pairs.sort(
                    (x, y) ->
                            x[0] != y[0]
                                    ? Long.compare(y[0], x[0])
                                    : x[1] != y[1]
                                            ? Long.compare(y[1], x[1])
                                            : Long.compare(y[2], x[2]));
            Set<Long> usedS = new HashSet<>();
            Set<Long> usedG = new HashSet<>();
            for (long[] p : pairs) {
                if (usedS.contains(p[1]) || usedG.contains(p[2])) {
                    continue;
                }
                usedS.add(p[1]);
                usedG.add(p[2]);
                matched++;
                Gold g = gold.get((int) p[2]);
                matchedQuoted += g.quoted() ? 1 : 0;
                if (!g.source().isEmpty()) {
                    spkN++;
                    spkOk += speakerRight(st.get((int) p[1]).speaker(), g) ? 1 : 0;
                }
            }
        }
        double p = nSys == 0 ? 0 : (double) matched / nSys;
        double r = nGold == 0 ? 0 : (double) matched / nGold;
        return new Scores(
                nSys,
                nGold,
                nQuoted,
                p,
                r,
                nQuoted == 0 ? 0 : (double) matchedQuoted / nQuoted,
                spkN == 0 ? 0 : (double) spkOk / spkN);
    }

    private static boolean speakerRight(Speaker sp, Gold g) {
        if (sp == null) {
            return false;
        }
        if (sp.start() != null
                && sp.end() != null
                && overlap(List.of(new int[] {sp.start(), sp.end()}), g.source()) > 0) {
            return true;
        }
        String gw = lastWord(g.sourceText());
        return gw != null && (gw.equals(lastWord(sp.mention())) || gw.equals(lastWord(sp.name())));
    }

    static String lastWord(String s) {
        if (s == null) {
            return null;
        }
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(s.toLowerCase(Locale.ROOT));
        while (m.find()) {
            if (!STOP.contains(m.group())) {
                words.add(m.group());
            }
        }
        return words.isEmpty() ? null : words.get(words.size() - 1).replaceAll("(’s|'s)$", "");
    }

    /** Brat offsets count code points; statements count UTF-16 units: convert gold to UTF-16. */
    private static List<Gold> parse(Path ann, String text) throws Exception {
        Map<String, Object[]> spans = new HashMap<>();
        List<Map<String, List<String>>> events = new ArrayList<>();
        for (String line : Files.readAllLines(ann)) {
            String[] parts = line.split("\t");
            if (parts.length < 2 || parts[0].isEmpty()) {
                continue;
            }
            if (parts[0].startsWith("T")) {
                String rng = parts[1].substring(parts[1].indexOf(' ') + 1);
                List<int[]> ranges = new ArrayList<>();
                for (String r : rng.split(";")) {
                    String[] ab = r.trim().split("\\s+");
                    ranges.add(
                            new int[] {
                                utf16(text, Integer.parseInt(ab[0])),
                                utf16(text, Integer.parseInt(ab[1]))
                            });
                }
                spans.put(parts[0], new Object[] {ranges, parts.length > 2 ? parts[2] : ""});
            } else if (parts[0].startsWith("E")) {
                Map<String, List<String>> roles = new LinkedHashMap<>();
                for (String item : parts[1].split("\\s+")) {
                    int c = item.indexOf(':');
                    roles.computeIfAbsent(
                                    item.substring(0, c).replaceAll("\\d+$", ""),
                                    k -> new ArrayList<>())
                            .add(item.substring(c + 1));
                }
                events.add(roles);
            }
        }
        List<Gold> out = new ArrayList<>();
        for (Map<String, List<String>> ev : events) {
            List<int[]> content = ranges(spans, ev.get("Content"));
            if (content.isEmpty()) {
                continue;
            }
            String ctext = texts(spans, ev.get("Content"));
            boolean quoted = ctext.chars().anyMatch(c -> "“”\"«»„".indexOf(c) >= 0);
            out.add(
                    new Gold(
                            content,
                            ranges(spans, ev.get("Source")),
                            quoted,
                            texts(spans, ev.get("Source"))));
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private static List<int[]> ranges(Map<String, Object[]> spans, List<String> ids) {
        List<int[]> out = new ArrayList<>();
        if (ids != null) {
            ids.stream()
                    .filter(spans::containsKey)
                    .forEach(t -> out.addAll((List<int[]>) spans.get(t)[0]));
        }
        return out;
    }

    private static String texts(Map<String, Object[]> spans, List<String> ids) {
        List<String> out = new ArrayList<>();
        if (ids != null) {
            ids.stream().filter(spans::containsKey).forEach(t -> out.add((String) spans.get(t)[1]));
        }
        return String.join(" ", out);
    }

    private static int utf16(String text, int codePoints) {
        int cps = text.codePointCount(0, text.length());
        return codePoints >= cps ? text.length() : text.offsetByCodePoints(0, codePoints);
    }

    private static int length(List<int[]> r) {
        return r.stream().mapToInt(x -> x[1] - x[0]).sum();
    }

    private static int overlap(List<int[]> r1, List<int[]> r2) {
        int n = 0;
        for (int[] a : r1) {
            for (int[] b : r2) {
                n += Math.max(0, Math.min(a[1], b[1]) - Math.max(a[0], b[0]));
            }
        }
        return n;
    }
}
