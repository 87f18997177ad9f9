package io.claimtrack.extract.statement;

/** Statement {@code from} dismisses, denies or rejects statement {@code to} (indices). */
public record Rebuttal(int from, int to, String cue) {}
