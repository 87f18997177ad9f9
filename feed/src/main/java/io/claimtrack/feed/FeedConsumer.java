package io.claimtrack.feed;

import io.claimtrack.config.KafkaSettings;
import io.claimtrack.model.Claim;
import io.claimtrack.model.ClaimLink;
import io.claimtrack.model.Statement;
import io.claimtrack.model.kafka.Topic;
import io.claimtrack.model.kafka.Topics;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads statements, claims and claim links into the view. Values are decoded here, record by
 * record, so one unreadable record is counted and skipped instead of stopping the feed.
 */
final class FeedConsumer implements Runnable {
    private static final Logger LOG = LoggerFactory.getLogger(FeedConsumer.class);
    private static final Duration POLL = Duration.ofMillis(250);

    private final KafkaConsumer<String, byte[]> consumer;
    private final Topic<String, Statement> statements;
    private final Topic<String, Claim> claims;
    private final Topic<String, ClaimLink> links;
    private final FeedView view;
    private final FeedStats stats;
    private final Clock clock;

    FeedConsumer(
            KafkaSettings kafka, FeedConfig config, FeedView view, FeedStats stats, Clock clock) {
        this.statements = kafka.topic(Topics.STATEMENTS);
        this.claims = kafka.topic(Topics.CLAIMS);
        this.links = kafka.topic(Topics.CLAIM_LINKS);
        this.view = view;
        this.stats = stats;
        this.clock = clock;
        this.consumer =
                new KafkaConsumer<>(
                        properties(kafka, config),
                        new StringDeserializer(),
                        new ByteArrayDeserializer());
    }

    private static Properties properties(KafkaSettings kafka, FeedConfig config) {
        Properties p = kafka.clientProperties();
        // A fresh group per server that never commits: each start reads what startFrom says.
        p.put(ConsumerConfig.GROUP_ID_CONFIG, config.groupPrefix() + "-" + UUID.randomUUID());
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        p.put(
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
                config.startFrom().name().toLowerCase(Locale.ROOT));
        p.putIfAbsent(ConsumerConfig.CLIENT_ID_CONFIG, "claimtrack-feed");
        p.putIfAbsent(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "2000");
        p.putIfAbsent(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, "100");
        return p;
    }

    @Override
    public void run() {
        try {
            consumer.subscribe(List.of(statements.name(), claims.name(), links.name()));
            while (!Thread.currentThread().isInterrupted()) {
                for (ConsumerRecord<String, byte[]> r : consumer.poll(POLL)) {
                    apply(r);
                }
            }
        } catch (WakeupException e) {
            LOG.debug("feed consumer woken up to stop");
        } catch (RuntimeException e) {
            stats.failed(e.getClass().getSimpleName() + ": " + e.getMessage());
            LOG.error("feed consumer stopped", e);
        } finally {
            consumer.close(Duration.ofSeconds(5));
        }
    }

    /** Makes {@link #run()} return. Safe to call from any thread. */
    void stop() {
        consumer.wakeup();
    }

    private void apply(ConsumerRecord<String, byte[]> r) {
        try {
            String topic = r.topic();
            if (topic.equals(statements.name())) {
                Statement s = decode(statements, r);
                if (s != null) {
                    checkSchema(s.schema(), Statement.SCHEMA);
                    view.applyStatement(s);
                }
            } else if (topic.equals(claims.name())) {
                Claim c = decode(claims, r);
                if (c != null) {
                    checkSchema(c.schema(), Claim.SCHEMA);
                }
                view.applyClaim(c != null && c.id() != null ? c.id() : r.key(), c);
            } else if (topic.equals(links.name())) {
                ClaimLink l = decode(links, r);
                if (l != null) {
                    checkSchema(l.schema(), ClaimLink.SCHEMA);
                }
                view.applyLink(l != null && l.id() != null ? l.id() : r.key(), l);
            }
            stats.applied(clock.instant());
        } catch (RuntimeException e) {
            String where = r.topic() + "-" + r.partition() + "@" + r.offset();
            stats.rejected(where + ": " + e.getMessage());
            LOG.warn("feed skipped record {}: {}", where, e.getMessage());
        }
    }

    private static <V> V decode(Topic<String, V> topic, ConsumerRecord<String, byte[]> r) {
        return topic.valueSerde().deserializer().deserialize(r.topic(), r.value());
    }

    private static void checkSchema(int schema, int understood) {
        if (schema > understood) {
            throw new IllegalArgumentException(
                    "schema " + schema + " is newer than the " + understood + " this feed reads");
        }
    }
}
