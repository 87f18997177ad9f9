package io.claimtrack.extract.article;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Extracts the main text and metadata of a news page; thread-safe and reusable. */
public final class ArticleExtractor {

    /** Bumped whenever the output for the same input changes. */
    public static final String VERSION = "0.1.0";

    /** Creates an extractor. */
    public ArticleExtractor() {}

    /** Extracts from decoded HTML; {@code url} (may be null) resolves relative links. */
    public ExtractedArticle extract(String html, String url) {
        if (html == null || html.isBlank()) {
            return ExtractedArticle.empty();
        }
        try {
            Document doc = Jsoup.parse(html, url == null ? "" : url);
            BlockCollector blocks = BlockCollector.collect(doc.body());
            List<String> paragraphs = new ArrayList<>();
            for (Block b : MainContent.select(blocks.blocks)) {
                paragraphs.add(b.text());
            }
            List<String> feeds = new ArrayList<>();
            for (Element link :
                    doc.select(
                            "link[rel=alternate][type=application/rss+xml], link[rel=alternate][type=application/atom+xml]")) {
                String abs = link.absUrl("href");
                feeds.add(abs.isEmpty() ? link.attr("href") : abs);
            }
            return new ExtractedArticle(
                    doc.title(),
                    String.join("\n\n", paragraphs),
                    paragraphs,
                    List.of(),
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    List.of(),
                    List.of(),
                    null,
                    feeds);
        } catch (RuntimeException e) {
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
}
