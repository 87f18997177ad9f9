package io.claimtrack.extract.statement;

import com.fasterxml.jackson.annotation.JsonProperty;

/** How much of a statement is in quotation marks. */
public enum Kind {
    /** The whole claim is quoted. */
    @JsonProperty("direct")
    DIRECT,
    /** A reported clause with quoted fragments. */
    @JsonProperty("mixed")
    MIXED,
    /** Reported speech, no quotation marks. */
    @JsonProperty("indirect")
    INDIRECT
}
