package io.claimtrack.extract.statement;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs the extractor over text files and writes the JSON Lines the shared scorer reads. Usage:
 * {@code Harness OUT.jsonl [FILE|DIR...]}; with no inputs, the PolNeAR dev texts.
 */
public final class Harness {

    private Harness() {}

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "target/polnear-dev.jsonl");
        List<Path> inputs = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            Path p = Path.of(args[i]);
            if (Files.isDirectory(p)) {
                try (var s = Files.list(p)) {
                    s.filter(f -> f.toString().endsWith(".txt")).sorted().forEach(inputs::add);
                }
            } else {
                inputs.add(p);
            }
        }
        if (inputs.isEmpty()) {
            inputs.addAll(EvalData.polnearTexts());
        }
        write(new StatementExtractor(), inputs, out);
    }

    static void write(StatementExtractor ex, List<Path> inputs, Path out) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        if (out.getParent() != null) {
            Files.createDirectories(out.getParent());
        }
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            for (Path p : inputs) {
                w.write(mapper.writeValueAsString(line(mapper, ex, p)));
                w.newLine();
            }
        }
    }

    static ObjectNode line(ObjectMapper mapper, StatementExtractor ex, Path p) {
        String text = EvalData.read(p);
        Extraction x = ex.extract(text);
        ObjectNode n = mapper.createObjectNode();
        n.put("file", p.toString());
        n.put("text", text);
        n.set("statements", mapper.valueToTree(x.statements()));
        n.set("rebuttals", mapper.valueToTree(x.rebuttals()));
        n.set("entities", mapper.valueToTree(x.entities()));
        return n;
    }
}
