package io.claimtrack.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.claimtrack.model.kafka.JsonSerde;
import io.claimtrack.model.kafka.Topics;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;

class JsonSerdeRoundTripTest {
    private static final Instant T = Instant.parse("2021-04-14T10:00:00Z");

    @Test
    void articleRoundTrips() {
        Article a =
                new Article(
                        Article.SCHEMA,
                        Ids.articleId("https://example.test/a"),
                        "https://example.test/a?utm_source=x",
                        "https://example.test/a",
                        "fictional-gazette",
                        "The Fictional Gazette",
                        "https://example.test/feed.xml",
                        "Title",
                        "Body text.",
                        List.of("A. Writer"),
                        T,
                        null,
                        "en",
                        "world",
                        T,
                        200,
                        "abc",
                        "1");
        assertThat(roundTrip(a, Article.class)).isEqualTo(a);
    }

    @Test
    void statementRoundTripsWithLowercaseKind() {
        Statement s =
                new Statement(
                        Statement.SCHEMA,
                        "a-1-s0",
                        "a-1",
                        "https://example.test/a",
                        "The Fictional Gazette",
                        "src",
                        T,
                        "will see the strength of our army",
                        StatementKind.DIRECT,
                        "proclaimed",
                        10,
                        43,
                        new SpeakerRef(
                                "Ilham Aliyev",
                                "Aliyev",
                                50,
                                56,
                                "President of Azerbaijan",
                                "PERSON",
                                true),
                        true,
                        List.of(
                                new EntityRef(
                                        "Nagorno-Karabakh",
                                        "PLACE",
                                        List.of("Artsakh", "Karabakh"))),
                        List.of(),
                        "en",
                        "1");
        byte[] bytes = Topics.STATEMENTS.valueSerde().serializer().serialize("t", s);
        assertThat(new String(bytes, StandardCharsets.UTF_8)).contains("\"kind\":\"direct\"");
        assertThat(Topics.STATEMENTS.valueSerde().deserializer().deserialize("t", bytes))
                .isEqualTo(s);
    }

    @Test
    void claimAndLinkRoundTrip() {
        Claim c =
                new Claim(
                        Claim.SCHEMA,
                        "c-1",
                        "text",
                        "sp-1",
                        "Speaker",
                        "role",
                        true,
                        T,
                        T,
                        List.of("A", "B"),
                        2,
                        List.of(new Claim.Occurrence("s", "a", "A", "u", T, "text", "Speaker")),
                        List.of("text"),
                        List.of("Baku"),
                        List.of(),
                        List.of("c-2"),
                        "st-1");
        assertThat(roundTrip(c, Claim.class)).isEqualTo(c);
        ClaimLink l =
                new ClaimLink(
                        ClaimLink.SCHEMA,
                        "l-1",
                        LinkRelation.RESPONDS_TO,
                        "c-1",
                        "c-2",
                        "s1",
                        "s2",
                        "A",
                        "B",
                        "dismissed",
                        0.8,
                        T);
        byte[] bytes = new JsonSerde<>(ClaimLink.class).serializer().serialize("t", l);
        assertThat(new String(bytes, StandardCharsets.UTF_8))
                .contains("\"relation\":\"responds_to\"");
        assertThat(roundTrip(l, ClaimLink.class)).isEqualTo(l);
    }

    @Test
    void garbageBecomesASerializationExceptionNamingTheTopic() {
        var deserializer = Topics.ARTICLES.valueSerde().deserializer();
        assertThatThrownBy(
                        () ->
                                deserializer.deserialize(
                                        "articles.v1",
                                        "{not json".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("articles.v1")
                .hasMessageContaining("Article");
    }

    @Test
    void idsAreDeterministic() {
        assertThat(Ids.articleId("https://example.test/a"))
                .isEqualTo(Ids.articleId("https://example.test/a"))
                .isNotEqualTo(Ids.articleId("https://example.test/b"))
                .startsWith("a-")
                .hasSize(26);
        assertThat(Ids.statementId("a-1", 3)).isEqualTo("a-1-s3");
    }

    private static <T> T roundTrip(T value, Class<T> type) {
        JsonSerde<T> serde = new JsonSerde<>(type);
        return serde.deserializer().deserialize("t", serde.serializer().serialize("t", value));
    }
}
