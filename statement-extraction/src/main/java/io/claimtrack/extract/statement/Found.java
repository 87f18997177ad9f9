package io.claimtrack.extract.statement;

/**
 * A statement found by the rules, before its speaker is resolved: content {@code [start, end)}, the
 * speaker phrase (null for a continuation quote, which takes the previous statement's speaker).
 */
record Found(
        int start,
        int end,
        Kind kind,
        String cue,
        Mention speaker,
        boolean continuation,
        int paragraph,
        String prefix) {}
