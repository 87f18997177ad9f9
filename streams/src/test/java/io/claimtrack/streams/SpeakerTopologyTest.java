package io.claimtrack.streams;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimtrack.extract.statement.Speaker;
import io.claimtrack.linking.SeedQuotes;
import io.claimtrack.model.Claim;
import io.claimtrack.model.SpeakerProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SpeakerTopologyTest {
    @Test
    void tatoyanUnderFourNamesAcrossArticlesIsOneSpeaker() {
        Scripted x = new Scripted();
        String one =
                x.add(
                        new Scripted.Page()
                                .quote(
                                        "Human Rights Defender of Armenia Arman Tatoyan called the opening of the park “",
                                        SeedQuotes.TATOYAN_SHORT,
                                        "",
                                        Scripted.person(
                                                "Arman Tatoyan",
                                                "Human Rights Defender of Armenia Arman Tatoyan",
                                                "Human Rights Defender of Armenia"),
                                        "called")
                                .quote(
                                        "",
                                        SeedQuotes.TATOYAN,
                                        ", said Tatoyan.",
                                        Scripted.person("Arman Tatoyan", "Tatoyan", null),
                                        "said"));
        String two =
                x.add(
                        new Scripted.Page()
                                .quote(
                                        "",
                                        SeedQuotes.TATOYAN,
                                        ", said Tatoyan.",
                                        new Speaker(
                                                "Tatoyan", "Tatoyan", null, null, null, "PERSON"),
                                        "said"));
        String three =
                x.add(
                        new Scripted.Page()
                                .quote(
                                        "Armenia's Human Rights Defender said “",
                                        SeedQuotes.TATOYAN_SHORT,
                                        "",
                                        new Speaker(
                                                "Armenia's Human Rights Defender",
                                                "Armenia's Human Rights Defender",
                                                null,
                                                null,
                                                null,
                                                "UNKNOWN"),
                                        "said"));
        String four =
                x.add(
                        new Scripted.Page()
                                .prose("Arman Tatoyan, the Ombudsman, spoke.")
                                .quote(
                                        "The Ombudsman said “",
                                        SeedQuotes.TATOYAN_SHORT,
                                        "",
                                        Scripted.person("Arman Tatoyan", "the Ombudsman", null),
                                        "said"));
        String five =
                x.add(
                        new Scripted.Page()
                                .quote(
                                        "The Ombudsman repeated “",
                                        SeedQuotes.TATOYAN_SHORT,
                                        "",
                                        new Speaker(
                                                "the Ombudsman",
                                                "the Ombudsman",
                                                null,
                                                null,
                                                null,
                                                "UNKNOWN"),
                                        "repeated"));
        try (TopologyFixture f = new TopologyFixture(x)) {
            int i = 0;
            for (String text : new String[] {one, two, three, four, five}) {
                f.pipe(
                        TopologyFixture.article(
                                "https://outlet" + i + ".example/a",
                                "Outlet " + i++,
                                text,
                                TopologyFixture.T0));
            }
            f.flush();
            Map<String, SpeakerProfile> speakers = TopologyFixture.latest(f.speakers);
            assertThat(speakers).hasSize(1);
            SpeakerProfile p = speakers.values().iterator().next();
            assertThat(p.name()).isEqualTo("Arman Tatoyan");
            assertThat(p.names())
                    .contains("Tatoyan", "Armenia's Human Rights Defender", "the Ombudsman");
            assertThat(p.statementCount()).isEqualTo(6);
            assertThat(p.outlets()).hasSize(5);
            Map<String, Claim> claims = TopologyFixture.latest(f.claims);
            assertThat(claims).hasSize(2);
            assertThat(claims.values())
                    .allSatisfy(c -> assertThat(c.speakerId()).isEqualTo(p.id()));
        }
    }
}
