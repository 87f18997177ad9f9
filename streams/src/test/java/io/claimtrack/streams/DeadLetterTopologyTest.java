package io.claimtrack.streams;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimtrack.model.Article;
import io.claimtrack.model.Statement;
import io.claimtrack.model.kafka.DeadLetters;
import io.claimtrack.model.kafka.Topics;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.Test;

class DeadLetterTopologyTest {
    private final Scripted extractor = new Scripted();

    private String goodText() {
        return extractor.add(
                new Scripted.Page()
                        .quote(
                                "A fictional mayor said ",
                                "The bridge will reopen in May",
                                ".",
                                Scripted.person("Ilse Varga", "Varga", "mayor"),
                                "said"));
    }

    @Test
    void poisonRecordGoesToTheDlqWithItsOriginalBytesAndTheNextArticleIsProcessed() {
        try (TopologyFixture f = new TopologyFixture(extractor)) {
            byte[] poison = "{not json at all".getBytes(StandardCharsets.UTF_8);
            f.articles.pipeInput("k1".getBytes(StandardCharsets.UTF_8), poison);
            f.pipe(article("https://x.example/good", goodText()));

            List<TestRecord<byte[], byte[]>> dead = f.dlq.readRecordsToList();
            assertThat(dead).hasSize(1);
            TestRecord<byte[], byte[]> d = dead.get(0);
            assertThat(d.value()).isEqualTo(poison);
            assertThat(d.key()).isEqualTo("k1".getBytes(StandardCharsets.UTF_8));
            assertThat(DeadLetters.header(d.headers(), DeadLetters.STAGE))
                    .isEqualTo(ArticleProcessor.STAGE_READ);
            assertThat(DeadLetters.header(d.headers(), DeadLetters.SOURCE_TOPIC))
                    .isEqualTo(Topics.ARTICLES.name());
            assertThat(DeadLetters.header(d.headers(), DeadLetters.SOURCE_PARTITION))
                    .isEqualTo("0");
            assertThat(DeadLetters.header(d.headers(), DeadLetters.SOURCE_OFFSET)).isEqualTo("0");
            assertThat(DeadLetters.header(d.headers(), DeadLetters.ERROR)).isNotBlank();
            assertThat(f.statements.readValuesToList()).hasSize(1);
        }
    }

    @Test
    void unknownSchemaVersionIsDeadLetteredNotMisread() {
        try (TopologyFixture f = new TopologyFixture(extractor)) {
            String json =
                    new String(
                                    ArticleProcessor.bytes(
                                            article("https://x.example/v9", goodText())),
                                    StandardCharsets.UTF_8)
                            .replace("\"schema\":1", "\"schema\":9");
            byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
            f.articles.pipeInput("k".getBytes(StandardCharsets.UTF_8), bytes);

            TestRecord<byte[], byte[]> d = f.dlq.readRecord();
            assertThat(d.value()).isEqualTo(bytes);
            assertThat(DeadLetters.header(d.headers(), DeadLetters.ERROR))
                    .contains("schema 9 is not supported");
            assertThat(DeadLetters.header(d.headers(), DeadLetters.EXCEPTION))
                    .isEqualTo(UnsupportedSchemaException.class.getName());
            assertThat(f.statements.isEmpty()).isTrue();
        }
    }

    @Test
    void extractorFailureIsDeadLetteredWithTheExtractStage() {
        try (TopologyFixture f = new TopologyFixture(extractor)) {
            Article bad = article("https://x.example/bad", "This text will EXPLODE the extractor.");
            f.pipe(bad);
            f.pipe(article("https://x.example/good", goodText()));
            TestRecord<byte[], byte[]> d = f.dlq.readRecord();
            assertThat(DeadLetters.header(d.headers(), DeadLetters.STAGE))
                    .isEqualTo(ArticleProcessor.STAGE_EXTRACT);
            assertThat(DeadLetters.header(d.headers(), DeadLetters.SOURCE_OFFSET)).isEqualTo("0");
            assertThat(d.value()).isEqualTo(ArticleProcessor.bytes(bad));
            assertThat(f.statements.readValuesToList()).hasSize(1);
        }
    }

    @Test
    void unreadableLinkEventIsDeadLetteredByTheLinker() {
        try (TopologyFixture f = new TopologyFixture(extractor)) {
            var internal =
                    f.driver.createInputTopic(
                            "ttd-" + ClaimTopology.LINK_EVENTS + "-repartition",
                            org.apache.kafka.common.serialization.Serdes.String().serializer(),
                            org.apache.kafka.common.serialization.Serdes.ByteArray().serializer());
            byte[] bytes = "{\"schema\":7,\"article\":{}}".getBytes(StandardCharsets.UTF_8);
            internal.pipeInput("a-1", bytes);
            TestRecord<byte[], byte[]> d = f.dlq.readRecord();
            assertThat(d.value()).isEqualTo(bytes);
            assertThat(DeadLetters.header(d.headers(), DeadLetters.STAGE))
                    .isEqualTo(LinkerProcessor.STAGE);
            f.pipe(article("https://x.example/good", goodText()));
            f.flush();
            assertThat(f.claims.readValuesToList()).hasSize(1);
        }
    }

    @Test
    void articleWithTenThousandStatementsIsProcessed() {
        Scripted.Page page = new Scripted.Page();
        java.util.Random random = new java.util.Random(7);
        String[] words = {
            "river", "budget", "school", "harbour", "tariff", "rail", "clinic", "grain", "bridge",
            "court", "ferry", "census", "mine", "forest", "pension", "tram"
        };
        for (int i = 0; i < 10_000; i++) {
            StringBuilder q = new StringBuilder("Item " + i);
            for (int w = 0; w < 6; w++) {
                q.append(' ').append(words[random.nextInt(words.length)]).append(i % 97);
            }
            page.quote("", q.toString(), ".", Scripted.person("Ilse Varga", "Varga", null), "said");
        }
        String text = extractor.add(page);
        try (TopologyFixture f = new TopologyFixture(extractor)) {
            Article a = article("https://x.example/huge", text);
            assertThat(ArticleProcessor.bytes(a).length).isLessThan(1_000_000);
            f.pipe(a);
            List<Statement> out = f.statements.readValuesToList();
            assertThat(out).hasSize(10_000);
            assertThat(out.get(9_999).id()).endsWith("-s9999");
            f.flush();
            assertThat(TopologyFixture.latest(f.claims)).isNotEmpty();
            assertThat(TopologyFixture.latest(f.speakers)).hasSize(1);
            assertThat(f.dlq.isEmpty()).isTrue();
        }
    }

    private static Article article(String url, String text) {
        return TopologyFixture.article(url, "Fictional Herald", text, TopologyFixture.T0);
    }
}
