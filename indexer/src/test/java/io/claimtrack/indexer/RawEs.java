package io.claimtrack.indexer;

import com.fasterxml.jackson.databind.JsonNode;
import io.claimtrack.model.json.Json;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Plain HTTP to Elasticsearch for tests and the benchmark: exactly what curl would send. */
final class RawEs {
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String url;

    RawEs(String url) {
        this.url = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    JsonNode post(String path, String body, String contentType) throws IOException {
        HttpRequest request =
                HttpRequest.newBuilder(URI.create(url + path))
                        .timeout(Duration.ofSeconds(60))
                        .header("Content-Type", contentType)
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build();
        return send(request);
    }

    JsonNode post(String path, String json) throws IOException {
        return post(path, json, "application/json");
    }

    JsonNode get(String path) throws IOException {
        return send(HttpRequest.newBuilder(URI.create(url + path)).GET().build());
    }

    private JsonNode send(HttpRequest request) throws IOException {
        try {
            HttpResponse<String> response =
                    http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() >= 300) {
                throw new IOException(
                        request.method()
                                + " "
                                + request.uri()
                                + " -> "
                                + response.statusCode()
                                + ": "
                                + response.body());
            }
            return Json.mapper().readTree(response.body());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }
}
