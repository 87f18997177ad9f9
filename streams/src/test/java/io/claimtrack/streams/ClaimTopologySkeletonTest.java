package io.claimtrack.streams;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimtrack.extract.statement.StatementExtractor;
import io.claimtrack.model.Article;
import io.claimtrack.model.Claim;
import io.claimtrack.model.Ids;
import io.claimtrack.model.Statement;
import io.claimtrack.model.StatementKind;
import java.util.List;
import java.util.Map;
import org.apache.kafka.streams.TopologyDescription;
import org.junit.jupiter.api.Test;

class ClaimTopologySkeletonTest {
    private static final String QUOTE =
            "Unfortunately, the return of captives is once again delayed";

    @Test
    void articleBecomesStatementsAndAClaimWithTheRealExtractor() {
        StatementExtractor extractor = new StatementExtractor();
        try (TopologyFixture f = new TopologyFixture(extractor::extract)) {
            Article a =
                    TopologyFixture.article(
                            "https://yerevan-ledger.example/captives",
                            "Yerevan Ledger",
                            "Relatives waited at the airport. “" + QUOTE + ",” said Avinyan.",
                            TopologyFixture.T0);
            f.pipe(a);
            List<Statement> statements = f.statements.readValuesToList();
            assertThat(statements).hasSize(1);
            Statement s = statements.get(0);
            assertThat(s.id()).isEqualTo(Ids.statementId(a.id(), 0));
            assertThat(s.articleId()).isEqualTo(a.id());
            assertThat(s.outlet()).isEqualTo("Yerevan Ledger");
            assertThat(s.quote()).contains(QUOTE); // quote marks and comma are the extractor's call
            assertThat(s.kind()).isEqualTo(StatementKind.DIRECT);
            assertThat(s.speaker().name()).contains("Avinyan");
            assertThat(s.extractorVersion()).isEqualTo(StatementExtractor.VERSION);

            f.flush();
            Map<String, Claim> claims = TopologyFixture.latest(f.claims);
            assertThat(claims).hasSize(1);
            Claim c = claims.values().iterator().next();
            assertThat(c.text()).isEqualTo(s.quote());
            assertThat(c.speaker()).contains("Avinyan");
            assertThat(c.outlets()).containsExactly("Yerevan Ledger");
            assertThat(f.dlq.isEmpty()).isTrue();
        }
    }

    @Test
    void everyStoreAndInternalTopicIsNamed() {
        var topology = ClaimTopology.build(ClaimTopologyConfig.defaults(), TopologyFixture.KAFKA);
        String described = topology.describe().toString();
        assertThat(described).doesNotContain("KSTREAM-").doesNotContain("KTABLE-");
        assertThat(described).contains("link-events-repartition", "claims-store");
        for (TopologyDescription.Subtopology sub : topology.describe().subtopologies()) {
            for (TopologyDescription.Node node : sub.nodes()) {
                assertThat(node.name()).doesNotStartWith("KSTREAM-");
            }
        }
    }
}
