package io.claimtrack.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** How a statement is carried: all in quotation marks, partly quoted, or reported speech. */
public enum StatementKind {
    @JsonProperty("direct")
    DIRECT,
    @JsonProperty("mixed")
    MIXED,
    @JsonProperty("indirect")
    INDIRECT
}
