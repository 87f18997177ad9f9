package io.claimtrack.linking;

import io.claimtrack.model.EntityRef;
import io.claimtrack.model.SpeakerRef;
import io.claimtrack.model.Statement;
import io.claimtrack.model.StatementKind;
import java.time.Instant;
import java.util.List;

/** Builders of linking inputs for the plain tests. */
final class Events {
    static final Instant T0 = Instant.parse("2021-04-13T08:00:00Z");

    private Events() {}

    static SpeakerRef person(String name, String mention, String role) {
        return new SpeakerRef(name, mention, null, null, role, "PERSON", false);
    }

    static SpeakerRef org(String name, String mention) {
        return new SpeakerRef(name, mention, null, null, null, "ORGANIZATION", true);
    }

    static StatementEvent statement(
            String id, String outlet, String quote, SpeakerRef speaker, Instant t) {
        return statement(id, outlet, quote, speaker, t, null, "", List.of());
    }

    static StatementEvent statement(
            String id,
            String outlet,
            String quote,
            SpeakerRef speaker,
            Instant t,
            String cue,
            String context,
            List<String> rebuts) {
        String articleId = id.substring(0, id.lastIndexOf("-s"));
        Statement s =
                new Statement(
                        1,
                        id,
                        articleId,
                        "https://" + outlet + "/" + articleId,
                        outlet,
                        "src",
                        t,
                        quote,
                        StatementKind.DIRECT,
                        cue,
                        0,
                        quote.length(),
                        speaker,
                        speaker != null && speaker.official(),
                        List.<EntityRef>of(),
                        rebuts,
                        "en",
                        "test");
        return new StatementEvent(s, context, t);
    }
}
