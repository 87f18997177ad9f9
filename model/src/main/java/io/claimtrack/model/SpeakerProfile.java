package io.claimtrack.model;

import java.time.Instant;
import java.util.List;

/**
 * One speaker across all articles, under every name the texts used; the value of the compacted
 * {@code speakers.v1}.
 */
public record SpeakerProfile(
        int schema,
        String id,
        String name,
        List<String> names,
        List<String> roles,
        String type,
        boolean official,
        long statementCount,
        List<String> outlets,
        Instant firstSeen,
        Instant lastSeen) {

    public static final int SCHEMA = 1;

    public SpeakerProfile {
        names = names == null ? List.of() : List.copyOf(names);
        roles = roles == null ? List.of() : List.copyOf(roles);
        outlets = outlets == null ? List.of() : List.copyOf(outlets);
    }
}
