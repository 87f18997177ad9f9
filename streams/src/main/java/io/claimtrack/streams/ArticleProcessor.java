package io.claimtrack.streams;

import io.claimtrack.extract.statement.Extraction;
import io.claimtrack.linking.ArticleDigest;
import io.claimtrack.linking.LinkEvent;
import io.claimtrack.linking.StatementEvent;
import io.claimtrack.model.Article;
import io.claimtrack.model.Statement;
import io.claimtrack.model.json.Json;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;

/**
 * Reads raw article bytes, extracts statements and emits them (for {@code statements.v1}) and as
 * link events (for the linker); a record that cannot be read, has an unknown schema or makes the
 * extractor fail becomes a dead letter with its original bytes.
 */
final class ArticleProcessor implements Processor<byte[], byte[], String, Emission> {
    static final String STAGE_READ = "streams.read-article";
    static final String STAGE_EXTRACT = "streams.extract-statements";

    private final Function<String, Extraction> extractor;
    private ProcessorContext<String, Emission> context;

    ArticleProcessor(Function<String, Extraction> extractor) {
        this.extractor = extractor;
    }

    @Override
    public void init(ProcessorContext<String, Emission> context) {
        this.context = context;
    }

    @Override
    public void process(Record<byte[], byte[]> record) {
        if (record.value() == null) {
            return; // a tombstone deletes nothing downstream: statements are immutable facts
        }
        Article article;
        try {
            article = read(record.value());
        } catch (IOException | RuntimeException e) {
            DeadLetterRouting.forward(context, record, STAGE_READ, e);
            return;
        }
        List<Statement> statements;
        Extraction extraction;
        try {
            extraction = extractor.apply(article.text());
            statements = StatementMapper.statements(article, extraction);
        } catch (RuntimeException | StackOverflowError e) {
            DeadLetterRouting.forward(context, record, STAGE_EXTRACT, e);
            return;
        }
        emit(record, article, extraction, statements);
    }

    private void emit(
            Record<byte[], byte[]> record,
            Article article,
            Extraction extraction,
            List<Statement> statements) {
        Instant seenAt =
                article.fetchedAt() != null
                        ? article.fetchedAt()
                        : Instant.ofEpochMilli(record.timestamp());
        String key = article.id();
        ArticleDigest digest =
                new ArticleDigest(
                        article.id(),
                        article.outlet(),
                        article.url(),
                        article.title(),
                        article.published(),
                        seenAt,
                        StatementMapper.entities(extraction),
                        statements.size());
        forward(record, key, new Emission.ToLinker(bytes(LinkEvent.of(digest))));
        for (Statement s : statements) {
            forward(record, key, new Emission.ToStatement(s));
            String around = StatementMapper.context(article.text(), s.start(), s.end());
            StatementEvent event = new StatementEvent(s, around, seenAt);
            forward(record, key, new Emission.ToLinker(bytes(LinkEvent.of(event))));
        }
    }

    private void forward(Record<byte[], byte[]> in, String key, Emission value) {
        context.forward(in.withKey(key).withValue(value));
    }

    static Article read(byte[] bytes) throws IOException {
        Article a = Json.mapper().readValue(bytes, Article.class);
        if (a.schema() != Article.SCHEMA) {
            throw new UnsupportedSchemaException("Article", a.schema(), Article.SCHEMA);
        }
        return a;
    }

    static byte[] bytes(Object value) {
        try {
            return Json.mapper().writeValueAsBytes(value);
        } catch (IOException e) {
            throw new IllegalStateException("cannot write " + value.getClass().getSimpleName(), e);
        }
    }
}
