package io.claimtrack.extract.article;

import java.time.Instant;
import java.util.List;

/**
 * The main text and metadata of one news page; absent values are {@code null}, absent lists empty.
 *
 * @param text the paragraphs joined by a blank line ({@code "\n\n"}); empty when nothing was found
 * @param captions image and video captions, kept out of {@code text}
 * @param comments reader comments, kept out of {@code text}
 * @param authorBio the author's biography box, kept out of {@code text}
 * @param feedLinks absolute URLs of the RSS/Atom feeds the page advertises
 */
public record ExtractedArticle(
        String title,
        String text,
        List<String> paragraphs,
        List<String> authors,
        Instant published,
        Instant modified,
        String siteName,
        String section,
        String canonicalUrl,
        String language,
        String description,
        List<String> captions,
        List<String> comments,
        String authorBio,
        List<String> feedLinks) {

    private static final ExtractedArticle EMPTY =
            new ExtractedArticle(
                    null, "", List.of(), List.of(), null, null, null, null, null, null, null,
                    List.of(), List.of(), null, List.of());

    /** Copies the lists and derives nothing: {@code text} must already match the paragraphs. */
    public ExtractedArticle {
        text = text == null ? "" : text;
        paragraphs = paragraphs == null ? List.of() : List.copyOf(paragraphs);
        authors = authors == null ? List.of() : List.copyOf(authors);
        captions = captions == null ? List.of() : List.copyOf(captions);
        comments = comments == null ? List.of() : List.copyOf(comments);
        feedLinks = feedLinks == null ? List.of() : List.copyOf(feedLinks);
    }

    /** The result for empty or unparseable input. */
    public static ExtractedArticle empty() {
        return EMPTY;
    }

    /** True when no main text was found. */
    public boolean isEmpty() {
        return paragraphs.isEmpty();
    }
}
