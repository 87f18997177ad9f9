package io.claimtrack.indexer;

import static io.claimtrack.indexer.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.claimtrack.model.Claim;
import io.claimtrack.model.ClaimLink;
import io.claimtrack.model.EntityRef;
import io.claimtrack.model.LinkRelation;
import io.claimtrack.model.Statement;
import io.claimtrack.model.kafka.Topics;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The README's analyst queries and {@link ClaimSearch} on the real node, over fixture documents.
 */
class AnalystQueriesIT {
    private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    private static final Map<String, String> PARAMS = QueriesDocTest.DOC_PARAMS;
    private static ItSupport it;
    private static IndexerService indexer;

    @BeforeAll
    static void indexFixtures() throws Exception {
        it = ItSupport.create("analyst-queries");
        indexer = IndexerService.start(it.kafka(), it.es(), it.config());
        EntityRef lane = new EntityRef("Karabakh Lane Partners", "ORGANIZATION", List.of());
        List<Statement> statements =
                List.of(
                        statement("Harbor Ledger", 1, 0, TATOYAN, TATOYAN_QUOTE, ago(1)),
                        statement("Valley Courier", 2, 0, TATOYAN, TATOYAN_QUOTE, ago(2)),
                        statement("Northgate Post", 3, 0, TATOYAN, TATOYAN_QUOTE, ago(30)),
                        statement("Harbor Ledger", 1, 1, ALIYEV, ALIYEV_QUOTE, ago(1)),
                        statement(
                                "Valley Courier",
                                2,
                                1,
                                BLOGGER,
                                "Karabakh deserves a calmer debate than this one.",
                                ago(1)),
                        statement(
                                "Northgate Post",
                                3,
                                1,
                                MOFA_AZ,
                                MOFA_AZ_QUOTE,
                                ago(3),
                                List.of(lane, BAKU)));
        Claim tatoyan =
                claim(
                        "c-tatoyan",
                        TATOYAN,
                        TATOYAN_QUOTE,
                        List.of(
                                occurrence("Harbor Ledger", 1, TATOYAN_QUOTE, ago(1)),
                                occurrence("Valley Courier", 2, TATOYAN_QUOTE, ago(2)),
                                occurrence("Northgate Post", 3, TATOYAN_QUOTE, ago(30))),
                        List.of(),
                        List.of());
        Claim aliyev =
                claim(
                        "c-aliyev",
                        ALIYEV,
                        ALIYEV_QUOTE,
                        List.of(occurrence("Harbor Ledger", 1, ALIYEV_QUOTE, ago(1))),
                        List.of(),
                        List.of());
        Claim mofaAz =
                claim(
                        "c-mofa-az",
                        MOFA_AZ,
                        MOFA_AZ_QUOTE,
                        List.of(
                                occurrence("Northgate Post", 3, MOFA_AZ_QUOTE, ago(3)),
                                occurrence("Harbor Ledger", 4, MOFA_AZ_QUOTE, ago(2))),
                        List.of(),
                        List.of("c-mofa-am"));
        Claim mofaAm =
                claim(
                        "c-mofa-am",
                        MOFA_AM,
                        MOFA_AM_QUOTE,
                        List.of(occurrence("Valley Courier", 5, MOFA_AM_QUOTE, ago(4))),
                        List.of("c-mofa-az"),
                        List.of());
        List<ClaimLink> links =
                List.of(
                        rebuttal(
                                "l-1",
                                "c-mofa-az",
                                "c-mofa-am",
                                MOFA_AZ.name(),
                                MOFA_AM.name(),
                                ago(2)),
                        rebuttal(
                                "l-2",
                                "c-quillon",
                                "c-aliyev",
                                BLOGGER.name(),
                                ALIYEV.name(),
                                ago(1)),
                        new ClaimLink(
                                ClaimLink.SCHEMA,
                                "l-3",
                                LinkRelation.REPEATS,
                                "c-x",
                                "c-tatoyan",
                                null,
                                null,
                                "Valley Courier",
                                TATOYAN.name(),
                                null,
                                0.9,
                                ago(1)));
        try (KafkaProducer<byte[], byte[]> producer = it.producer()) {
            for (Statement s : statements) {
                it.send(producer, Topics.STATEMENTS, s.articleId(), s);
            }
            for (Claim c : List.of(tatoyan, aliyev, mofaAz, mofaAm)) {
                it.send(producer, Topics.CLAIMS, c.id(), c);
            }
            for (ClaimLink l : links) {
                it.send(producer, Topics.CLAIM_LINKS, l.id(), l);
            }
        }
        assertThat(indexer.awaitIdle(Duration.ofSeconds(90))).isTrue();
        indexer.documentCounts(); // refreshes
    }

    @org.junit.jupiter.api.AfterAll
    static void stop() {
        indexer.close();
    }

    @Test
    void whatDidXSayAboutYThisWeek() throws Exception {
        JsonNode hits = run(AnalystQuery.SAID_ABOUT_THIS_WEEK).path("hits");
        assertThat(hits.at("/total/value").asInt()).isEqualTo(2);
        assertThat(hits.at("/hits/0/_source/outlet").asText()).isEqualTo("Harbor Ledger");
        assertThat(hits.at("/hits/1/_source/outlet").asText()).isEqualTo("Valley Courier");
    }

    @Test
    void claimsCarriedByMostOutlets() throws Exception {
        JsonNode hits = run(AnalystQuery.MOST_CARRIED_CLAIMS).at("/hits/hits");
        assertThat(hits).hasSize(2);
        assertThat(hits.at("/0/_id").asText()).isEqualTo("c-tatoyan");
        assertThat(hits.at("/0/_source/outletCount").asInt()).isEqualTo(3);
        assertThat(hits.at("/1/_id").asText()).isEqualTo("c-mofa-az");
    }

