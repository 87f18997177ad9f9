package io.claimtrack.devstack;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The last lines of log files, for error messages about a server that did not come up. */
final class LogTail {
    private static final int MAX_BYTES = 64 * 1024;

    private LogTail() {}

    /** For each non-empty file: a header naming it, then its last {@code lines} lines. */
    static String of(List<Path> files, int lines) {
        StringBuilder out = new StringBuilder();
        for (Path file : files) {
            List<String> tail = lastLines(file, lines);
            if (!tail.isEmpty()) {
                out.append("\n--- last ").append(tail.size()).append(" lines of ").append(file);
                tail.forEach(line -> out.append('\n').append(line));
            }
        }
        return out.isEmpty() ? "\n(no log output yet in " + files + ")" : out.toString();
    }

    static List<String> lastLines(Path file, int lines) {
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
            long start = Math.max(0, in.length() - MAX_BYTES);
            byte[] bytes = new byte[(int) (in.length() - start)];
            in.seek(start);
            in.readFully(bytes);
            List<String> all = new String(bytes, StandardCharsets.UTF_8).lines().toList();
            if (start > 0 && !all.isEmpty()) {
                all = all.subList(1, all.size()); // the first line is probably cut
            }
            return all.subList(Math.max(0, all.size() - lines), all.size());
        } catch (IOException e) {
            return List.of("(cannot read " + file + ": " + e.getMessage() + ")");
        }
    }
}
