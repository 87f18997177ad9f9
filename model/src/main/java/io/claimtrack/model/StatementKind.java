package io.claimtrack.model;

/** How a statement is carried: all in quotation marks, partly quoted, or reported speech. */
public enum StatementKind {
    DIRECT,
    MIXED,
    INDIRECT
}
