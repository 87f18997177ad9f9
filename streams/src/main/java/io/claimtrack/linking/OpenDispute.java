package io.claimtrack.linking;

import io.claimtrack.model.LinkRelation;
import java.time.Instant;

/**
 * A statement that disputes or answers someone, kept so that a claim arriving after it (an outlet
 * that published later, or an ingester that fetched it later) can still be linked to it.
 *
 * @param text the quote and the sentence around it, where the target is named
 * @param cueConfidence the dispute cue's confidence, before the word-overlap bonus
 */
public record OpenDispute(
        String statementId,
        String claimId,
        String speakerId,
        LinkRelation relation,
        double cueConfidence,
        String text,
        String evidence,
        Instant eventTime,
        Instant seenAt) {}
