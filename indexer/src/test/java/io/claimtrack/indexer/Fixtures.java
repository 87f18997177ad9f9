package io.claimtrack.indexer;

import io.claimtrack.model.Claim;
import io.claimtrack.model.ClaimLink;
import io.claimtrack.model.EntityRef;
import io.claimtrack.model.Ids;
import io.claimtrack.model.LinkRelation;
import io.claimtrack.model.SpeakerRef;
import io.claimtrack.model.Statement;
import io.claimtrack.model.StatementKind;
import java.time.Instant;
import java.util.List;

/**
 * Test records: quotes re-carried verbatim from the seed article (shared/seeds/004_*.txt), carried
 * by clearly fictional outlets (Harbor Ledger, Valley Courier, Northgate Post).
 */
final class Fixtures {
    static final String TATOYAN_QUOTE =
            "another manifestation of the morbid Armenophobia of the Azerbaijani authorities.";
    static final String ALIYEV_QUOTE =
            "Everyone who visits the park of military trophies will see the strength of our army,"
                    + " will see our willpower, and how hard it was to achieve victory,";
    static final String MOFA_AZ_QUOTE =
            "We once again advise the Ministry of Foreign Affairs of Armenia to refrain from"
                    + " rhetoric full of lies and slander on the issue of ‘prisoners of war’"
                    + " expressed at every opportunity,";
    static final String MOFA_AM_QUOTE =
            "Azerbaijan is finally consolidating its position as a global center of intolerance"
                    + " and xenophobia,";

    static final SpeakerRef TATOYAN =
            new SpeakerRef(
                    "Arman Tatoyan",
                    "Tatoyan",
                    null,
                    null,
                    "Human Rights Defender of Armenia",
                    "PERSON",
                    true);
    static final SpeakerRef ALIYEV =
            new SpeakerRef("Ilham Aliyev", "Aliyev", null, null, "President", "PERSON", true);
    static final SpeakerRef MOFA_AZ =
            new SpeakerRef(
                    "Ministry of Foreign Affairs of Azerbaijan",
                    "The MoFA of Azerbaijan",
                    null,
                    null,
                    null,
                    "ORGANIZATION",
                    true);
    static final SpeakerRef MOFA_AM =
            new SpeakerRef(
                    "Ministry of Foreign Affairs of Armenia",
                    "The Ministry of Foreign Affairs (MoFA) of Armenia",
                    null,
                    null,
                    null,
                    "ORGANIZATION",
                    true);
    static final SpeakerRef BLOGGER =
            new SpeakerRef("Pat Quillon", "Quillon", null, null, "blogger", "PERSON", false);

    static final EntityRef ARTSAKH =
            new EntityRef("Artsakh", "PLACE", List.of("Nagorno-Karabakh", "Karabakh"));
    static final EntityRef BAKU = new EntityRef("Baku", "PLACE", List.of());

    private Fixtures() {}

    static String articleId(String outlet, int n) {
        return Ids.articleId("https://" + slug(outlet) + ".example/story-" + n);
    }

    static Statement statement(
            String outlet, int article, int index, SpeakerRef speaker, String quote, Instant at) {
        return statement(outlet, article, index, speaker, quote, at, List.of(ARTSAKH, BAKU));
    }

    static Statement statement(
            String outlet,
            int article,
            int index,
            SpeakerRef speaker,
            String quote,
            Instant at,
            List<EntityRef> entities) {
        String articleId = articleId(outlet, article);
        return new Statement(
                Statement.SCHEMA,
                Ids.statementId(articleId, index),
                articleId,
                "https://" + slug(outlet) + ".example/story-" + article,
                outlet,
                slug(outlet),
                at,
                quote,
                StatementKind.DIRECT,
                "said",
                0,
                quote.length(),
                speaker,
                speaker.official(),
                entities,
                List.of(),
                "en",
                "test");
    }

    static Claim claim(
            String id,
            SpeakerRef speaker,
            String text,
            List<Claim.Occurrence> occurrences,
            List<String> rebuttedBy,
            List<String> rebuts) {
        List<String> outlets =
                occurrences.stream().map(Claim.Occurrence::outlet).distinct().toList();
        Instant first =
                occurrences.stream()
                        .map(Claim.Occurrence::published)
                        .min(Instant::compareTo)
                        .orElseThrow();
        Instant last =
                occurrences.stream()
                        .map(Claim.Occurrence::published)
                        .max(Instant::compareTo)
                        .orElseThrow();
        return new Claim(
                Claim.SCHEMA,
                id,
                text,
                "sp-" + slug(speaker.name()),
                speaker.name(),
                speaker.role(),
                speaker.official(),
                first,
                last,
                outlets,
                occurrences.size(),
                occurrences,
                List.of(text),
                List.of("Artsakh", "Baku"),
                rebuttedBy,
                rebuts,
                null);
    }

    static Claim.Occurrence occurrence(String outlet, int article, String quote, Instant at) {
        String articleId = articleId(outlet, article);
        return new Claim.Occurrence(
                Ids.statementId(articleId, 0),
                articleId,
                outlet,
                "https://" + slug(outlet) + ".example/story-" + article,
                at,
                quote,
                null);
    }

    static ClaimLink rebuttal(
            String id, String from, String to, String fromSpeaker, String toSpeaker, Instant at) {
        return new ClaimLink(
                ClaimLink.SCHEMA,
                id,
                LinkRelation.REBUTS,
                from,
                to,
                null,
                null,
                fromSpeaker,
                toSpeaker,
                "dismissed the hysteria of its Armenian counterpart",
                0.8,
                at);
    }

    static String slug(String name) {
        return name.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    }
}
