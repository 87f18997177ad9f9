package io.claimtrack.extract.statement;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The seed article against its hand-labelled gold (../shared/eval/seed-004.gold.json), with the
 * gold's own matching rule: a statement matches when its speaker resolves to one of the gold names
 * and its text contains the gold snippet.
 */
class SeedGoldTest {

    private static String text;
    private static JsonNode gold;
    private static Extraction x;
    private static final Map<String, Integer> MATCH = new HashMap<>();

    @BeforeAll
    static void extract() throws IOException {
        Path shared = EvalData.shared();
        Path goldFile = shared.resolve("eval/seed-004.gold.json");
        assertThat(goldFile).as("seed gold file").exists();
        gold = new ObjectMapper().readTree(goldFile.toFile());
        Path seed = shared.resolve(gold.get("document").asText());
        assertThat(seed).as("seed text named by the gold file").exists();
        text = Files.readString(seed);
        x = new StatementExtractor().extract(text);
        for (JsonNode g : gold.get("statements")) {
            int i = find(g);
            if (i >= 0) {
                MATCH.put(g.get("id").asText(), i);
            }
        }
    }

    private static int find(JsonNode g) {
        String snippet = norm(g.get("contains").asText());
        for (int i = 0; i < x.statements().size(); i++) {
            Attribution a = x.statements().get(i);
            if (norm(a.quote()).contains(snippet)
                    && speakerMatches(a.speaker(), g.get("speaker"))) {
                return i;
            }
        }
        return -1;
    }

    private static boolean speakerMatches(Speaker sp, JsonNode names) {
        if (sp == null) {
            return false;
        }
        for (JsonNode n : names) {
            String want = name(n.asText());
            if (want.equals(name(sp.name()))
                    || sp.mention() != null && want.equals(name(sp.mention()))) {
                return true;
            }
        }
        return false;
    }

    private static String name(String s) {
        return s == null ? "" : norm(s).replaceFirst("^(the|a|an) ", "");
    }

    private static String norm(String s) {
        return s.toLowerCase(Locale.ROOT)
                .replace('’', '\'')
                .replaceAll("[“”\"«»„‘]", "")
                .replaceAll("\\s+", " ")
                .strip();
    }

    @Test
    void atLeast17Of19StatementsWithTheRightSpeaker() {
        List<String> missing = new ArrayList<>();
        gold.get("statements")
                .forEach(
                        g -> {
                            if (!MATCH.containsKey(g.get("id").asText())) {
                                missing.add(
                                        g.get("id").asText() + " " + g.get("contains").asText());
                            }
                        });
        assertThat(MATCH.size()).as("found; missing: %s", missing).isGreaterThanOrEqualTo(17);
    }

    @Test
    void atLeast17DistinctStatementsMatchOneToOne() {
        long distinct = MATCH.values().stream().distinct().count();
        assertThat(distinct).as("gold -> statement index: %s", MATCH).isGreaterThanOrEqualTo(17);
    }

    @Test
    void officialFlagsAndKindsAreRight() {
        for (JsonNode g : gold.get("statements")) {
            Integer i = MATCH.get(g.get("id").asText());
            if (i != null) {
                Attribution a = x.statements().get(i);
                assertThat(a.official())
                        .as("official of %s: %s", g.get("id"), a)
                        .isEqualTo(g.get("official").asBoolean());
                assertThat(a.kind().name().toLowerCase(Locale.ROOT))
                        .as("kind of %s: %s", g.get("id"), a)
                        .isEqualTo(g.get("kind").asText());
            }
        }
    }

    @Test
    void allThreeRebuttals() {
        for (JsonNode r : gold.get("rebuttals")) {
            Integer from = MATCH.get(r.get("from").asText());
            Integer to = MATCH.get(r.get("to").asText());
            assertThat(from).as("rebutting statement %s found", r.get("from")).isNotNull();
            assertThat(to).as("rebutted statement %s found", r.get("to")).isNotNull();
            assertThat(x.rebuttals())
                    .as("rebuttal %s -> %s", r.get("from"), r.get("to"))
                    .anyMatch(rb -> rb.from() == from && rb.to() == to);
        }
    }

    @Test
    void nothingFromCaptionsBioOrComments() {
        int furniture = text.indexOf("\n\nLillian Avedian\n");
        assertThat(furniture).as("seed byline before the bio").isPositive();
        List<int[]> captions = new ArrayList<>();
        for (int p = text.indexOf("(Photo:"); p >= 0; p = text.indexOf("(Photo:", p + 1)) {
            captions.add(new int[] {text.lastIndexOf("\n", p) + 1, text.indexOf("\n", p)});
        }
        assertThat(captions).hasSize(3);
        for (Attribution a : x.statements()) {
            assertThat(a.end())
                    .as("statement after the article: %s", a.quote())
                    .isLessThan(furniture);
            for (int[] c : captions) {
                assertThat(a.end() <= c[0] || a.start() >= c[1])
                        .as("statement from a caption: %s", a.quote())
                        .isTrue();
            }
        }
    }

    @Test
    void placesAreNormalisedByTheAliasFile() {
        assertThat(x.entities())
                .anySatisfy(
                        e -> {
                            assertThat(e.name()).isEqualTo("Artsakh");
                            assertThat(e.type()).isEqualTo("PLACE");
                            assertThat(e.aliases()).contains("Nagorno-Karabakh", "Karabakh");
                        })
                .anySatisfy(
                        e -> {
                            assertThat(e.name()).isEqualTo("Shushi");
                            assertThat(e.aliases()).contains("Shusha");
                        });
    }
}
