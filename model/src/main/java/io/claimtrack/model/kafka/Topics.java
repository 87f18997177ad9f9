package io.claimtrack.model.kafka;

import io.claimtrack.model.Article;
import io.claimtrack.model.Claim;
import io.claimtrack.model.ClaimLink;
import io.claimtrack.model.SpeakerProfile;
import io.claimtrack.model.Statement;
import io.claimtrack.model.Story;
import java.util.List;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;

/**
 * Every topic of claimtrack, declared once. Names carry a version: a breaking change of a payload
 * gets a new topic, never a silent reinterpretation of the old one.
 */
public final class Topics {
    private Topics() {}

    private static final Serde<String> KEY = Serdes.String();
    private static final Serde<byte[]> BYTES = Serdes.ByteArray();

    /** Articles, keyed by article id (hash of the canonical URL). */
    public static final Topic<String, Article> ARTICLES =
            new Topic<>("articles.v1", KEY, new JsonSerde<>(Article.class), false);

    /** Statement occurrences, keyed by article id so one article's statements stay in order. */
    public static final Topic<String, Statement> STATEMENTS =
            new Topic<>("statements.v1", KEY, new JsonSerde<>(Statement.class), false);

    /** Claim clusters, keyed by claim id; compacted: the latest state of each claim. */
    public static final Topic<String, Claim> CLAIMS =
            new Topic<>("claims.v1", KEY, new JsonSerde<>(Claim.class), true);

    /** Canonical speakers, keyed by speaker id; compacted. */
    public static final Topic<String, SpeakerProfile> SPEAKERS =
            new Topic<>("speakers.v1", KEY, new JsonSerde<>(SpeakerProfile.class), true);

    /** Links between claims (repeats, rebuts, responds_to), keyed by link id; compacted. */
    public static final Topic<String, ClaimLink> CLAIM_LINKS =
            new Topic<>("claim-links.v1", KEY, new JsonSerde<>(ClaimLink.class), true);

    /** Stories: claims and articles grouped by shared entities, keyed by story id; compacted. */
    public static final Topic<String, Story> STORIES =
            new Topic<>("stories.v1", KEY, new JsonSerde<>(Story.class), true);

    /** Records the ingesters could not turn into articles, with the reason in headers. */
    public static final Topic<byte[], byte[]> INGEST_DLQ =
            new Topic<>("ingest.dlq.v1", BYTES, BYTES, false);

    /** Records the topology could not parse or process: original bytes, reason in headers. */
    public static final Topic<byte[], byte[]> STREAMS_DLQ =
            new Topic<>("streams.dlq.v1", BYTES, BYTES, false);

    /** Documents Elasticsearch rejected (per-item 400s), with the reason in headers. */
    public static final Topic<byte[], byte[]> INDEXER_DLQ =
            new Topic<>("indexer.dlq.v1", BYTES, BYTES, false);

    /** The topics the pipeline's services exchange, for the topic initialiser and the tests. */
    public static List<Topic<?, ?>> all() {
        return List.of(
                ARTICLES,
                STATEMENTS,
                CLAIMS,
                SPEAKERS,
                CLAIM_LINKS,
                STORIES,
                INGEST_DLQ,
                STREAMS_DLQ,
                INDEXER_DLQ);
    }
}
