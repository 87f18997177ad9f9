package io.claimtrack.indexer;

import java.time.Instant;
import java.util.List;

/**
 * One line of search results: a claim, who made it, where it was carried and when first seen.
 *
 * @param id the claim id (or the statement id when no claims are indexed yet)
 */
public record ClaimRow(
        String id, String text, String speaker, List<String> outlets, Instant firstSeen) {
    public ClaimRow {
        outlets = outlets == null ? List.of() : List.copyOf(outlets);
    }
}