    @Test
    void quotesCarriedByMostOutlets() throws Exception {
        JsonNode buckets = run(AnalystQuery.MOST_CARRIED_QUOTES).at("/aggregations/quotes/buckets");
        assertThat(buckets.at("/0/key").asText()).isEqualTo(TATOYAN_QUOTE);
        assertThat(buckets.at("/0/outlets/value").asInt()).isEqualTo(3);
        assertThat(buckets.at("/0/speaker/buckets/0/key").asText()).isEqualTo("Arman Tatoyan");
    }

    @Test
    void whoDisputesWhom() throws Exception {
        JsonNode buckets = run(AnalystQuery.WHO_DISPUTES_WHOM).at("/aggregations/disputer/buckets");
        assertThat(buckets).hasSize(2);
        assertThat(buckets.findValuesAsText("key"))
                .contains(MOFA_AZ.name(), MOFA_AM.name(), BLOGGER.name(), ALIYEV.name())
                .doesNotContain("Valley Courier");
        for (JsonNode b : buckets) {
            String disputed = b.at("/disputed/buckets/0/key").asText();
            assertThat(disputed)
                    .isEqualTo(
                            b.path("key").asText().equals(BLOGGER.name())
                                    ? ALIYEV.name()
                                    : MOFA_AM.name());
        }
    }

    @Test
    void officialStatementsAboutAPlace() throws Exception {
        JsonNode hits = run(AnalystQuery.OFFICIAL_ABOUT_PLACE).path("hits");
        assertThat(hits.at("/total/value").asInt()).isEqualTo(4);
        assertThat(hits.findValuesAsText("name")).doesNotContain(BLOGGER.name(), MOFA_AZ.name());
    }

    @Test
    void firstOutletToCarryAClaim() throws Exception {
        JsonNode hit = run(AnalystQuery.FIRST_OUTLET).at("/hits/hits/0");
        assertThat(hit.path("_id").asText()).isEqualTo("c-tatoyan");
        assertThat(hit.at("/_source/firstOutlet").asText()).isEqualTo("Northgate Post");
        assertThat(hit.at("/inner_hits/occurrences/hits/hits/0/_source/outlet").asText())
                .isEqualTo("Northgate Post");
    }

    @Test
    void claimSearchFiltersBySpeakerOfficialAndDate() throws Exception {
        ClaimSearch search = new ClaimSearch(indexer.client(), it.es());

        List<ClaimRow> rows =
                search.search(new ClaimQuery("armenophobia", "tatoyan", true, null, 10));
        assertThat(rows)
                .singleElement()
                .satisfies(
                        r -> {
                            assertThat(r.speaker()).isEqualTo("Arman Tatoyan");
                            assertThat(r.outlets())
                                    .containsExactlyInAnyOrder(
                                            "Harbor Ledger", "Valley Courier", "Northgate Post");
                            assertThat(r.firstSeen()).isEqualTo(ago(30));
                        });
        assertThat(search.search(new ClaimQuery("", null, false, ago(3).plusSeconds(1), 10)))
                .extracting(ClaimRow::id)
                .containsExactlyInAnyOrder("c-tatoyan", "c-aliyev", "c-mofa-az");
        assertThat(search.search(new ClaimQuery("armenophobia", "Aliyev", false, null, 10)))
                .isEmpty();
        assertThat(ClaimTable.render(rows)).contains("Arman Tatoyan", "3: ");
    }

    @Test
    void claimSearchAnswersFromStatementsBeforeAnyClaimExists() throws Exception {
        ItSupport only = ItSupport.create("analyst-statements-only");
        try (IndexerService statementsOnly =
                        IndexerService.start(only.kafka(), only.es(), only.config());
                KafkaProducer<byte[], byte[]> producer = only.producer()) {
            for (String outlet : List.of("Harbor Ledger", "Valley Courier")) {
                Statement s = statement(outlet, 1, 0, ALIYEV, ALIYEV_QUOTE, ago(1));
                only.send(producer, Topics.STATEMENTS, s.articleId(), s);
            }
            assertThat(statementsOnly.awaitIdle(Duration.ofSeconds(90))).isTrue();
            statementsOnly.documentCounts();

            List<ClaimRow> rows =
                    new ClaimSearch(statementsOnly.client(), only.es())
                            .search(ClaimQuery.of("military trophies"));
            assertThat(rows)
                    .singleElement()
                    .satisfies(
                            r -> {
                                assertThat(r.speaker()).isEqualTo("Ilham Aliyev");
                                assertThat(r.outlets())
                                        .containsExactlyInAnyOrder(
                                                "Harbor Ledger", "Valley Courier");
                            });
        }
    }

    @Test
    void claimSearchNamesTheMissingIndexInsteadOfFailingObscurely() {
        ItSupport nothing = ItSupport.create("analyst-no-indices");
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () ->
                                new ClaimSearch(indexer.client(), nothing.es())
                                        .search(ClaimQuery.of("x")))
                .isInstanceOf(java.io.IOException.class)
                .hasMessageContaining(nothing.alias(IndexKind.CLAIMS))
                .hasMessageContaining("has the indexer run?");
    }

    private static JsonNode run(AnalystQuery q) throws Exception {
        return it.raw().post("/" + it.alias(q.kind()) + "/_search", q.body(PARAMS));
    }

    private static Instant ago(int days) {
        return NOW.minus(days, ChronoUnit.DAYS);
    }
}
