package io.claimtrack.extract.statement;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Hard cases as golden files: {@code golden/<case>.txt} beside {@code <case>.expected.json}. Run
 * with {@code -Dclaimtrack.golden.update=true} to rewrite the expected files, then read the git
 * diff.
 */
class GoldenFilesTest {

    private static final Path DIR =
            Path.of("src/test/resources/io/claimtrack/extract/statement/golden");
    private static final boolean UPDATE = Boolean.getBoolean("claimtrack.golden.update");
    private static final StatementExtractor EXTRACTOR = new StatementExtractor();
    private static final ObjectMapper JSON =
            new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @TestFactory
    Stream<DynamicTest> everyCaseMatchesItsExpectedJson() throws IOException {
        List<Path> cases;
        try (Stream<Path> s = Files.list(DIR)) {
            cases = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        assertThat(cases).hasSizeGreaterThanOrEqualTo(8);
        return cases.stream().map(p -> DynamicTest.dynamicTest(caseName(p), () -> check(p)));
    }

    private static String caseName(Path p) {
        return p.getFileName().toString().replaceFirst("\\.txt$", "");
    }

    private static void check(Path input) throws IOException {
        String text = Files.readString(input, StandardCharsets.UTF_8);
        String actual = JSON.writeValueAsString(EXTRACTOR.extract(text)) + "\n";
        Path expectedFile = input.resolveSibling(caseName(input) + ".expected.json");
        if (UPDATE) {
            Files.writeString(expectedFile, actual, StandardCharsets.UTF_8);
            return;
        }
        assertThat(expectedFile)
                .as("missing %s: run with -Dclaimtrack.golden.update=true", expectedFile)
                .exists();
        String expected = Files.readString(expectedFile, StandardCharsets.UTF_8);
        assertThat(actual)
                .as("%s differs:%n%s", caseName(input), diff(expected, actual))
                .isEqualTo(expected);
    }

    /** The changed lines, numbered, as "- expected" / "+ actual". */
    static String diff(String expected, String actual) {
        String[] e = expected.split("\n", -1);
        String[] a = actual.split("\n", -1);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < Math.max(e.length, a.length); i++) {
            String x = i < e.length ? e[i] : "<none>";
            String y = i < a.length ? a[i] : "<none>";
            if (!x.equals(y)) {
                out.add(String.format("line %d%n  - %s%n  + %s", i + 1, x, y));
            }
        }
        return String.join(System.lineSeparator(), out);
    }
}
