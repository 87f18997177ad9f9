package io.claimtrack.streams;

import io.claimtrack.config.KafkaSettings;
import io.claimtrack.extract.statement.Extraction;
import io.claimtrack.extract.statement.StatementExtractor;
import io.claimtrack.model.kafka.Topic;
import io.claimtrack.model.kafka.Topics;
import java.util.function.Function;
import java.util.function.Supplier;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Branched;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.Repartitioned;

/**
 * The claimtrack topology, as a pure function of its configuration.
 *
 * <pre>
 * articles.v1 (bytes) ─ extract-statements ─┬─ statements.v1
 *                                            ├─ streams.dlq.v1   (unreadable, unknown schema, extractor failure)
 *                                            └─ link-events (repartition, 1 partition)
 *                                                 └─ link-claims [14 stores] ─┬─ claims.v1
 *                                                                             ├─ speakers.v1
 *                                                                             ├─ claim-links.v1
 *                                                                             ├─ stories.v1
 *                                                                             └─ streams.dlq.v1
 * </pre>
 *
 * Extraction scales with the partitions of {@code articles.v1}. Linking is one task: clustering,
 * speaker resolution, disputes and stories each need every claim in view, so the link events are
 * repartitioned onto a single partition (the survivor of a failed instance takes it over).
 */
public final class ClaimTopology {
    /**
     * Name of the repartition topic feeding the linker: {@code <app-id>-link-events-repartition}.
     */
    public static final String LINK_EVENTS = "link-events";

    private static final Serde<byte[]> BYTES = Serdes.ByteArray();
    private static final Serde<String> KEY = Serdes.String();

    private ClaimTopology() {}

    public static Topology build(ClaimTopologyConfig config, KafkaSettings kafka) {
        return build(config, kafka, () -> new StatementExtractor()::extract);
    }

    /** The same topology with another extractor per task (tests script extractions with it). */
    static Topology build(
            ClaimTopologyConfig config,
            KafkaSettings kafka,
            Supplier<Function<String, Extraction>> extractor) {
        StreamsBuilder builder = new StreamsBuilder();
        LinkerStoreNames.builders().forEach(builder::addStateStore);
        String dlq = kafka.topic(Topics.STREAMS_DLQ).name();

        KStream<String, Emission> extracted =
                builder.stream(
                                kafka.topic(Topics.ARTICLES).name(),
                                Consumed.with(BYTES, BYTES).withName("articles-source"))
                        .process(
                                () -> new ArticleProcessor(extractor.get()),
                                Named.as("extract-statements"));
        extracted
                .split(Named.as("extracted-"))
                .branch(
                        (k, v) -> v instanceof Emission.ToStatement,
                        Branched.withConsumer(
                                s ->
                                        sink(
                                                s.mapValues(
                                                        v -> ((Emission.ToStatement) v).statement(),
                                                        Named.as("as-statement")),
                                                kafka.topic(Topics.STATEMENTS)),
                                "statements"))
                .branch(
                        (k, v) -> v instanceof Emission.ToDeadLetter,
                        Branched.withConsumer(s -> deadLetters(s, dlq, "extract"), "dead-letters"))
                .defaultBranch(
                        Branched.withConsumer(s -> link(s, config, kafka, dlq), "link-events"));
        return builder.build();
    }

    private static void link(
            KStream<String, Emission> events,
            ClaimTopologyConfig config,
            KafkaSettings kafka,
            String dlq) {
        KStream<String, Emission> linked =
                events.mapValues(v -> ((Emission.ToLinker) v).event(), Named.as("as-link-event"))
                        .repartition(
                                Repartitioned.<String, byte[]>as(LINK_EVENTS)
                                        .withKeySerde(KEY)
                                        .withValueSerde(BYTES)
                                        .withNumberOfPartitions(1))
                        .process(
                                () -> new LinkerProcessor(config.linking(), config.emitInterval()),
                                Named.as("link-claims"),
                                LinkerStoreNames.all());
        linked.split(Named.as("linked-"))
                .branch(
                        (k, v) -> v instanceof Emission.ToClaim,
                        Branched.withConsumer(
                                s ->
                                        sink(
                                                s.mapValues(
                                                        v -> ((Emission.ToClaim) v).claim(),
                                                        Named.as("as-claim")),
                                                kafka.topic(Topics.CLAIMS)),
                                "claims"))
                .branch(
                        (k, v) -> v instanceof Emission.ToSpeaker,
                        Branched.withConsumer(
                                s ->
                                        sink(
                                                s.mapValues(
                                                        v -> ((Emission.ToSpeaker) v).speaker(),
                                                        Named.as("as-speaker")),
                                                kafka.topic(Topics.SPEAKERS)),
                                "speakers"))
                .branch(
                        (k, v) -> v instanceof Emission.ToStory,
                        Branched.withConsumer(
                                s ->
                                        sink(
                                                s.mapValues(
                                                        v -> ((Emission.ToStory) v).story(),
                                                        Named.as("as-story")),
                                                kafka.topic(Topics.STORIES)),
                                "stories"))
                .branch(
                        (k, v) -> v instanceof Emission.ToLink,
                        Branched.withConsumer(
                                s ->
                                        sink(
                                                s.mapValues(
                                                        v -> ((Emission.ToLink) v).link(),
                                                        Named.as("as-link")),
                                                kafka.topic(Topics.CLAIM_LINKS)),
                                "links"))
                .defaultBranch(
                        Branched.withConsumer(s -> deadLetters(s, dlq, "link"), "dead-letters"));
    }

    private static <V> void sink(KStream<String, V> stream, Topic<String, V> topic) {
        stream.to(
                topic.name(),
                Produced.with(topic.keySerde(), topic.valueSerde())
                        .withName(topic.name().replace('.', '-') + "-sink"));
    }

    private static void deadLetters(KStream<String, Emission> s, String dlq, String stage) {
        s.map(
                        (k, v) -> {
                            Emission.ToDeadLetter d = (Emission.ToDeadLetter) v;
                            return KeyValue.pair(d.key(), d.value());
                        },
                        Named.as(stage + "-as-dead-letter"))
                .to(dlq, Produced.with(BYTES, BYTES).withName(stage + "-dlq-sink"));
    }
}
