package io.claimtrack.model;

import java.time.Instant;

/**
 * A relation between two claims: a repeat, a rebuttal or a response; the value of {@code
 * claim-links.v1}.
 *
 * @param evidence the words that show the relation (e.g. the rebutting sentence)
 * @param confidence 0..1
 */
public record ClaimLink(
        int schema,
        String id,
        LinkRelation relation,
        String fromClaimId,
        String toClaimId,
        String fromStatementId,
        String toStatementId,
        String fromSpeaker,
        String toSpeaker,
        String evidence,
        double confidence,
        Instant detectedAt) {

    public static final int SCHEMA = 1;
}
