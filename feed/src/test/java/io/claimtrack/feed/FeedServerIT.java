package io.claimtrack.feed;

import static io.claimtrack.feed.Fixtures.T0;
import static io.claimtrack.feed.Fixtures.statement;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.claimtrack.model.json.Json;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The HTTP surface over a real socket: snapshot, event stream with resume, health, errors. */
class FeedServerIT {
    private static FeedView view;
    private static FeedServer server;
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeAll
    static void start() {
        view = new FeedView(100, Clock.systemUTC());
        server = FeedServer.serve(view, FeedConfig.defaults());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(
                HttpRequest.newBuilder(server.url().resolve(path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Reads events until one of type {@code type} arrives; returns its id and data lines. */
    private static List<String> readUntil(BufferedReader in, String type) throws Exception {
        List<String> event = new ArrayList<>();
        String line;
        while ((line = in.readLine()) != null) {
            if (line.isEmpty()) {
                if (event.contains("event: " + type)) {
                    return event;
                }
                event = new ArrayList<>();
            } else {
                event.add(line);
            }
        }
        throw new AssertionError("stream ended before a '" + type + "' event");
    }

    private static BufferedReader events(String lastEventId, String query) throws Exception {
        var request = HttpRequest.newBuilder(server.url().resolve("events" + query));
        if (lastEventId != null) {
            request.header("Last-Event-ID", lastEventId);
        }
        HttpResponse<InputStream> r =
                HTTP.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
        assertThat(r.headers().firstValue("Content-Type"))
                .hasValueSatisfying(ct -> assertThat(ct).startsWith("text/event-stream"));
        return new BufferedReader(new InputStreamReader(r.body(), StandardCharsets.UTF_8));
    }

    @Test
    void theStreamCarriesNewRowsAndResumesFromTheLastEventId() throws Exception {
        view.applyStatement(statement("sse-1", "Mara Vell", false, "Harbor Ledger", "one", T0));
        JsonNode snap = Json.mapper().readTree(get("api/items").body());
        String epoch = snap.get("epoch").asText();
        long seq = snap.get("seq").asLong();

        try (BufferedReader in = events(null, "?epoch=" + epoch + "&since=" + seq)) {
            view.applyStatement(
                    statement(
                            "sse-2",
                            "Mara Vell",
                            false,
                            "Harbor Ledger",
                            "two",
                            T0.plusSeconds(1)));
            List<String> event = readUntil(in, "changes");
            assertThat(event)
                    .anySatisfy(l -> assertThat(l).startsWith("data: ").contains("\"sse-2\""));
            assertThat(event).contains("id: " + epoch + ":" + view.seq());
        }
        view.applyStatement(
                statement(
                        "sse-3", "Mara Vell", false, "Harbor Ledger", "three", T0.plusSeconds(2)));
        try (BufferedReader in = events(epoch + ":" + seq, "")) {
            List<String> missed = readUntil(in, "changes");
            String data =
                    missed.stream().filter(l -> l.startsWith("data: ")).findFirst().orElseThrow();
            JsonNode batch = Json.mapper().readTree(data.substring(6));
            assertThat(batch.get("upserts").findValuesAsText("id"))
                    .containsExactly("sse-2", "sse-3");
        }
        try (BufferedReader in = events("an-older-server:3", "")) {
            assertThat(readUntil(in, "reset")).anySatisfy(l -> assertThat(l).contains(epoch));
        }
    }

    @Test
    void snapshotFiltersServerSideAndBadRequestsAreRefused() throws Exception {
        view.applyStatement(
                statement(
                        "api-1",
                        "Ilo Brandt",
                        true,
                        "Valley Courier",
                        "Bridges first.",
                        T0.plusSeconds(5)));

        JsonNode snap =
                Json.mapper().readTree(get("api/items?speaker=BRANDT&official=1&limit=5").body());
        assertThat(snap.get("items").findValuesAsText("id")).containsExactly("api-1");
        assertThat(get("api/items?limit=many").statusCode()).isEqualTo(400);
        assertThat(get("nothing-here").statusCode()).isEqualTo(404);
        var post =
                HTTP.send(
                        HttpRequest.newBuilder(server.url().resolve("api/items"))
                                .POST(HttpRequest.BodyPublishers.noBody())
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(post.statusCode()).isEqualTo(405);

        HttpResponse<String> page = get("");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Security-Policy"))
                .hasValueSatisfying(
                        csp ->
                                assertThat(csp)
                                        .contains("script-src 'self'")
                                        .doesNotContain("unsafe-inline"));
        assertThat(page.body()).contains("<script src=\"/feed.js\" defer></script>");
        assertThat(get("feed.js").headers().firstValue("Content-Type"))
                .hasValue("text/javascript; charset=utf-8");

        JsonNode health = Json.mapper().readTree(get("health").body());
        assertThat(health.get("up").asBoolean()).isTrue();
        assertThat(health.get("items").asInt()).isEqualTo(view.size());
    }
}
