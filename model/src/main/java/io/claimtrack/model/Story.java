package io.claimtrack.model;

import java.time.Instant;
import java.util.List;

/**
 * Claims and articles grouped by the entities they share within a time window; the value of the
 * compacted {@code stories.v1}.
 */
public record Story(
        int schema,
        String id,
        String title,
        List<String> entities,
        List<String> claimIds,
        List<String> articleIds,
        List<String> outlets,
        Instant firstSeen,
        Instant lastSeen) {

    public static final int SCHEMA = 1;

    public Story {
        entities = entities == null ? List.of() : List.copyOf(entities);
        claimIds = claimIds == null ? List.of() : List.copyOf(claimIds);
        articleIds = articleIds == null ? List.of() : List.copyOf(articleIds);
        outlets = outlets == null ? List.of() : List.copyOf(outlets);
    }
}
