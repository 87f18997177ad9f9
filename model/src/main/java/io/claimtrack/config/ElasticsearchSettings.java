package io.claimtrack.config;

import java.util.Objects;

/**
 * How a service reaches Elasticsearch.
 *
 * @param url base URL, e.g. {@code http://localhost:9200}
 * @param indexPrefix prefix of every index, template and alias name (tests use a unique one)
 * @param replicas number of replicas in our index templates (0 on a single dev node)
 */
public record ElasticsearchSettings(
        String url, String indexPrefix, int replicas, String username, String password) {

    public ElasticsearchSettings {
        Objects.requireNonNull(url, "elasticsearch.url");
        if (!url.startsWith("http://") && !url.startsWith("https://")) {
            throw new IllegalArgumentException(
                    "elasticsearch.url must start with http:// or https://, got " + url);
        }
        indexPrefix = indexPrefix == null || indexPrefix.isBlank() ? "claimtrack" : indexPrefix;
        if (replicas < 0) {
            throw new IllegalArgumentException(
                    "elasticsearch.replicas must be >= 0, got " + replicas);
        }
    }

    public static ElasticsearchSettings of(String url) {
        return new ElasticsearchSettings(url, "claimtrack", 0, null, null);
    }

    public ElasticsearchSettings withIndexPrefix(String prefix) {
        return new ElasticsearchSettings(url, prefix, replicas, username, password);
    }

    /**
     * The index, alias or template name for {@code kind} (e.g. "statements" →
     * claimtrack-statements).
     */
    public String index(String kind) {
        return indexPrefix + "-" + kind;
    }
}
