package io.claimtrack.ingest.kafka;

import io.claimtrack.config.KafkaSettings;
import io.claimtrack.ingest.crawl.ArticleSink;
import io.claimtrack.ingest.crawl.FetchTask;
import io.claimtrack.model.Article;
import io.claimtrack.model.kafka.DeadLetters;
import io.claimtrack.model.kafka.Topic;
import io.claimtrack.model.kafka.Topics;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends articles to {@code articles.v1} keyed by article id with an idempotent producer (acks=all),
 * and pages that yield no article to {@code ingest.dlq.v1} with the reason.
 */
public final class KafkaArticleSink implements ArticleSink, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(KafkaArticleSink.class);

    /** Dead letters keep the page, cut to stay under the broker's default message size. */
    private static final int MAX_DLQ_BODY = 512 * 1024;

    private final Producer<byte[], byte[]> producer;
    private final Topic<String, Article> articles;
    private final String dlq;

    public KafkaArticleSink(KafkaSettings kafka) {
        this.producer =
                new KafkaProducer<>(
                        producerProperties(kafka, "ingest-articles"),
                        new ByteArraySerializer(),
                        new ByteArraySerializer());
        this.articles = kafka.topic(Topics.ARTICLES);
        this.dlq = kafka.topic(Topics.INGEST_DLQ).name();
    }

    /** Idempotent, acks=all producer properties shared by the ingest producers. */
    public static Properties producerProperties(KafkaSettings kafka, String clientId) {
        Properties p = kafka.clientProperties();
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        p.put(ProducerConfig.LINGER_MS_CONFIG, "5");
        p.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        p.putIfAbsent(
                ProducerConfig.CLIENT_ID_CONFIG,
                clientId + "-" + Long.toHexString(System.nanoTime()));
        return p;
    }

    @Override
    public void send(Article article) throws Exception {
        byte[] key = article.id().getBytes(StandardCharsets.UTF_8);
        byte[] value = articles.valueSerde().serializer().serialize(articles.name(), article);
        producer.send(new ProducerRecord<>(articles.name(), key, value)).get(60, TimeUnit.SECONDS);
    }

    @Override
    public void reject(FetchTask task, byte[] body, String reason) {
        var record =
                DeadLetters.record(
                        dlq,
                        "ingest.extract",
                        new DeadLetters.Origin(task.origin(), -1, -1),
                        task.url().getBytes(StandardCharsets.UTF_8),
                        body.length > MAX_DLQ_BODY
                                ? java.util.Arrays.copyOf(body, MAX_DLQ_BODY)
                                : body,
                        new IllegalStateException(reason + " (" + task.url() + ")"));
        producer.send(
                record,
                (md, e) -> {
                    if (e != null) {
                        LOG.warn("cannot write dead letter for {}: {}", task.url(), e.toString());
                    }
                });
    }

    public void flush() {
        producer.flush();
    }

    @Override
    public void close() {
        producer.close(java.time.Duration.ofSeconds(10));
    }
}
