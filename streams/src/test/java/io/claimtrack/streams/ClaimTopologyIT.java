package io.claimtrack.streams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.claimtrack.config.KafkaSettings;
import io.claimtrack.devstack.TestStack;
import io.claimtrack.linking.SeedQuotes;
import io.claimtrack.model.Article;
import io.claimtrack.model.Claim;
import io.claimtrack.model.Ids;
import io.claimtrack.model.Statement;
import io.claimtrack.model.kafka.DeadLetters;
import io.claimtrack.model.kafka.Topics;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.junit.jupiter.api.Test;

/**
 * The topology on a real broker with exactly-once: a multi-outlet fixture set and a poison pill.
 */
class ClaimTopologyIT {
    private static final String[] OUTLETS = {
        "Yerevan Ledger", "Caucasus Courier", "Lake Sevan Times"
    };

    @Test
    void quoteCarriedByThreeFictionalOutletsIsOneClaimAndPoisonGoesToTheDlq() throws Exception {
        String name = TestStack.uniqueName("streams-it");
        KafkaSettings kafka =
                KafkaSettings.of(TestStack.get().kafkaBootstrap()).withTopicPrefix(name + ".");
        ClaimTopologyConfig config =
                ClaimTopologyConfig.defaults().withApplicationId(name).withStateDir(stateDir(name));
        try (StreamsService service = StreamsService.start(kafka, config);
                KafkaIo io = new KafkaIo(kafka)) {
            assertThat(service.awaitRunning(Duration.ofSeconds(60))).isTrue();
            Instant t = Instant.parse("2021-04-13T08:00:00Z");
            io.sendRaw("poison", "<html>not an article</html>".getBytes(StandardCharsets.UTF_8));
            for (int i = 0; i < OUTLETS.length; i++) {
                String quote = i == 1 ? SeedQuotes.TATOYAN.substring(0, 130) : SeedQuotes.TATOYAN;
                String text =
                        "Armenian officials were outraged. “"
                                + quote
                                + ",” said Tatoyan. "
                                + "“"
                                + SeedQuotes.ALIYEV
                                + ",” said Aliyev.";
                io.send(
                        article(
                                "https://outlet" + i + ".example/park",
                                OUTLETS[i],
                                text,
                                t.plus(Duration.ofHours(3L * i))));
            }
            io.flush();

            Map<String, Claim> claims = KafkaIo.newView();
            Map<String, Statement> statements = KafkaIo.newView();
            List<ConsumerRecord<byte[], byte[]>> dead = KafkaIo.newList();
            try (KafkaConsumer<String, Claim> cr = io.reader(Topics.CLAIMS, name + "-c");
                    KafkaConsumer<String, Statement> sr =
                            io.reader(Topics.STATEMENTS, name + "-s");
                    KafkaConsumer<byte[], byte[]> dr = dlqReader(kafka, name)) {
                await().atMost(Duration.ofSeconds(90))
                        .untilAsserted(
                                () -> {
                                    KafkaIo.poll(cr, claims, null);
                                    KafkaIo.poll(
                                            sr,
                                            statements,
                                            (k, r) -> statements.put(r.value().id(), r.value()));
                                    dr.poll(Duration.ofMillis(100)).forEach(dead::add);
                                    assertThat(dead).hasSize(1);
                                    Claim tatoyan = find(claims, "In front of the whole world");
                                    assertThat(tatoyan).isNotNull();
                                    assertThat(tatoyan.outlets())
                                            .containsExactlyInAnyOrder(OUTLETS);
                                    assertThat(tatoyan.occurrenceCount()).isEqualTo(3);
                                });
            }
            assertThat(claims.values())
                    .filteredOn(c -> c.text().contains("military trophies"))
                    .singleElement()
                    .satisfies(c -> assertThat(c.occurrenceCount()).isEqualTo(3));
            ConsumerRecord<byte[], byte[]> d = dead.get(0);
            assertThat(new String(d.value(), StandardCharsets.UTF_8))
                    .isEqualTo("<html>not an article</html>");
            assertThat(DeadLetters.header(d.headers(), DeadLetters.SOURCE_TOPIC))
                    .isEqualTo(kafka.topic(Topics.ARTICLES).name());
            assertThat(DeadLetters.header(d.headers(), DeadLetters.STAGE))
                    .isEqualTo(ArticleProcessor.STAGE_READ);
            assertThat(service.state().isRunningOrRebalancing()).isTrue();
        }
    }

    private static Claim find(Map<String, Claim> claims, String words) {
        return claims.values().stream()
                .filter(c -> c.text().contains(words))
                .findFirst()
                .orElse(null);
    }

    static KafkaConsumer<byte[], byte[]> dlqReader(KafkaSettings kafka, String name) {
        var p = kafka.clientProperties();
        p.put("group.id", name + "-dlq");
        p.put("auto.offset.reset", "earliest");
        p.put("isolation.level", "read_committed");
        KafkaConsumer<byte[], byte[]> c =
                new KafkaConsumer<>(p, new ByteArrayDeserializer(), new ByteArrayDeserializer());
        c.subscribe(List.of(kafka.topic(Topics.STREAMS_DLQ).name()));
        return c;
    }

    static Article article(String url, String outlet, String text, Instant t) {
        return new Article(
                Article.SCHEMA,
                Ids.articleId(url),
                url,
                url,
                "src",
                outlet,
                url,
                "Park",
                text,
                List.of(),
                t,
                null,
                "en",
                null,
                t,
                200,
                Ids.sha256Hex(text),
                "it");
    }

    /** A fresh state directory under target/, where failsafe keeps test files. */
    static Path stateDir(String name) throws Exception {
        return Files.createDirectories(Path.of("target", "streams-state", name));
    }
}
