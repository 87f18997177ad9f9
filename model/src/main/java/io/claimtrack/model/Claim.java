package io.claimtrack.model;

import java.time.Instant;
import java.util.List;

/**
 * A claim: one statement as carried by every outlet and article that repeated it; the value of the
 * compacted {@code claims.v1}, keyed by {@code id}.
 *
 * @param text canonical text (the longest clean variant)
 * @param variants distinct wordings seen, including truncated and partial quotes
 * @param rebuttedBy ids of claims that dismiss, deny or reject this one
 * @param rebuts ids of claims this one dismisses, denies or rejects
 */
public record Claim(
        int schema,
        String id,
        String text,
        String speakerId,
        String speaker,
        String role,
        boolean official,
        Instant firstSeen,
        Instant lastSeen,
        List<String> outlets,
        int occurrenceCount,
        List<Occurrence> occurrences,
        List<String> variants,
        List<String> entities,
        List<String> rebuttedBy,
        List<String> rebuts,
        String storyId) {

    public static final int SCHEMA = 1;

    public Claim {
        outlets = outlets == null ? List.of() : List.copyOf(outlets);
        occurrences = occurrences == null ? List.of() : List.copyOf(occurrences);
        variants = variants == null ? List.of() : List.copyOf(variants);
        entities = entities == null ? List.of() : List.copyOf(entities);
        rebuttedBy = rebuttedBy == null ? List.of() : List.copyOf(rebuttedBy);
        rebuts = rebuts == null ? List.of() : List.copyOf(rebuts);
    }

    /** One place a claim was carried. */
    public record Occurrence(
            String statementId,
            String articleId,
            String outlet,
            String url,
            Instant published,
            String quote,
            String speakerMention) {}
}
