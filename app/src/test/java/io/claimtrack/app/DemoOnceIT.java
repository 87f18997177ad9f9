package io.claimtrack.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.claimtrack.devstack.StackEndpoints;
import io.claimtrack.devstack.TestStack;
import io.claimtrack.model.json.Json;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/**
 * {@code claimtrack demo --once} against the test stack: the bundled corpus goes through the whole
 * pipeline and the summary shows the seed article's statements in Elasticsearch. The demo uses the
 * production topic and index names, which no other test uses.
 */
class DemoOnceIT {
    @Test
    void demoOnceProcessesTheCorpusAndSummarises() throws Exception {
        StackEndpoints stack = TestStack.get();
        var cl = Claimtrack.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));

        int code =
                cl.execute(
                        "demo",
                        "--once",
                        "--timeout",
                        "4m",
                        "--kafka",
                        stack.kafkaBootstrap(),
                        "--elasticsearch",
                        stack.elasticsearchUrl());

        assertThat(code).as("exit code; stderr:%n%s", err).isZero();
        String text = out.toString();
        assertThat(text)
                .contains("kafka: " + stack.kafkaBootstrap())
                .contains("elasticsearch: " + stack.elasticsearchUrl())
                .containsPattern("feed: http://127\\.0\\.0\\.1:\\d+/");
        JsonNode summary = Json.mapper().readTree(text.substring(text.indexOf('{')));
        assertThat(summary.get("articles").asLong()).as("all five demo pages").isEqualTo(5);
        assertThat(summary.get("statements").asLong()).isGreaterThanOrEqualTo(10);
        assertThat(summary.get("documents").get("claimtrack-statements").asLong())
                .isEqualTo(summary.get("statements").asLong());
    }
}
