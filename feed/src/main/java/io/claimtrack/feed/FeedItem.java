package io.claimtrack.feed;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.List;

/**
 * One row of the feed page as the browser receives it: a claim (with its occurrences and disputes),
 * or a statement not yet clustered into a claim.
 *
 * @param time the instant the row is ordered by (newest first): a claim's last sighting, a
 *     statement's publication
 * @param disputes claims that dismiss, deny or reject this one
 * @param rebuts claims this one dismisses, denies or rejects
 * @param responses claims that respond or reply to this one
 * @param respondsTo claims this one responds or replies to
 * @param version the change number that last altered this row
 */
public record FeedItem(
        String id,
        Kind kind,
        String text,
        String speaker,
        String role,
        boolean official,
        boolean disputed,
        Instant time,
        Instant firstSeen,
        List<String> outlets,
        int occurrenceCount,
        List<Occurrence> occurrences,
        List<Dispute> disputes,
        List<Dispute> rebuts,
        List<Dispute> responses,
        List<Dispute> respondsTo,
        long version) {

    /** What a row shows. */
    public enum Kind {
        @JsonProperty("claim")
        CLAIM,
        @JsonProperty("statement")
        STATEMENT
    }

    public FeedItem {
        outlets = outlets == null ? List.of() : List.copyOf(outlets);
        occurrences = occurrences == null ? List.of() : List.copyOf(occurrences);
        disputes = disputes == null ? List.of() : List.copyOf(disputes);
        rebuts = rebuts == null ? List.of() : List.copyOf(rebuts);
        responses = responses == null ? List.of() : List.copyOf(responses);
        respondsTo = respondsTo == null ? List.of() : List.copyOf(respondsTo);
        text = text == null ? "" : text;
    }

    /** The same row stamped with another change number. */
    public FeedItem withVersion(long newVersion) {
        return new FeedItem(
                id,
                kind,
                text,
                speaker,
                role,
                official,
                disputed,
                time,
                firstSeen,
                outlets,
                occurrenceCount,
                occurrences,
                disputes,
                rebuts,
                responses,
                respondsTo,
                newVersion);
    }

    /** One article that carried the claim. */
    public record Occurrence(String outlet, String url, Instant published, String quote) {}

    /**
     * A claim on the other side of a rebuttal or a response.
     *
     * @param text the other claim's text, when the feed holds it
     * @param evidence the words that show the link, when a link carried them
     */
    public record Dispute(String claimId, String speaker, String text, String evidence) {}
}
