package io.claimtrack.streams;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimtrack.linking.SeedQuotes;
import io.claimtrack.model.Claim;
import io.claimtrack.model.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ClusteringTopologyTest {
    private final Scripted extractor = new Scripted();

    private String page(String lead, String quote, String extra) {
        Scripted.Page p = new Scripted.Page().prose(lead);
        p.quote(
                "",
                quote,
                ", said Tatoyan.",
                Scripted.person("Arman Tatoyan", "Tatoyan", null),
                "said");
        if (extra != null) {
            p.quote(
                    "The president said ",
                    extra,
                    ".",
                    Scripted.person("Ilham Aliyev", "Aliyev", "President"),
                    "said");
        }
        return extractor.add(p);
    }

    @Test
    void oneQuoteCarriedByThreeOutletsIsOneClaimWithThreeOutlets() {
        try (TopologyFixture f = new TopologyFixture(extractor)) {
            var t = TopologyFixture.T0;
            f.pipe(
                    TopologyFixture.article(
                            "https://yerevan-ledger.example/1",
                            "Yerevan Ledger",
                            page("Officials were outraged.", SeedQuotes.TATOYAN, SeedQuotes.ALIYEV),
                            t));
            f.pipe(
                    TopologyFixture.article(
                            "https://caucasus-courier.example/2",
                            "Caucasus Courier",
                            page(
                                    "The ombudsman spoke.",
                                    SeedQuotes.TATOYAN.substring(0, 120) + "…",
                                    null),
                            t.plus(Duration.ofHours(2))));
            f.pipe(
                    TopologyFixture.article(
                            "https://sevan-times.example/3",
                            "Lake Sevan Times",
                            page(
                                    "A day later:",
                                    SeedQuotes.TATOYAN.replace("’", "'").replace(",", ""),
                                    null),
                            t.plus(Duration.ofHours(20))));
            List<Statement> statements = f.statements.readValuesToList();
            assertThat(statements).hasSize(4);
            f.flush();
            Map<String, Claim> claims = TopologyFixture.latest(f.claims);
            assertThat(claims).hasSize(2);
            Claim tatoyan =
                    claims.values().stream()
                            .filter(c -> c.occurrenceCount() == 3)
                            .findFirst()
                            .orElseThrow();
            assertThat(tatoyan.outlets())
                    .containsExactly("Yerevan Ledger", "Caucasus Courier", "Lake Sevan Times");
            assertThat(tatoyan.text()).isEqualTo(SeedQuotes.TATOYAN);
            assertThat(tatoyan.speaker()).isEqualTo("Arman Tatoyan");
            assertThat(tatoyan.firstSeen()).isEqualTo(t);
            assertThat(tatoyan.lastSeen()).isEqualTo(t.plus(Duration.ofHours(20)));
            assertThat(tatoyan.occurrences())
                    .extracting(Claim.Occurrence::statementId)
                    .containsExactlyElementsOf(
                            statements.stream()
                                    .filter(s -> s.speaker().name().equals("Arman Tatoyan"))
                                    .map(Statement::id)
                                    .toList());
        }
    }

    @Test
    void replayingTheSameArticleUpsertsTheSameClaimIds() {
        String text = page("Officials were outraged.", SeedQuotes.TATOYAN, SeedQuotes.ALIYEV);
        var a =
                TopologyFixture.article(
                        "https://yerevan-ledger.example/1",
                        "Yerevan Ledger",
                        text,
                        TopologyFixture.T0);
        Map<String, Claim> first;
        try (TopologyFixture f = new TopologyFixture(extractor)) {
            f.pipe(a);
            f.flush();
            first = TopologyFixture.latest(f.claims);
        }
        try (TopologyFixture f = new TopologyFixture(extractor)) {
            f.pipe(a);
            f.flush();
            assertThat(TopologyFixture.latest(f.claims).keySet()).isEqualTo(first.keySet());
        }
    }
}
