package io.claimtrack.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.claimtrack.model.json.Json;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a person typing at the terminal sees: results, and clear messages for bad input. */
class CommandLineTest {
    @TempDir Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        var cl = Claimtrack.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(args);
    }

    @Test
    void extractPrintsOneJsonLinePerFileWithTheContractFields() throws Exception {
        Path txt = dir.resolve("story.txt");
        Files.writeString(
                txt, "“We will open the bridge in May,” said Mayor Elena Marsh of Fictionville.\n");
        Path html = dir.resolve("page.html.gz");
        try (var gz = new GZIPOutputStream(Files.newOutputStream(html))) {
            gz.write(
                    """
                    <html lang="en"><head><title>Bridge news | Fictionville Gazette</title></head><body>
                    <article><h1>Bridge news</h1><p>“We will open the bridge in May,” said Mayor Elena Marsh
                    of Fictionville on Tuesday, adding that the work was ahead of schedule.</p></article>
                    </body></html>"""
                            .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }

        assertThat(run("extract", "--format", "jsonl", txt.toString(), html.toString())).isZero();

        String[] lines = out.toString().strip().split("\n");
        assertThat(lines).hasSize(2);
        JsonNode first = Json.mapper().readTree(lines[0]);
        assertThat(first.get("file").asText()).endsWith("story.txt");
        JsonNode statement = first.get("statements").get(0);
        String text = first.get("text").asText();
        assertThat(text.substring(statement.get("start").asInt(), statement.get("end").asInt()))
                .isEqualTo(statement.get("quote").asText())
                .contains("open the bridge in May");
        assertThat(statement.get("kind").asText()).isEqualTo("direct");
        assertThat(statement.get("speaker").get("name").asText()).contains("Marsh");
        assertThat(first.has("rebuttals")).isTrue();
        assertThat(first.has("entities")).isTrue();
        JsonNode second = Json.mapper().readTree(lines[1]);
        assertThat(second.get("text").asText()).contains("open the bridge in May");
        assertThat(second.get("statements")).isNotEmpty();
    }

    @Test
    void prettyFormatShowsSpeakerAndQuote() throws Exception {
        Path txt = dir.resolve("story.txt");
        Files.writeString(
                txt, "“We will open the bridge in May,” said Mayor Elena Marsh of Fictionville.\n");
        assertThat(run("extract", "--format", "pretty", txt.toString())).isZero();
        assertThat(out.toString()).contains("Marsh").contains("open the bridge in May");
    }

    @Test
    void aMissingFileIsNamedWithoutAStackTrace() {
        int code = run("extract", dir.resolve("nope.html").toString());
        assertThat(code).isEqualTo(2);
        assertThat(err.toString())
                .contains("no such file")
                .contains("nope.html")
                .doesNotContain("Exception");
    }

    @Test
    void anUnknownSubCommandIsAUsageError() {
        int code = run("frobnicate");
        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("frobnicate");
    }

    @Test
    void aMalformedConfigNamesEveryBadKeyAtOnce() throws Exception {
        Path config = dir.resolve("claimtrack.yaml");
        Files.writeString(
                config,
                """
                kafka:
                  bootstrap-server: localhost:9092
                ingest:
                  politeness-delay: soon
                  max-redirects: 99
                indexr:
                  group-id: x
                """);
        int code = run("topics", "--config", config.toString());
        assertThat(code).isEqualTo(2);
        assertThat(err.toString())
                .contains("kafka.bootstrap-server")
                .contains("did you mean 'bootstrap-servers'")
                .contains("'indexr'")
                .doesNotContain("at io.claimtrack");
    }

    @Test
    void badValuesAreReportedForEachSection() throws Exception {
        Path config = dir.resolve("claimtrack.yaml");
        Files.writeString(
                config,
                """
                ingest:
                  max-redirects: 99
                elasticsearch:
                  url: localhost:9200
                """);
        int code = run("topics", "--config", config.toString());
        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("ingest.max-redirects").contains("elasticsearch.url");
    }

    @Test
    void topicsListsTheDeclaredTopicsWithoutACluster() {
        assertThat(run("topics")).isZero();
        assertThat(out.toString()).contains("articles.v1").contains("claims.v1  (compacted)");
    }
}
