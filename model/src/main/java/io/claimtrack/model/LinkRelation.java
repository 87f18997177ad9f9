package io.claimtrack.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** How one claim relates to another. */
public enum LinkRelation {
    @JsonProperty("repeats")
    REPEATS,
    @JsonProperty("rebuts")
    REBUTS,
    @JsonProperty("responds_to")
    RESPONDS_TO
}
