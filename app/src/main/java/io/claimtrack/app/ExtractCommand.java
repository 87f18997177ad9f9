package io.claimtrack.app;

import io.claimtrack.model.json.Json;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code claimtrack extract FILE...}: article and statement extraction without Kafka. Its JSON
 * Lines are the contract the quality scorers read, so fields are only ever added, never renamed.
 */
@Command(
        name = "extract",
        mixinStandardHelpOptions = true,
        description = {
            "Extract article text, statements, speakers, rebuttals and entities from files.",
            "Reads .html, .html.gz (article extraction first) and .txt (taken as article text)."
        })
final class ExtractCommand implements Callable<Integer> {
    enum Format {
        jsonl,
        pretty
    }

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "files to extract from")
    List<Path> files;

    @Option(
            names = "--format",
            defaultValue = "jsonl",
            description =
                    "jsonl (one JSON object per file) or pretty (for people). Default: ${DEFAULT-VALUE}")
    Format format;

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<Path> missing = files.stream().filter(f -> !Files.isRegularFile(f)).toList();
        if (!missing.isEmpty()) {
            throw new UserException(
                    (missing.size() == 1 ? "no such file: " : "no such files: ")
                            + String.join(", ", missing.stream().map(Path::toString).toList()));
        }
        FileExtraction extraction = new FileExtraction();
        List<String> failed = new ArrayList<>();
        for (Path file : files) {
            ExtractedDocument doc;
            try {
                doc = extraction.extract(file);
            } catch (IOException | RuntimeException e) {
                failed.add(file + ": " + e.getMessage());
                continue;
            }
            if (format == Format.jsonl) {
                out.println(Json.mapper().writeValueAsString(doc));
            } else {
                PrettyPrinter.print(doc, out);
            }
            out.flush();
        }
        failed.forEach(f -> err.println("claimtrack extract: cannot read " + f));
        return failed.isEmpty() ? 0 : 1;
    }
}
