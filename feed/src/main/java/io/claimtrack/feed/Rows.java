package io.claimtrack.feed;

import io.claimtrack.model.Claim;
import io.claimtrack.model.ClaimLink;
import io.claimtrack.model.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/** Turns wire records into feed rows. Pure functions, no state. */
final class Rows {
    private Rows() {}

    /** A row for a statement no claim holds yet. */
    static FeedItem ofStatement(Statement s, Instant fallbackTime, long version) {
        String speaker = s.speaker() == null ? null : s.speaker().name();
        String role = s.speaker() == null ? null : s.speaker().role();
        Instant time = s.published() != null ? s.published() : fallbackTime;
        List<String> outlets = s.outlet() == null ? List.of() : List.of(s.outlet());
        var occurrence = new FeedItem.Occurrence(s.outlet(), s.url(), s.published(), s.quote());
        return new FeedItem(
                s.id(),
                FeedItem.Kind.STATEMENT,
                s.quote(),
                speaker,
                role,
                s.official(),
                false,
                time,
                time,
                outlets,
                1,
                List.of(occurrence),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                version);
    }

    /**
     * A row for a claim, with its disputes and responses resolved against the claims the view
     * holds.
     *
     * @param claims the claims in the view, by id (for the other side's speaker and text)
     */
    static FeedItem ofClaim(
            Claim c,
            Instant fallbackTime,
            LinkIndex rebuttals,
            LinkIndex responses,
            Function<String, Claim> claims,
            long version) {
        List<FeedItem.Dispute> disputes =
                sides(c.rebuttedBy(), rebuttals.sourcesOf(c.id()), claims, true);
        List<FeedItem.Dispute> rebuts =
                sides(c.rebuts(), rebuttals.targetsOf(c.id()), claims, false);
        // Claims carry only their rebuttals; responses are known from the links alone.
        List<FeedItem.Dispute> responders =
                sides(List.of(), responses.sourcesOf(c.id()), claims, true);
        List<FeedItem.Dispute> respondsTo =
                sides(List.of(), responses.targetsOf(c.id()), claims, false);
        Instant time =
                c.lastSeen() != null
                        ? c.lastSeen()
                        : c.firstSeen() != null ? c.firstSeen() : fallbackTime;
        List<FeedItem.Occurrence> occurrences = new ArrayList<>();
        for (Claim.Occurrence o : c.occurrences()) {
            occurrences.add(new FeedItem.Occurrence(o.outlet(), o.url(), o.published(), o.quote()));
        }
        return new FeedItem(
                c.id(),
                FeedItem.Kind.CLAIM,
                c.text(),
                c.speaker(),
                c.role(),
                c.official(),
                !disputes.isEmpty(),
                time,
                c.firstSeen() != null ? c.firstSeen() : time,
                c.outlets(),
                Math.max(c.occurrenceCount(), occurrences.size()),
                occurrences,
                disputes,
                rebuts,
                responders,
                respondsTo,
                version);
    }

    private static List<FeedItem.Dispute> sides(
            List<String> fromClaim,
            Map<String, ClaimLink> fromLinks,
            Function<String, Claim> claims,
            boolean otherIsSource) {
        Set<String> ids = new LinkedHashSet<>(fromClaim);
        ids.addAll(fromLinks.keySet());
        List<FeedItem.Dispute> out = new ArrayList<>(ids.size());
        for (String id : ids) {
            Claim other = claims.apply(id);
            ClaimLink link = fromLinks.get(id);
            String speaker =
                    other != null
                            ? other.speaker()
                            : link == null
                                    ? null
                                    : otherIsSource ? link.fromSpeaker() : link.toSpeaker();
            out.add(
                    new FeedItem.Dispute(
                            id,
                            speaker,
                            other == null ? null : other.text(),
                            link == null ? null : link.evidence()));
        }
        return out;
    }
}
