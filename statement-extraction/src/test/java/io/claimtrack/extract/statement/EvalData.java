package io.claimtrack.extract.statement;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Finds the shared evaluation data ({@code <root>/shared/eval}) by walking up from the working dir.
 */
final class EvalData {

    private EvalData() {}

    static Path shared() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path s = p.resolve("shared");
            if (Files.isDirectory(s.resolve("eval"))) {
                return s;
            }
        }
        throw new IllegalStateException(
                "cannot find shared/eval above "
                        + Path.of("").toAbsolutePath()
                        + ": the evaluation data lives in ../shared/eval of the repository root");
    }

    static Path polnear() {
        return shared().resolve("eval/polnear-dev");
    }

    static List<Path> polnearTexts() {
        try (Stream<Path> s = Files.list(polnear().resolve("text"))) {
            return s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + p, e);
        }
    }
}
