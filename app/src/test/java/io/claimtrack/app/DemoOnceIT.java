package io.claimtrack.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.claimtrack.devstack.StackEndpoints;
import io.claimtrack.devstack.TestStack;
import io.claimtrack.model.json.Json;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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

        // Whatever order the ingester fetched the pages in: Tatoyan's quote, carried by the
        // Weekly as "Arman Tatoyan" and by the Ledger as a bare "said Tatoyan", is one claim of
        // one speaker; the Azerbaijani ministry's answer is linked to the Armenian statement.
        JsonNode tatoyan =
                search(
                        stack,
                        "claimtrack-claims",
                        "{\"query\":{\"match_phrase\":{\"text\":\"fascist cynicism\"}}}");
        assertThat(tatoyan.at("/hits/total/value").asLong()).isEqualTo(1);
        JsonNode claim = tatoyan.at("/hits/hits/0/_source");
        assertThat(claim.get("speaker").asText()).isEqualTo("Arman Tatoyan");
        assertThat(claim.get("outlets"))
                .extracting(JsonNode::asText)
                .contains("The Armenian Weekly", "The Meridian Ledger");
        JsonNode rebuttals =
                search(
                        stack,
                        "claimtrack-claim-links",
                        "{\"query\":{\"bool\":{\"filter\":["
                                + "{\"term\":{\"relation\":\"rebuts\"}},"
                                + "{\"term\":{\"fromSpeaker.keyword\":"
                                + "\"Ministry of Foreign Affairs of Azerbaijan\"}},"
                                + "{\"term\":{\"toSpeaker.keyword\":"
                                + "\"Ministry of Foreign Affairs of Armenia\"}}]}}}");
        assertThat(rebuttals.at("/hits/total/value").asLong()).isGreaterThanOrEqualTo(1);
    }

    private static JsonNode search(StackEndpoints stack, String index, String query)
            throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        URI base = URI.create(stack.elasticsearchUrl() + "/");
        http.send(
                HttpRequest.newBuilder(base.resolve(index + "/_refresh"))
                        .POST(HttpRequest.BodyPublishers.noBody())
                        .build(),
                HttpResponse.BodyHandlers.discarding());
        HttpResponse<String> r =
                http.send(
                        HttpRequest.newBuilder(base.resolve(index + "/_search"))
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(query))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return Json.mapper().readTree(r.body());
    }
}
