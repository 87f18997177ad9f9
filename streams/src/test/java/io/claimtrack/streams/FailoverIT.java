package io.claimtrack.streams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.claimtrack.config.KafkaSettings;
import io.claimtrack.devstack.TestStack;
import io.claimtrack.model.Article;
import io.claimtrack.model.Claim;
import io.claimtrack.model.kafka.Topics;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.streams.ThreadMetadata;
import org.junit.jupiter.api.Test;

/**
 * Two instances of one application; the one running the linker is stopped mid-stream and the
 * survivor takes over: every claim arrives, none is split or double-counted.
 */
class FailoverIT {
    private static final int SHARED = 30;
    private static final int CARRIERS = 3;

    @Test
    void survivorTakesOverWithoutLosingOrDuplicatingClaims() throws Exception {
        String name = TestStack.uniqueName("streams-failover");
        KafkaSettings kafka =
                KafkaSettings.of(TestStack.get().kafkaBootstrap()).withTopicPrefix(name + ".");
        ClaimTopologyConfig base = ClaimTopologyConfig.defaults().withApplicationId(name);
        List<Article> articles = articles();
        Map<String, Claim> claims = new HashMap<>();
        try (KafkaIo io = new KafkaIo(kafka)) {
            StreamsService one =
                    StreamsService.start(
                            kafka, base.withStateDir(ClaimTopologyIT.stateDir(name + "-1")));
            StreamsService two =
                    StreamsService.start(
                            kafka, base.withStateDir(ClaimTopologyIT.stateDir(name + "-2")));
            try (KafkaConsumer<String, Claim> reader = io.reader(Topics.CLAIMS, name + "-r")) {
                assertThat(one.awaitRunning(Duration.ofSeconds(60))).isTrue();
                assertThat(two.awaitRunning(Duration.ofSeconds(60))).isTrue();
                int half = articles.size() / 2;
                articles.subList(0, half).forEach(io::send);
                io.flush();
                await().atMost(Duration.ofSeconds(90))
                        .until(
                                () -> {
                                    KafkaIo.poll(reader, claims, null);
                                    return claims.size() >= SHARED / 3;
                                });
                StreamsService linkerOwner = ownsLinker(one, name) ? one : two;
                StreamsService survivor = linkerOwner == one ? two : one;
                assertThat(ownsLinker(linkerOwner, name)).isTrue();
                linkerOwner.close(Duration.ofSeconds(30));
                articles.subList(half, articles.size()).forEach(io::send);
                io.flush();
                await().atMost(Duration.ofSeconds(120))
                        .untilAsserted(
                                () -> {
                                    KafkaIo.poll(reader, claims, null);
                                    assertThat(
                                                    claims.values().stream()
                                                            .mapToInt(Claim::occurrenceCount)
                                                            .sum())
                                            .isEqualTo(SHARED * CARRIERS + articles.size());
                                });
                assertThat(ownsLinker(survivor, name)).isTrue();
                survivor.close(Duration.ofSeconds(30));
            } finally {
                one.close(Duration.ofSeconds(10));
                two.close(Duration.ofSeconds(10));
            }
        }
        // One claim per shared quote, carried three times; one per unique quote, carried once.
        assertThat(claims).hasSize(SHARED + articles.size());
        assertThat(claims.values())
                .filteredOn(c -> c.occurrenceCount() == CARRIERS)
                .hasSize(SHARED);
        assertThat(claims.values())
                .filteredOn(c -> c.occurrenceCount() == 1)
                .hasSize(articles.size());
        assertThat(claims.values())
                .allSatisfy(
                        c ->
                                assertThat(c.occurrences())
                                        .extracting(Claim.Occurrence::statementId)
                                        .doesNotHaveDuplicates()
                                        .hasSize(c.occurrenceCount()));
    }

    /** Each shared quote k is carried by three outlets; every article adds a unique quote. */
    private static List<Article> articles() {
        Instant t = Instant.parse("2026-01-05T08:00:00Z");
        List<Article> out = new java.util.ArrayList<>();
        int n = 0;
        for (int carrier = 0; carrier < CARRIERS; carrier++) {
            for (int k = 0; k < SHARED; k++) {
                out.add(
                        Corpus.article(
                                "a" + carrier + "-" + k,
                                Corpus.outlet(carrier),
                                t.plusSeconds(n),
                                k,
                                100_000 + n));
                n++;
            }
        }
        return out;
    }

    private static boolean ownsLinker(StreamsService s, String appId) {
        String topic = appId + "-" + ClaimTopology.LINK_EVENTS + "-repartition";
        for (ThreadMetadata thread : s.streams().metadataForLocalThreads()) {
            for (var task : thread.activeTasks()) {
                if (task.topicPartitions().stream().anyMatch(tp -> tp.topic().equals(topic))) {
                    return true;
                }
            }
        }
        return false;
    }
}
