package io.claimtrack.indexer;

import static io.claimtrack.indexer.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.claimtrack.model.Claim;
import io.claimtrack.model.Statement;
import io.claimtrack.model.kafka.Topics;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.junit.jupiter.api.Test;

/** Statements and claims on the real broker end up searchable in the real Elasticsearch node. */
class IndexerIT {
    private static final Duration IDLE = Duration.ofSeconds(90);
    private static final Instant T0 = Instant.parse("2021-04-13T09:00:00Z");

    @Test
    void producedStatementsBecomeSearchableAndReplaysChangeNothing() throws Exception {
        ItSupport it = ItSupport.create("indexer-it");
        List<Statement> statements =
                List.of(
                        statement("Harbor Ledger", 1, 0, TATOYAN, TATOYAN_QUOTE, T0),
                        statement("Harbor Ledger", 1, 1, ALIYEV, ALIYEV_QUOTE, T0),
                        statement(
                                "Valley Courier",
                                2,
                                0,
                                TATOYAN,
                                TATOYAN_QUOTE,
                                T0.plusSeconds(600)),
                        statement(
                                "Northgate Post",
                                3,
                                0,
                                MOFA_AZ,
                                MOFA_AZ_QUOTE,
                                T0.plusSeconds(900)));
        try (KafkaProducer<byte[], byte[]> producer = it.producer();
                IndexerService indexer = IndexerService.start(it.kafka(), it.es(), it.config())) {
            for (Statement s : statements) {
                it.send(producer, Topics.STATEMENTS, s.articleId(), s);
            }
            assertThat(indexer.awaitIdle(IDLE)).isTrue();
            // Confirmed writes are searchable only after a refresh (1 s by default): refresh first.
            assertThat(it.count(IndexKind.STATEMENTS)).isEqualTo(4);

            JsonNode hits =
                    it.raw()
                            .post(
                                    "/" + it.alias(IndexKind.STATEMENTS) + "/_search",
                                    "{\"query\":{\"match\":{\"quote\":\"morbid Armenophobia\"}}}")
                            .path("hits");
            assertThat(hits.at("/total/value").asInt()).isEqualTo(2);
            assertThat(hits.at("/hits/0/_source/speaker/name").asText()).isEqualTo("Arman Tatoyan");
            assertThat(indexer.documentCounts()).containsEntry(it.alias(IndexKind.STATEMENTS), 4L);
            assertThat(indexer.stats().indexed()).containsEntry(IndexKind.STATEMENTS, 4L);
        }

        // A second indexer in a new group replays the topic from the start: same ids, no
        // duplicates.
        try (IndexerService replay =
                IndexerService.start(
                        it.kafka(), it.es(), it.config().withGroupId(it.name() + "-replay"))) {
            assertThat(replay.awaitIdle(IDLE)).isTrue();
            assertThat(replay.stats().consumed()).isEqualTo(4);
            assertThat(it.count(IndexKind.STATEMENTS)).isEqualTo(4);
        }
    }

    @Test
    void anOlderClaimStateArrivingLateNeverRollsBackANewerOne() throws Exception {
        ItSupport it = ItSupport.create("indexer-versions");
        Claim older =
                claim(
                        "c-tatoyan",
                        TATOYAN,
                        TATOYAN_QUOTE,
                        List.of(occurrence("Harbor Ledger", 1, TATOYAN_QUOTE, T0)),
                        List.of(),
                        List.of());
        Claim newer =
                claim(
                        "c-tatoyan",
                        TATOYAN,
                        TATOYAN_QUOTE,
                        List.of(
                                occurrence("Harbor Ledger", 1, TATOYAN_QUOTE, T0),
                                occurrence(
                                        "Valley Courier", 2, TATOYAN_QUOTE, T0.plusSeconds(600))),
                        List.of(),
                        List.of());
        Claim other =
                claim(
                        "c-aliyev",
                        ALIYEV,
                        ALIYEV_QUOTE,
                        List.of(occurrence("Harbor Ledger", 1, ALIYEV_QUOTE, T0)),
                        List.of(),
                        List.of());
        try (KafkaProducer<byte[], byte[]> producer = it.producer();
                IndexerService indexer = IndexerService.start(it.kafka(), it.es(), it.config())) {
            it.send(producer, Topics.CLAIMS, newer.id(), newer);
            it.send(producer, Topics.CLAIMS, other.id(), other);
            assertThat(indexer.awaitIdle(IDLE)).isTrue();
            it.send(producer, Topics.CLAIMS, older.id(), older);
            it.send(producer, Topics.CLAIMS, other.id(), null);
            assertThat(indexer.awaitIdle(IDLE)).isTrue();

            JsonNode doc = it.raw().get("/" + it.alias(IndexKind.CLAIMS) + "/_doc/c-tatoyan");
            assertThat(doc.at("/_source/occurrenceCount").asInt()).isEqualTo(2);
            assertThat(doc.at("/_source/outletCount").asInt()).isEqualTo(2);
            assertThat(doc.at("/_source/firstOutlet").asText()).isEqualTo("Harbor Ledger");
            assertThat(indexer.stats().unchanged()).isEqualTo(1);
            assertThat(it.count(IndexKind.CLAIMS))
                    .as("the tombstone deleted c-aliyev")
                    .isEqualTo(1);
        }
    }
}
