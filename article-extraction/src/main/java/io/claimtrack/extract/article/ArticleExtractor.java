package io.claimtrack.extract.article;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Extracts the main text and metadata of a news page; thread-safe and reusable.
 *
 * <p>Structured data first (JSON-LD, OpenGraph, meta), then the DOM: page furniture is skipped by
 * tag and by generic class/id cues, the rest is cut into blocks, graded by length and link density,
 * and the element holding the most good text wins.
 */
public final class ArticleExtractor {

    /** Bumped whenever the output for the same input changes. */
    public static final String VERSION = "0.6.0";

    private static final Logger LOG = LoggerFactory.getLogger(ArticleExtractor.class);

    /** Below this much text the strict pass probably missed the article. */
    private static final int MIN_TEXT_CHARS = 250;

    private final Clock clock;

    /** Creates an extractor that rejects dates after the system clock's now. */
    public ArticleExtractor() {
        this(Clock.systemUTC());
    }

    ArticleExtractor(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Extracts from decoded HTML; {@code url} (may be null) resolves relative links. */
    public ExtractedArticle extract(String html, String url) {
        if (html == null || html.isBlank()) {
            return ExtractedArticle.empty();
        }
        try {
            return extract(Jsoup.parse(html, url == null ? "" : url), url);
        } catch (RuntimeException | StackOverflowError e) {
            LOG.debug("extraction failed for {}", url, e);
            return ExtractedArticle.empty();
        }
    }

    /**
     * Extracts from raw bytes; charset from {@code headerCharset}, then BOM, then meta, else UTF-8.
     */
    public ExtractedArticle extract(byte[] body, String headerCharset, String url) {
        if (body == null || body.length == 0) {
            return ExtractedArticle.empty();
        }
        return extract(CharsetSniffer.decode(body, headerCharset), url);
    }

    private ExtractedArticle extract(Document doc, String url) {
        Metadata meta = Metadata.of(doc, url);
        String title = meta.title();
        BlockCollector collected = BlockCollector.collect(doc.body(), true);
        List<String> paragraphs = paragraphs(collected, meta, title);
        if (chars(paragraphs) < MIN_TEXT_CHARS) {
            // A body wrapper whose class reads like furniture ("story social-tools") hid the
            // text: try again with tag and visibility cues only.
            List<String> loose = paragraphs(BlockCollector.collect(doc.body(), false), meta, title);
            if (chars(loose) > chars(paragraphs)) {
                paragraphs = loose;
            }
        }
        String articleBody = meta.ld.text("articleBody");
        if (chars(paragraphs) < MIN_TEXT_CHARS
                && articleBody != null
                && articleBody.length() > chars(paragraphs)) {
            paragraphs = BodyHints.split(articleBody);
        }
        String text = String.join("\n\n", paragraphs);
        String description = meta.description();
        Instant now = clock.instant();
        return new ExtractedArticle(
                title,
                text,
                paragraphs,
                meta.authors(),
                meta.published(now),
                meta.modified(now),
                meta.siteName(),
                meta.section(),
                meta.canonicalUrl(),
                Languages.detect(text, meta.declaredLanguage()),
                description,
                collected.captions,
                collected.comments,
                collected.authorBio,
                meta.feedLinks());
    }

    /** The article's paragraphs from one block walk, with the standfirst and without the title. */
    private static List<String> paragraphs(BlockCollector collected, Metadata meta, String title) {
        List<Block> chosen = MainContent.select(collected.blocks);
        chosen =
                BodyHints.filterByArticleBody(
                        chosen, meta.ld.text("articleBody"), meta.description());
        List<String> paragraphs = new ArrayList<>(chosen.size() + 1);
        Block lead = BodyHints.standfirst(collected.blocks, chosen, meta.description());
        if (lead != null) {
            paragraphs.add(lead.text());
        }
        String titleKey = title == null ? "" : BodyHints.normalise(title);
        for (Block b : chosen) {
            // A repeated headline (sticky header, share box) is not body text.
            if (titleKey.isEmpty() || !BodyHints.normalise(b.text()).equals(titleKey)) {
                paragraphs.add(b.text());
            }
        }
        return paragraphs;
    }

    private static int chars(List<String> paragraphs) {
        int n = 0;
        for (String p : paragraphs) {
            n += p.length();
        }
        return n;
    }
}
