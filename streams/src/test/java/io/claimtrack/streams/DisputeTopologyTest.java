package io.claimtrack.streams;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimtrack.linking.SeedQuotes;
import io.claimtrack.model.Claim;
import io.claimtrack.model.ClaimLink;
import io.claimtrack.model.LinkRelation;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DisputeTopologyTest {
    private final Scripted x = new Scripted();

    private String armenianStatement() {
        return x.add(
                new Scripted.Page()
                        .prose(
                                "The Ministry of Foreign Affairs (MoFA) of Armenia also released a"
                                        + " statement censuring the park.")
                        .quote(
                                "",
                                SeedQuotes.MOFA_ARMENIA,
                                ",” the statement reads.",
                                Scripted.org(
                                        "Ministry of Foreign Affairs of Armenia",
                                        "The Ministry of Foreign Affairs (MoFA) of Armenia"),
                                "reads"));
    }

    private String azerbaijaniRebuttal() {
        return x.add(
                new Scripted.Page()
                        .prose(
                                "The MoFA of Azerbaijan dismissed the “hysteria” of its Armenian"
                                        + " counterpart as a “blackmail attempt.”")
                        .quote(
                                "",
                                SeedQuotes.MOFA_AZERBAIJAN,
                                ",” the press release reads.",
                                Scripted.org(
                                        "Ministry of Foreign Affairs of Azerbaijan",
                                        "The MoFA of Azerbaijan"),
                                "reads"));
    }

    private void pipeArmenianStatement(TopologyFixture f, Instant t) {
        f.pipe(
                TopologyFixture.article(
                        "https://yerevan-ledger.example/mofa",
                        "Yerevan Ledger",
                        armenianStatement(),
                        t));
    }

    private void pipeAzerbaijaniRebuttal(TopologyFixture f, Instant t) {
        f.pipe(
                TopologyFixture.article(
                        "https://baku-bulletin.example/reply",
                        "Baku Bulletin",
                        azerbaijaniRebuttal(),
                        t));
    }

    @Test
    void ministryRebuttalInAnotherOutletHoursLaterIsLinkedToTheStatementItAnswers() {
        try (TopologyFixture f = new TopologyFixture(x)) {
            pipeArmenianStatement(f, TopologyFixture.T0);
            pipeAzerbaijaniRebuttal(f, TopologyFixture.T0.plus(Duration.ofHours(9)));
            List<ClaimLink> links = f.links.readValuesToList();
            assertThat(links)
                    .singleElement()
                    .satisfies(
                            l -> {
                                assertThat(l.relation()).isEqualTo(LinkRelation.REBUTS);
                                assertThat(l.fromSpeaker())
                                        .isEqualTo("Ministry of Foreign Affairs of Azerbaijan");
                                assertThat(l.toSpeaker())
                                        .isEqualTo("Ministry of Foreign Affairs of Armenia");
                                assertThat(l.evidence()).contains("lies and slander");
                            });
            f.flush();
            Map<String, Claim> claims = TopologyFixture.latest(f.claims);
            ClaimLink l = links.get(0);
            assertThat(claims.get(l.toClaimId()).rebuttedBy()).containsExactly(l.fromClaimId());
            assertThat(claims.get(l.fromClaimId()).rebuts()).containsExactly(l.toClaimId());
            assertThat(claims.get(l.toClaimId()).outlets()).containsExactly("Yerevan Ledger");
        }
    }

    @Test
    void rebuttalFetchedBeforeTheStatementItAnswersIsLinkedWhenThatArrives() {
        try (TopologyFixture f = new TopologyFixture(x)) {
            pipeAzerbaijaniRebuttal(f, TopologyFixture.T0.plus(Duration.ofHours(9)));
            assertThat(f.links.isEmpty()).isTrue();
            pipeArmenianStatement(f, TopologyFixture.T0);
            List<ClaimLink> links = f.links.readValuesToList();
            assertThat(links).hasSize(1);
            ClaimLink l = links.get(0);
            assertThat(l.relation()).isEqualTo(LinkRelation.REBUTS);
            assertThat(l.fromSpeaker()).isEqualTo("Ministry of Foreign Affairs of Azerbaijan");
            assertThat(l.toSpeaker()).isEqualTo("Ministry of Foreign Affairs of Armenia");
            f.flush();
            Map<String, Claim> claims = TopologyFixture.latest(f.claims);
            assertThat(claims.get(l.toClaimId()).rebuttedBy()).containsExactly(l.fromClaimId());
            assertThat(claims.get(l.fromClaimId()).rebuts()).containsExactly(l.toClaimId());
        }
    }

    @Test
    void rebuttalPastTheSevenDayWindowIsNotLinked() {
        try (TopologyFixture f = new TopologyFixture(x)) {
            pipeArmenianStatement(f, TopologyFixture.T0);
            pipeAzerbaijaniRebuttal(f, TopologyFixture.T0.plus(Duration.ofDays(8)));
            assertThat(f.links.isEmpty()).isTrue();
        }
    }

    @Test
    void inArticleRebuttalFromTheExtractorBecomesALink() {
        String text =
                x.add(
                        new Scripted.Page()
                                .quote(
                                        "A fictional mayor said “",
                                        "The harbour tariff will double next spring",
                                        ".",
                                        Scripted.person("Ilse Varga", "Varga", "mayor"),
                                        "said")
                                .quote(
                                        "The port authority replied “",
                                        "There is no plan to raise any tariff",
                                        ".",
                                        Scripted.org(
                                                "Northport Port Authority", "The port authority"),
                                        "replied")
                                .rebuttal(1, 0));
        try (TopologyFixture f = new TopologyFixture(x)) {
            f.pipe(
                    TopologyFixture.article(
                            "https://fictional-herald.example/port",
                            "Fictional Herald",
                            text,
                            TopologyFixture.T0));
            ClaimLink link =
                    f.links.readValuesToList().stream()
                            .filter(l -> l.confidence() >= 0.9)
                            .findFirst()
                            .orElseThrow();
            assertThat(link.relation()).isEqualTo(LinkRelation.REBUTS);
            assertThat(link.toSpeaker()).isEqualTo("Ilse Varga");
            assertThat(link.fromStatementId()).endsWith("-s1");
            assertThat(link.toStatementId()).endsWith("-s0");
        }
    }
}
