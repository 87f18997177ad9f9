package io.claimtrack.extract.statement;

/**
 * Who made a statement: canonical {@code name}, the {@code mention} in the text with its offsets
 * (null when the speaker is inferred), a {@code role} if known and a {@code type} (PERSON,
 * ORGANIZATION or UNKNOWN).
 */
public record Speaker(
        String name, String mention, Integer start, Integer end, String role, String type) {}
