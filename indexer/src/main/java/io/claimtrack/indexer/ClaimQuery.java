package io.claimtrack.indexer;

import java.time.Instant;

/**
 * What an analyst asks {@code ./claimtrack search}: words of the claim, optionally one speaker,
 * official speakers only, and a lower bound on when the claim was last seen.
 *
 * @param text words to match in the claim text and its variants; blank matches every claim
 * @param speaker all words must appear in the speaker's name, or null
 * @param since only claims seen at or after this instant, or null
 * @param limit rows to return, 1..1000
 */
public record ClaimQuery(
        String text, String speaker, boolean officialOnly, Instant since, int limit) {
    public static final int DEFAULT_LIMIT = 20;

    public ClaimQuery {
        text = text == null ? "" : text.strip();
        speaker = speaker == null || speaker.isBlank() ? null : speaker.strip();
        if (limit < 1 || limit > 1000) {
            throw new IllegalArgumentException(
                    "search limit must be between 1 and 1000, got " + limit);
        }
    }

    /** Matches {@code text} with no other filter. */
    public static ClaimQuery of(String text) {
        return new ClaimQuery(text, null, false, null, DEFAULT_LIMIT);
    }
}
