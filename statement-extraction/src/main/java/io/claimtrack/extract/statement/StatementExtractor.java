package io.claimtrack.extract.statement;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Extracts attributed statements (direct, mixed and reported speech), their speakers, rebuttals and
 * entities from plain article text. Thread-safe and reusable: lexicons are loaded once.
 */
public final class StatementExtractor {

    /** Version of the extraction rules; stored with every statement. */
    public static final String VERSION = "0.2.0";

    private static final Logger LOG = LoggerFactory.getLogger(StatementExtractor.class);

    private final Lexicon lex;
    private final Rebuttals rebuttals;

    public StatementExtractor() {
        this.lex = new Lexicon("en");
        this.rebuttals = new Rebuttals(lex);
    }

    /** Extracts from {@code text}; never throws: empty or unusable input gives an empty result. */
    public Extraction extract(String text) {
        if (text == null || text.isBlank()) {
            return Extraction.empty();
        }
        try {
            return run(text);
        } catch (RuntimeException | StackOverflowError e) {
            LOG.warn("statement extraction failed on a text of {} chars", text.length(), e);
            return Extraction.empty();
        }
    }

    private Extraction run(String text) {
        List<Layout.Paragraph> body = Layout.body(text, lex);
        List<QuoteScanner.Quote> quotes = QuoteScanner.scan(text, body);
        Document doc = new Document();
        AttributionRules rules = new AttributionRules(lex, text, doc);
        NameRegistry names = new NameRegistry(lex, text);
        for (Blocks.Block block : Blocks.of(text, body, quotes)) {
            List<Token> ts = block.tokens();
            names.learn(ts);
            for (int[] s : Sentences.split(ts, lex)) {
                rules.sentence(ts, s[0], s[1], block.paragraphOf(ts.get(s[0]).start()));
            }
        }
        List<Attribution> statements = new SpeakerResolver(lex, text, names).resolve(doc);
        return new Extraction(
                statements, rebuttals.link(statements), Entities.of(text, lex, names, statements));
    }
}
