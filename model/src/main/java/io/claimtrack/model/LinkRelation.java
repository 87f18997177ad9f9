package io.claimtrack.model;

/** How one claim relates to another. */
public enum LinkRelation {
    REPEATS,
    REBUTS,
    RESPONDS_TO
}
