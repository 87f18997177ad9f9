package io.claimtrack.indexer;

import io.claimtrack.model.Article;
import io.claimtrack.model.Claim;
import io.claimtrack.model.ClaimLink;
import io.claimtrack.model.SpeakerProfile;
import io.claimtrack.model.Statement;
import io.claimtrack.model.Story;
import io.claimtrack.model.kafka.Topic;
import io.claimtrack.model.kafka.Topics;
import java.util.Optional;

/** One kind of document: the topic it comes from, its record type and its index name suffix. */
public enum IndexKind {
    ARTICLES("articles", Topics.ARTICLES, Article.class, Article.SCHEMA),
    STATEMENTS("statements", Topics.STATEMENTS, Statement.class, Statement.SCHEMA),
    CLAIMS("claims", Topics.CLAIMS, Claim.class, Claim.SCHEMA),
    SPEAKERS("speakers", Topics.SPEAKERS, SpeakerProfile.class, SpeakerProfile.SCHEMA),
    CLAIM_LINKS("claim-links", Topics.CLAIM_LINKS, ClaimLink.class, ClaimLink.SCHEMA),
    STORIES("stories", Topics.STORIES, Story.class, Story.SCHEMA);

    private final String suffix;
    private final Topic<String, ?> topic;
    private final Class<?> type;
    private final int schema;

    IndexKind(String suffix, Topic<String, ?> topic, Class<?> type, int schema) {
        this.suffix = suffix;
        this.topic = topic;
        this.type = type;
        this.schema = schema;
    }

    /** The kind part of index, alias and template names ({@code <prefix>-<suffix>}). */
    public String suffix() {
        return suffix;
    }

    /** The unprefixed topic the documents of this kind are read from. */
    public Topic<String, ?> topic() {
        return topic;
    }

    /** The record type on the topic. */
    public Class<?> type() {
        return type;
    }

    /** The newest payload schema this indexer understands. */
    public int schema() {
        return schema;
    }

    /** The classpath resource holding this kind's index template. */
    public String templateResource() {
        return "/io/claimtrack/indexer/templates/" + suffix + ".json";
    }

    /** The kind whose unprefixed topic name is {@code topicName}, if any. */
    public static Optional<IndexKind> forTopic(String topicName) {
        for (IndexKind kind : values()) {
            if (kind.topic.name().equals(topicName)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
