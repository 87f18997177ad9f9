package io.claimtrack.indexer;

import static io.claimtrack.indexer.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.claimtrack.devstack.DevStack;
import io.claimtrack.devstack.ElasticsearchNode;
import io.claimtrack.devstack.TestStack;
import io.claimtrack.model.SpeakerRef;
import io.claimtrack.model.Statement;
import io.claimtrack.model.kafka.Topics;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.junit.jupiter.api.Test;

/**
 * The Elasticsearch node goes away for 30 s in the middle of indexing; afterwards every produced
 * statement is in the index exactly once.
 */
class ElasticsearchOutageIT {
    private static final int BATCH = 1_000;
    private static final List<SpeakerRef> SPEAKERS = List.of(TATOYAN, ALIYEV, MOFA_AZ, MOFA_AM);
    private static final List<String> QUOTES =
            List.of(TATOYAN_QUOTE, ALIYEV_QUOTE, MOFA_AZ_QUOTE, MOFA_AM_QUOTE);

    @Test
    void nothingIsLostOrDuplicatedWhenElasticsearchIsDownFor30Seconds() throws Exception {
        ItSupport it = ItSupport.create("indexer-outage");
        DevStack stack =
                TestStack.embedded()
                        .orElseThrow(
                                () ->
                                        new IllegalStateException(
                                                "this test stops the Elasticsearch node, so it needs the"
                                                        + " embedded stack (unset CLAIMTRACK_TEST_*)"));
        ElasticsearchNode node = stack.elasticsearch();
        IndexerConfig config = it.config();
        try (KafkaProducer<byte[], byte[]> producer = it.producer();
                IndexerService indexer = IndexerService.start(it.kafka(), it.es(), config)) {
            produce(it, producer, 0, BATCH);
            await().atMost(Duration.ofSeconds(60)).until(() -> indexer.stats().indexedTotal() > 0);

            node.stop();
            try {
                produce(it, producer, BATCH, 2 * BATCH);
                await().atMost(Duration.ofSeconds(30))
                        .until(() -> indexer.stats().failedBulks() > 0);
                // The outage itself: the indexer must hold what it read, not drop it.
                Thread.sleep(Duration.ofSeconds(30));
                assertThat(indexer.stats().inFlight())
                        .isLessThanOrEqualTo(config.maxInFlightRecords() + config.bulkActions());
            } finally {
                node.start(Duration.ofSeconds(120));
            }
            produce(it, producer, 2 * BATCH, 3 * BATCH);

            assertThat(indexer.awaitIdle(Duration.ofSeconds(180))).isTrue();
            // Ids are deterministic and _id is unique per index: equal counts mean no loss and
            // no duplicates.
            assertThat(it.count(IndexKind.STATEMENTS)).isEqualTo(3 * BATCH);
            assertThat(indexer.stats().deadLettered()).isZero();
            assertThat(indexer.stats().failedBulks()).isPositive();
        }
    }

    private static void produce(
            ItSupport it, KafkaProducer<byte[], byte[]> producer, int from, int to)
            throws Exception {
        Instant t0 = Instant.parse("2021-04-13T09:00:00Z");
        for (int i = from; i < to; i++) {
            Statement s =
                    statement(
                            "Outlet " + (i % 17),
                            i,
                            0,
                            SPEAKERS.get(i % 4),
                            QUOTES.get(i % 4),
                            t0.plusSeconds(i));
            it.send(producer, Topics.STATEMENTS, s.articleId(), s);
        }
    }
}
