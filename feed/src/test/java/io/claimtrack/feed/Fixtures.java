package io.claimtrack.feed;

import io.claimtrack.model.Claim;
import io.claimtrack.model.ClaimLink;
import io.claimtrack.model.LinkRelation;
import io.claimtrack.model.SpeakerRef;
import io.claimtrack.model.Statement;
import io.claimtrack.model.StatementKind;
import java.time.Instant;
import java.util.List;

/** Fictional speakers and outlets for the feed's tests. */
final class Fixtures {
    private Fixtures() {}

    static final Instant T0 = Instant.parse("2026-11-20T08:00:00Z");

    static Statement statement(
            String id, String speaker, boolean official, String outlet, String quote, Instant at) {
        return new Statement(
                Statement.SCHEMA,
                id,
                "a-" + id,
                "https://"
                        + outlet.toLowerCase(java.util.Locale.ROOT).replace(' ', '-')
                        + ".example/news/"
                        + id,
                outlet,
                "src-" + outlet,
                at,
                quote,
                StatementKind.DIRECT,
                "said",
                0,
                quote.length(),
                new SpeakerRef(
                        speaker,
                        speaker,
                        null,
                        null,
                        official ? "minister" : null,
                        "PERSON",
                        official),
                official,
                List.of(),
                List.of(),
                "en",
                "test");
    }

    static Claim claim(
            String id,
            String speaker,
            boolean official,
            String text,
            Instant first,
            Instant last,
            List<Claim.Occurrence> occurrences,
            List<String> rebuttedBy,
            List<String> rebuts) {
        List<String> outlets =
                occurrences.stream().map(Claim.Occurrence::outlet).distinct().toList();
        return new Claim(
                Claim.SCHEMA,
                id,
                text,
                "sp-" + speaker,
                speaker,
                official ? "minister" : null,
                official,
                first,
                last,
                outlets,
                occurrences.size(),
                occurrences,
                List.of(text),
                List.of(),
                rebuttedBy,
                rebuts,
                null);
    }

    static Claim.Occurrence occurrence(String statementId, String outlet, Instant published) {
        return new Claim.Occurrence(
                statementId,
                "a-" + statementId,
                outlet,
                "https://"
                        + outlet.toLowerCase(java.util.Locale.ROOT).replace(' ', '-')
                        + ".example/"
                        + statementId,
                published,
                null,
                null);
    }

    static ClaimLink rebuttal(String id, String from, String to, String evidence) {
        return link(LinkRelation.REBUTS, id, from, to, evidence);
    }

    static ClaimLink link(
            LinkRelation relation, String id, String from, String to, String evidence) {
        return new ClaimLink(
                ClaimLink.SCHEMA,
                id,
                relation,
                from,
                to,
                null,
                null,
                "Rebutter",
                "Target",
                evidence,
                0.9,
                T0);
    }
}
