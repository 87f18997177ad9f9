package io.claimtrack.devstack;

import java.util.Locale;

/**
 * Where the test or development stack answers.
 *
 * @param kafkaBootstrap Kafka {@code bootstrap.servers}, e.g. {@code 127.0.0.1:39092}
 * @param elasticsearchUrl the Elasticsearch HTTP base URL without a trailing slash, e.g. {@code
 *     http://127.0.0.1:39200}
 */
public record StackEndpoints(String kafkaBootstrap, String elasticsearchUrl) {

    /** Validates both values and strips a trailing slash from the URL. */
    public StackEndpoints {
        if (kafkaBootstrap == null || kafkaBootstrap.isBlank()) {
            throw new IllegalArgumentException("kafkaBootstrap must not be blank");
        }
        kafkaBootstrap = kafkaBootstrap.strip();
        if (elasticsearchUrl == null || elasticsearchUrl.isBlank()) {
            throw new IllegalArgumentException("elasticsearchUrl must not be blank");
        }
        elasticsearchUrl = elasticsearchUrl.strip();
        String lower = elasticsearchUrl.toLowerCase(Locale.ROOT);
        if (!lower.startsWith("http://") && !lower.startsWith("https://")) {
            throw new IllegalArgumentException(
                    "elasticsearchUrl must start with http:// or https://, was "
                            + elasticsearchUrl);
        }
        while (elasticsearchUrl.endsWith("/")) {
            elasticsearchUrl = elasticsearchUrl.substring(0, elasticsearchUrl.length() - 1);
        }
    }
}
